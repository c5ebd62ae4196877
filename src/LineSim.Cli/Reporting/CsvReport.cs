using System.Globalization;
using LineSim.Results;

namespace LineSim.Cli.Reporting;

/// <summary>One row per replication, with a header: the line's figures, then each station's state fractions and each buffer's average level.</summary>
internal static class CsvReport
{
    public static void Write(SimulationResult result, TextWriter writer)
    {
        var header = new List<string>
        {
            "replication", "observedTime", "partsOut", "throughputPerHour", "taktAttainment", "wip", "leadTime", "leadTimeP50", "leadTimeP95",
        };
        foreach (StationSummary station in result.Stations)
        {
            header.Add($"{station.Name} working");
            header.Add($"{station.Name} starved");
            header.Add($"{station.Name} blocked");
            header.Add($"{station.Name} down");
        }

        if (result.InputBuffer is { } input)
        {
            header.Add($"input -> {input.Before} averageLevel");
        }

        foreach (BufferSummary buffer in result.Buffers)
        {
            header.Add($"{buffer.After} -> {buffer.Before} averageLevel");
        }

        WriteRow(writer, header);
        foreach (ReplicationResult replication in result.ReplicationResults)
        {
            var row = new List<string>
            {
                replication.Index.ToString(CultureInfo.InvariantCulture),
                Number(replication.ObservedTime),
                replication.PartsOut.ToString(CultureInfo.InvariantCulture),
                Number(replication.ThroughputPerHour),
                Number(replication.TaktAttainment),
                Number(replication.WorkInProcess),
                Number(replication.LeadTime),
                Number(replication.LeadTimeP50),
                Number(replication.LeadTimeP95),
            };
            foreach (StationStatistics station in replication.Stations)
            {
                row.Add(Number(station.Working));
                row.Add(Number(station.Starved));
                row.Add(Number(station.Blocked));
                row.Add(Number(station.Down));
            }

            if (replication.InputBuffer is { } inputBuffer)
            {
                row.Add(Number(inputBuffer.AverageLevel));
            }

            foreach (BufferStatistics buffer in replication.Buffers)
            {
                row.Add(Number(buffer.AverageLevel));
            }

            WriteRow(writer, row);
        }
    }

    private static string Number(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    private static void WriteRow(TextWriter writer, List<string> cells) => writer.Write(string.Join(',', cells.Select(Escape)) + "\n");

    private static string Escape(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
