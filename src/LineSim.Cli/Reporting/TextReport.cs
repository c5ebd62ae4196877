using LineSim.Results;

namespace LineSim.Cli.Reporting;

/// <summary>The readable report of a run: the line's JPH against takt, WIP, lead time, and tables of stations and buffers.</summary>
internal static class TextReport
{
    public static void Write(SimulationResult result, TextWriter writer)
    {
        string engine = result.Engine == EngineKind.SamplePath ? "sample-path" : "event";
        writer.WriteLine(result.Scenario);
        writer.WriteLine($"{result.Replications} replication{(result.Replications == 1 ? string.Empty : "s")} of {Format.Seconds(result.Duration)} after a {Format.Seconds(result.Warmup)} warm-up, seed {result.Seed}, {engine} engine");
        writer.WriteLine();

        double taktJph = 3_600 / result.TaktTime;
        var summary = new TextTable(["", ""], [false, false]);
        summary.Add("JPH", $"{Format.Estimate(result.ThroughputPerHour, 1)} against takt {Format.Fixed(taktJph, 1)} ({Format.Number(result.TaktTime)} s)");
        summary.Add("Takt attainment", Format.PercentEstimate(result.TaktAttainment));
        summary.Add("Parts out", $"{Format.Estimate(result.PartsOut, 0)} per replication");
        summary.Add("WIP", $"{Format.Estimate(result.WorkInProcess, 2)} parts");
        summary.Add("Lead time", $"{Format.Estimate(result.LeadTime, 0)} s (median {Format.Fixed(result.LeadTimeP50.Mean, 0)} s, 95th percentile {Format.Fixed(result.LeadTimeP95.Mean, 0)} s)");
        summary.Add("Bottleneck", result.Bottleneck.Name);
        summary.Write(writer, header: false);
        writer.WriteLine();

        var stations = new TextTable(["Station", "Working", "Starved", "Blocked", "Down"], [false, true, true, true, true]);
        foreach (StationSummary station in result.Stations)
        {
            stations.Add(station.Name, Format.Percent(station.Working.Mean), Format.Percent(station.Starved.Mean), Format.Percent(station.Blocked.Mean), Format.Percent(station.Down.Mean));
        }

        stations.Write(writer, header: true);

        var buffers = new List<BufferSummary>();
        if (result.InputBuffer is { } input)
        {
            buffers.Add(input);
        }

        buffers.AddRange(result.Buffers);
        if (buffers.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        var table = new TextTable(["Buffer", "Capacity", "Avg level", "Full", "Empty"], [false, true, true, true, true]);
        foreach (BufferSummary buffer in buffers)
        {
            table.Add(
                $"{buffer.After ?? "(input)"} -> {buffer.Before}",
                buffer.Capacity == int.MaxValue ? "unlimited" : buffer.Capacity.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Format.Fixed(buffer.AverageLevel.Mean, 2),
                // A buffer of capacity 0 is at once full and empty; its fractions say nothing.
                buffer.Capacity == 0 ? "-" : Format.Percent(buffer.FullFraction.Mean),
                buffer.Capacity == 0 ? "-" : Format.Percent(buffer.EmptyFraction.Mean));
        }

        table.Write(writer, header: true);
    }
}
