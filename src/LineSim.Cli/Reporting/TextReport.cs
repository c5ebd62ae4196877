using System.Globalization;
using LineSim.Model;
using LineSim.Results;

namespace LineSim.Cli.Reporting;

/// <summary>
/// The readable report of a run: the line's JPH against takt, WIP, lead time, and tables of stations and buffers; for a
/// line that is not plain serial also each station's servers, quality, waiting for the repair crew and OEE, the
/// assembly stations' starvation by input, and tables of carriers and crews.
/// </summary>
internal static class TextReport
{
    public static void Write(SimulationResult result, LineModel line, TextWriter writer)
    {
        var features = new LineFeatures(line);
        string engine = result.Engine == EngineKind.SamplePath ? "sample-path" : "event";
        writer.WriteLine(result.Scenario);
        writer.WriteLine($"{result.Replications} replication{(result.Replications == 1 ? string.Empty : "s")} of {Format.Seconds(result.Duration)} after a {Format.Seconds(result.Warmup)} warm-up, seed {result.Seed}, {engine} engine");
        writer.WriteLine();

        double taktJph = 3_600 / result.TaktTime;
        var summary = new TextTable(["", ""], [false, false]);
        summary.Add("JPH", $"{Format.Estimate(result.ThroughputPerHour, 1)} against takt {Format.Fixed(taktJph, 1)} ({Format.Number(result.TaktTime)} s)");
        summary.Add("Takt attainment", Format.PercentEstimate(result.TaktAttainment));
        summary.Add("Parts out", $"{Format.Estimate(result.PartsOut, 0)} per replication");
        if (result.Scrapped.Mean > 0)
        {
            summary.Add("Scrapped", $"{Format.Estimate(result.Scrapped, 1)} per replication");
        }

        summary.Add("WIP", $"{Format.Estimate(result.WorkInProcess, 2)} parts");
        summary.Add("Lead time", $"{Format.Estimate(result.LeadTime, 0)} s (median {Format.Fixed(result.LeadTimeP50.Mean, 0)} s, 95th percentile {Format.Fixed(result.LeadTimeP95.Mean, 0)} s)");
        summary.Add("Bottleneck", result.Bottleneck.Name);
        summary.Write(writer, header: false);
        writer.WriteLine();

        if (features.IsPlainSerial)
        {
            WriteSerialStations(result, writer);
        }
        else
        {
            WriteStations(result, features, writer);
            WriteInputStarvation(result, writer);
        }

        WriteBuffers(result, writer);
        WriteCarriers(result, writer);
        WriteCrews(result, writer);
    }

    private static void WriteSerialStations(SimulationResult result, TextWriter writer)
    {
        var stations = new TextTable(["Station", "Working", "Starved", "Blocked", "Down"], [false, true, true, true, true]);
        foreach (StationSummary station in result.Stations)
        {
            stations.Add(station.Name, Format.Percent(station.Working.Mean), Format.Percent(station.Starved.Mean), Format.Percent(station.Blocked.Mean), Format.Percent(station.Down.Mean));
        }

        stations.Write(writer, header: true);
    }

    /// <summary>The stations with the columns the line needs: servers for cells, waiting for the crew, quality, and OEE.</summary>
    private static void WriteStations(SimulationResult result, LineFeatures features, TextWriter writer)
    {
        var headers = new List<string> { "Station" };
        if (features.AnyCell)
        {
            headers.Add("Servers");
        }

        headers.AddRange(["Working", "Starved", "Blocked", "Down"]);
        if (features.HasCrews)
        {
            headers.Add("Crew wait");
        }

        if (features.AnyQualityCheck)
        {
            headers.Add("Quality");
        }

        headers.Add("OEE");
        var table = new TextTable([.. headers], [false, .. Enumerable.Repeat(true, headers.Count - 1)]);
        for (int s = 0; s < result.Stations.Length; s++)
        {
            StationSummary station = result.Stations[s];
            var cells = new List<string> { station.Name };
            if (features.AnyCell)
            {
                cells.Add(station.Servers.ToString(CultureInfo.InvariantCulture));
            }

            cells.AddRange([Format.Percent(station.Working.Mean), Format.Percent(station.Starved.Mean), Format.Percent(station.Blocked.Mean), Format.Percent(station.Down.Mean)]);
            if (features.HasCrews)
            {
                cells.Add(features.RepairedByCrew[s] ? Format.Percent(station.WaitingForCrew.Mean) : "-");
            }

            if (features.AnyQualityCheck)
            {
                cells.Add(features.QualityCheck[s] ? Format.Percent(station.Quality.Mean) : "-");
            }

            cells.Add(Format.Percent(station.Oee.Mean));
            table.Add([.. cells]);
        }

        table.Write(writer, header: true);
    }

    /// <summary>For each assembly station, the share of time each input kept it waiting.</summary>
    private static void WriteInputStarvation(SimulationResult result, TextWriter writer)
    {
        var table = new TextTable(["Assembly", "Starved by input", ""], [false, false, true]);
        foreach (StationSummary station in result.Stations)
        {
            for (int k = 0; k < station.StarvedByInput.Length; k++)
            {
                NamedEstimate input = station.StarvedByInput[k];
                table.Add(k == 0 ? station.Name : string.Empty, input.Name, Format.Percent(input.Value.Mean));
            }
        }

        if (!table.IsEmpty)
        {
            writer.WriteLine();
            table.Write(writer, header: true);
        }
    }

    private static void WriteBuffers(SimulationResult result, TextWriter writer)
    {
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
                $"{buffer.After ?? "(input)"} -> {buffer.Before}{(buffer.IsConveyor ? " (conveyor)" : string.Empty)}",
                buffer.Capacity == int.MaxValue ? "unlimited" : buffer.Capacity.ToString(CultureInfo.InvariantCulture),
                Format.Fixed(buffer.AverageLevel.Mean, 2),
                // A buffer of capacity 0 is at once full and empty; its fractions say nothing.
                buffer.Capacity == 0 ? "-" : Format.Percent(buffer.FullFraction.Mean),
                buffer.Capacity == 0 ? "-" : Format.Percent(buffer.EmptyFraction.Mean));
        }

        table.Write(writer, header: true);
    }

    private static void WriteCarriers(SimulationResult result, TextWriter writer)
    {
        if (result.Carriers.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteLine();
        var table = new TextTable(["Carriers", "Count", "Utilisation", "Avg idle", "None idle"], [false, true, true, true, true]);
        foreach (CarrierSummary carriers in result.Carriers)
        {
            table.Add(
                carriers.Name,
                carriers.Count.ToString(CultureInfo.InvariantCulture),
                Format.Percent(carriers.Utilisation.Mean),
                Format.Fixed(carriers.AverageIdle.Mean, 2),
                Format.Percent(carriers.NoneIdleFraction.Mean));
        }

        table.Write(writer, header: true);
    }

    private static void WriteCrews(SimulationResult result, TextWriter writer)
    {
        if (result.Crews.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteLine();
        var table = new TextTable(["Crew", "Size", "Utilisation", "Avg waiting", "Repairs"], [false, true, true, true, true]);
        foreach (CrewSummary crew in result.Crews)
        {
            table.Add(
                crew.Name,
                crew.Size.ToString(CultureInfo.InvariantCulture),
                Format.Percent(crew.Utilisation.Mean),
                Format.Fixed(crew.AverageWaiting.Mean, 2),
                Format.Fixed(crew.Repairs.Mean, 1));
        }

        table.Write(writer, header: true);
    }
}
