using LineSim.Scenarios;
using LineSim.Validation;

namespace LineSim.Cli.Commands;

/// <summary>Loads a scenario file for a command, printing every problem when it is invalid.</summary>
internal static class ScenarioFile
{
    /// <summary>The scenario in <paramref name="path"/>, or <see langword="null"/> after printing its problems to standard error.</summary>
    public static Scenario? Load(string path, CliConsole console)
    {
        ScenarioLoadResult result = ScenarioLoader.LoadFile(path);
        if (result.IsValid)
        {
            return result.Scenario;
        }

        WriteErrors(path, result, console.Error);
        return null;
    }

    /// <summary>Writes the problems of an invalid scenario, one a line.</summary>
    /// <summary>
    /// Prints each plausibility warning on standard error: as a warning, or with <paramref name="strict"/> as an error;
    /// <see langword="false"/> when, strict, there was one and the command must stop (exit 2).
    /// </summary>
    public static bool WriteWarnings(IReadOnlyList<PlausibilityWarning> warnings, bool strict, CliConsole console)
    {
        foreach (PlausibilityWarning warning in warnings)
        {
            console.Error.WriteLine($"linesim: {(strict ? "error (--strict)" : "warning")}: {warning}");
        }

        return !strict || warnings.Count == 0;
    }

    public static void WriteErrors(string path, ScenarioLoadResult result, TextWriter writer) => WriteErrors(path, result.Errors, writer);

    /// <summary>Writes the problems of an invalid scenario or plan, one a line.</summary>
    public static void WriteErrors(string path, IReadOnlyList<ScenarioError> errors, TextWriter writer)
    {
        int count = errors.Count;
        if (count == 1 && errors[0].Path.Length == 0)
        {
            writer.WriteLine($"{path}: {errors[0].Message}");
            return;
        }

        writer.WriteLine(count == 1 ? $"{path}: 1 problem:" : $"{path}: {count} problems:");
        foreach (ScenarioError error in errors)
        {
            writer.WriteLine($"  {error}");
        }
    }
}
