using System.Globalization;

namespace LineSim.Cli.Commands;

/// <summary>The station-state timeline <c>linesim bottleneck</c> records: <c>--events FILE</c> and its window.</summary>
internal sealed record TimelineArguments(string? File, double? From, double? To)
{
    /// <summary>Whether to record it: for the events file, or for the report's Gantt chart.</summary>
    public bool Wanted(bool report) => File is not null || report;

    /// <summary>Every problem with the option values, each naming the option.</summary>
    public List<string> Validate(bool report)
    {
        var problems = new List<string>();
        CliOptions.CheckFile(problems, "--events", File, "a CSV file");
        if (!Wanted(report) && (From is not null || To is not null))
        {
            problems.Add("--events-from and --events-to set the window of --events (or of --report's timeline); give --events FILE or --report FILE too.");
        }

        if (From is { } from && (!double.IsFinite(from) || from < 0))
        {
            problems.Add($"--events-from must be 0 or more seconds, got {from.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (To is { } to && (!double.IsFinite(to) || to <= (From ?? 0)))
        {
            problems.Add($"--events-to must be a number of seconds after --events-from ({(From ?? 0).ToString(CultureInfo.InvariantCulture)}), got {to.ToString(CultureInfo.InvariantCulture)}.");
        }

        return problems;
    }
}
