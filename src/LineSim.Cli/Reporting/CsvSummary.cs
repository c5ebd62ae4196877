using System.Globalization;
using LineSim.Results;

namespace LineSim.Cli.Reporting;

/// <summary>
/// One row per run, with a header: the run's settings, the line's figures as the mean over replications and the
/// half-width of its 95% confidence interval, and each station's state fractions and each buffer's average level (means).
/// Runs of the same line append rows to the same file, so that a file collects a study's runs.
/// </summary>
internal static class CsvSummary
{
    public static IReadOnlyList<string> Header(SimulationResult result)
    {
        var header = new List<string> { "scenario", "seed", "replications", "warmup", "duration", "taktTime" };
        foreach (string figure in Figures(result).Select(f => f.Name))
        {
            header.Add(figure);
            header.Add($"{figure} halfWidth");
        }

        header.Add("bottleneck");
        foreach (StationSummary station in result.Stations)
        {
            header.AddRange([$"{station.Name} working", $"{station.Name} starved", $"{station.Name} blocked", $"{station.Name} down"]);
        }

        if (result.InputBuffer is { } input)
        {
            header.Add($"input -> {input.Before} averageLevel");
        }

        header.AddRange(result.Buffers.Select(buffer => $"{buffer.After} -> {buffer.Before} averageLevel"));
        return header;
    }

    public static IReadOnlyList<string> Row(SimulationResult result)
    {
        var row = new List<string>
        {
            result.Scenario,
            result.Seed.ToString(CultureInfo.InvariantCulture),
            result.Replications.ToString(CultureInfo.InvariantCulture),
            Csv.Number(result.Warmup),
            Csv.Number(result.Duration),
            Csv.Number(result.TaktTime),
        };
        foreach ((_, Estimate value) in Figures(result))
        {
            row.Add(Csv.Number(value.Mean));
            row.Add(Csv.Number(value.HalfWidth));
        }

        row.Add(result.Bottleneck.Name);
        foreach (StationSummary station in result.Stations)
        {
            row.AddRange([Csv.Number(station.Working.Mean), Csv.Number(station.Starved.Mean), Csv.Number(station.Blocked.Mean), Csv.Number(station.Down.Mean)]);
        }

        if (result.InputBuffer is { } input)
        {
            row.Add(Csv.Number(input.AverageLevel.Mean));
        }

        row.AddRange(result.Buffers.Select(buffer => Csv.Number(buffer.AverageLevel.Mean)));
        return row;
    }

    /// <summary>
    /// Writes the header and the row to a new file, or appends the row to a file whose first line is this header;
    /// returns the problem when the file holds another header (a summary of another line) or cannot be read.
    /// </summary>
    public static string? Write(SimulationResult result, string path)
    {
        string header = Csv.Line(Header(result));
        if (File.Exists(path))
        {
            string? first;
            using (var reader = new StreamReader(path))
            {
                first = reader.ReadLine();
            }

            if (first is not null && first + "\n" != header)
            {
                return $"{path} holds a summary with other columns (of another line); give a new file, or one written for this line";
            }

            File.AppendAllText(path, (first is null ? header : string.Empty) + Csv.Line(Row(result)));
            return null;
        }

        File.WriteAllText(path, header + Csv.Line(Row(result)));
        return null;
    }

    private static (string Name, Estimate Value)[] Figures(SimulationResult result) =>
    [
        ("throughputPerHour", result.ThroughputPerHour),
        ("throughputPerWorkingHour", result.ThroughputPerWorkingHour),
        ("workingHours", result.WorkingHours),
        ("partsOut", result.PartsOut),
        ("taktAttainment", result.TaktAttainment),
        ("wip", result.WorkInProcess),
        ("leadTime", result.LeadTime),
        ("leadTimeP50", result.LeadTimeP50),
        ("leadTimeP95", result.LeadTimeP95),
        ("scrapped", result.Scrapped),
    ];
}
