using LineSim.Experiments;

namespace LineSim.Cli.Commands;

/// <summary>The arguments of <c>linesim experiment</c>, <c>compare</c> and <c>optimise</c>: the files, and options that override their <c>run</c> sections.</summary>
internal sealed record PlanArguments(IReadOnlyList<string> Files, int? Replications, long? Seed, bool Json, string? Csv, int? Threads = null)
{
    /// <summary>The <c>--report</c> HTML file, for the commands that write one.</summary>
    public string? Report { get; init; }

    /// <summary>The command line that reproduces the command, shown in its report.</summary>
    public string? CommandLine { get; init; }

    /// <summary>Every problem with the option values, each naming the option.</summary>
    public List<string> Validate()
    {
        var problems = new List<string>();
        if (Replications is < 1)
        {
            problems.Add($"--replications must be at least 1, got {Replications}.");
        }

        if (Threads is < 1)
        {
            problems.Add($"--threads must be at least 1, got {Threads}.");
        }

        CliOptions.CheckFile(problems, "--csv", Csv, "a CSV file");
        CliOptions.CheckFile(problems, "--report", Report, "an HTML file");
        return problems;
    }

    /// <summary>Loads the plan in <see cref="Files"/>[0] with the options applied, or prints its problems and returns <see langword="null"/>.</summary>
    public ExperimentPlan? LoadPlan(CliConsole console)
    {
        PlanLoadResult result = PlanLoader.LoadFile(Files[0]);
        if (!result.IsValid)
        {
            ScenarioFile.WriteErrors(Files[0], result.Errors, console.Error);
            return null;
        }

        return result.Plan.WithRun(Replications, Seed);
    }

    /// <summary>Writes the <c>--csv</c> file with <paramref name="write"/> if one was asked for; whether that went well (else the problem is printed).</summary>
    public bool WriteCsv(CliConsole console, Action<TextWriter> write)
    {
        if (Csv is not { } path)
        {
            return true;
        }

        try
        {
            using var writer = new StreamWriter(path);
            write(writer);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"linesim: cannot write the CSV file {path}: {exception.Message}");
            return false;
        }
    }

    /// <summary>Prints the problems of <see cref="Validate"/>; whether there were none.</summary>
    public bool Check(CliConsole console)
    {
        List<string> problems = Validate();
        foreach (string problem in problems)
        {
            console.Error.WriteLine($"linesim: {problem}");
        }

        return problems.Count == 0;
    }
}
