using LineSim.Scenarios;

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
