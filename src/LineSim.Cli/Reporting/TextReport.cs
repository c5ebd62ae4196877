using System.Globalization;
using LineSim.Model;
using LineSim.Results;

namespace LineSim.Cli.Reporting;

/// <summary>
/// The readable report of a run: the line's JPH against takt, WIP, lead time, and tables of stations and buffers; for a
/// line that is not plain serial also each station's servers, setup, time off shift, maintenance, quality, waiting for
/// the repair crew and OEE, the assembly stations' starvation by input, and tables of carriers and crews; with a shift
/// calendar the working hours, JPH per working hour, output per shift and per week and the projected output's
/// interval; with variants the output of each; with paced segments how each indexed.
/// </summary>
internal static class TextReport
{
    public static void Write(SimulationResult result, LineModel line, TextWriter writer)
    {
        var features = new LineFeatures(line);
        string engine = result.Engine == EngineKind.SamplePath ? "sample-path" : "event";
        writer.WriteLine(result.Scenario);
        string interrupted = result.Interrupted ? " (interrupted: the replications that finished)" : string.Empty;
        writer.WriteLine($"{result.Replications} replication{(result.Replications == 1 ? string.Empty : "s")}{interrupted} of {Format.Seconds(result.Duration)} after a {Format.Seconds(result.Warmup)} warm-up, seed {result.Seed}, {engine} engine");
        writer.WriteLine();

        double taktJph = 3_600 / result.TaktTime;
        var summary = new TextTable(["", ""], [false, false]);
        if (features.HasCalendar)
        {
            // Against the takt, the hours the line works; beside it, every hour of the window.
            summary.Add("JPH", $"{Format.Estimate(result.ThroughputPerWorkingHour, 1)} per working hour against takt {Format.Fixed(taktJph, 1)} ({Format.Number(result.TaktTime)} s); {Format.Estimate(result.ThroughputPerHour, 1)} per calendar hour");
            summary.Add("Working hours", $"{Format.Fixed(result.WorkingHours.Mean, 0)} of {Format.Fixed(result.Duration / 3_600, 0)} h");
        }
        else
        {
            summary.Add("JPH", $"{Format.Estimate(result.ThroughputPerHour, 1)} against takt {Format.Fixed(taktJph, 1)} ({Format.Number(result.TaktTime)} s)");
        }

        summary.Add("Takt attainment", Format.PercentEstimate(result.TaktAttainment));
        if (features.HasCalendar)
        {
            // Over a quarter, the projected output of the quarter: where its mean lies, and where one quarter's output falls.
            summary.Add("Parts out", $"{Format.Estimate(result.PartsOut, 0)} per replication over {Format.Span(result.Duration)} (mean, 95% confidence)");
            if (!double.IsNaN(result.PartsOut.PredictionHalfWidth))
            {
                double spread = result.PartsOut.PredictionHalfWidth;
                summary.Add("One period", $"{Format.Fixed(result.PartsOut.Mean - spread, 0)} to {Format.Fixed(result.PartsOut.Mean + spread, 0)} parts (95% prediction interval for one period of {Format.Span(result.Duration)})");
            }

            if (!result.OutputPerShift.IsDefaultOrEmpty)
            {
                summary.Add("Per shift", string.Join(", ", result.OutputPerShift.Select(shift => $"{shift.Name} {Format.Estimate(shift.Value, 1)}")));
            }

            if (MeanPerWeek(result) is { } perWeek)
            {
                summary.Add("Per week", $"{Format.Fixed(perWeek.Mean, 0)} (mean of {perWeek.Weeks} week{(perWeek.Weeks == 1 ? string.Empty : "s")})");
            }
        }
        else
        {
            summary.Add("Parts out", $"{Format.Estimate(result.PartsOut, 0)} per replication");
        }

        if (result.Scrapped.Mean > 0)
        {
            summary.Add("Scrapped", $"{Format.Estimate(result.Scrapped, 1)} per replication");
        }

        summary.Add("WIP", $"{Format.Estimate(result.WorkInProcess, 2)} parts");
        if (features.HasCalendar)
        {
            summary.Add("Lead time", $"{LeadTime(result.LeadTime, result.LeadTimeP50, result.LeadTimeP95)} of working time");
            summary.Add("", $"{LeadTime(result.CalendarLeadTime, result.CalendarLeadTimeP50, result.CalendarLeadTimeP95)} of calendar time");
        }
        else
        {
            summary.Add("Lead time", LeadTime(result.LeadTime, result.LeadTimeP50, result.LeadTimeP95));
        }

        summary.Add("Bottleneck", BottleneckText.Named(result));
        summary.Write(writer, header: false);
        writer.WriteLine();
        WriteVariants(result, writer);

        if (features.IsPlainSerial)
        {
            WriteSerialStations(result, writer);
        }
        else
        {
            WriteStations(result, features, writer);
            WriteInputStarvation(result, writer);
            WriteDownByFailure(result, writer);
            WriteSegments(result, line, writer);
        }

        BottleneckText.WriteAnalysis(result, writer);
        WriteBuffers(result, writer);
        WriteCarriers(result, writer);
        WriteCrews(result, writer);
    }

    private static string LeadTime(Estimate mean, Estimate median, Estimate p95) =>
        $"{Format.Estimate(mean, 0)} s (median {Format.Fixed(median.Mean, 0)} s, 95th percentile {Format.Fixed(p95.Mean, 0)} s)";

    private static void WriteSerialStations(SimulationResult result, TextWriter writer)
    {
        var stations = new TextTable(["Station", "Working", "Starved", "Blocked", "Down"], [false, true, true, true, true]);
        foreach (StationSummary station in result.Stations)
        {
            stations.Add(station.Name, Format.Percent(station.Working.Mean), Format.Percent(station.Starved.Mean), Format.Percent(station.Blocked.Mean), Format.Percent(station.Down.Mean));
        }

        stations.Write(writer, header: true);
    }

    /// <summary>
    /// The stations with the columns the line needs: servers for cells; setup, time off shift, maintenance and
    /// count-based stops where any station spent time so; waiting for the crew, quality, and OEE.
    /// </summary>
    private static void WriteStations(SimulationResult result, LineFeatures features, TextWriter writer)
    {
        bool anySetup = result.Stations.Any(station => station.Setup.Mean > 0);
        bool anyOffShift = result.Stations.Any(station => station.OffShift.Mean > 0);
        bool anyMaintenance = result.Stations.Any(station => station.Maintenance.Mean > 0);
        bool anyStopped = result.Stations.Any(station => station.Stopped.Mean > 0);
        var headers = new List<string> { "Station" };
        if (features.AnyCell)
        {
            headers.Add("Servers");
        }

        headers.AddRange(["Working", "Starved", "Blocked", "Down"]);
        if (anySetup)
        {
            headers.Add("Setup");
        }

        if (anyOffShift)
        {
            headers.Add("Off shift");
        }

        if (anyMaintenance)
        {
            headers.Add("Maintenance");
        }

        if (anyStopped)
        {
            headers.Add("Stopped");
        }

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

            // Under a calendar, the states as shares of working time, and off shift as a share of calendar time.
            double working = anyOffShift ? 1 - station.OffShift.Mean : 1;
            string Share(Estimate state) => Format.Percent(working > 0 ? state.Mean / working : double.NaN);
            cells.AddRange([Share(station.Working), Share(station.Starved), Share(station.Blocked), Share(station.Down)]);
            if (anySetup)
            {
                cells.Add(features.HasSetup[s] ? Share(station.Setup) : "-");
            }

            if (anyOffShift)
            {
                cells.Add(Format.Percent(station.OffShift.Mean));
            }

            if (anyMaintenance)
            {
                cells.Add(features.HasMaintenance[s] ? Share(station.Maintenance) : "-");
            }

            if (anyStopped)
            {
                cells.Add(station.Stopped.Mean > 0 ? Share(station.Stopped) : "-");
            }

            if (features.HasCrews)
            {
                cells.Add(features.RepairedByCrew[s] ? Share(station.WaitingForCrew) : "-");
            }

            if (features.AnyQualityCheck)
            {
                cells.Add(features.QualityCheck[s] ? Format.Percent(station.Quality.Mean) : "-");
            }

            cells.Add(Format.Percent(station.Oee.Mean));
            table.Add([.. cells]);
        }

        if (anyOffShift)
        {
            writer.WriteLine("  Station states as shares of working time; off shift as a share of calendar time.");
        }

        table.Write(writer, header: true);
    }

    /// <summary>For each station with several failure profiles, the share of time each kept it failed.</summary>
    private static void WriteDownByFailure(SimulationResult result, TextWriter writer)
    {
        var table = new TextTable(["Station", "Down by failure", ""], [false, false, true]);
        foreach (StationSummary station in result.Stations)
        {
            for (int p = 0; station.DownByFailure.Length > 1 && p < station.DownByFailure.Length; p++)
            {
                NamedEstimate profile = station.DownByFailure[p];
                table.Add(p == 0 ? station.Name : string.Empty, profile.Name, Format.Percent(profile.Value.Mean));
            }
        }

        if (!table.IsEmpty)
        {
            writer.WriteLine();
            table.Write(writer, header: true);
        }
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

        var mismatches = new TextTable(["Assembly", "Variant mismatches"], [false, true]);
        foreach (StationSummary station in result.Stations)
        {
            if (station.VariantMismatches.Mean > 0)
            {
                mismatches.Add(station.Name, $"{Format.Estimate(station.VariantMismatches, 1)} per replication");
            }
        }

        if (!mismatches.IsEmpty)
        {
            writer.WriteLine();
            mismatches.Write(writer, header: true);
        }
    }

    /// <summary>The parts of each variant that left the line, and their share of all parts out.</summary>
    private static void WriteVariants(SimulationResult result, TextWriter writer)
    {
        if (result.OutputByVariant.IsDefaultOrEmpty)
        {
            return;
        }

        double total = result.OutputByVariant.Sum(variant => variant.Value.Mean);
        var table = new TextTable(["Variant", "Parts out", "Share"], [false, true, true]);
        foreach (NamedEstimate variant in result.OutputByVariant)
        {
            table.Add(variant.Name, Format.Estimate(variant.Value, 0), Format.Percent(total > 0 ? variant.Value.Mean / total : double.NaN));
        }

        table.Write(writer, header: true);
        writer.WriteLine();
    }

    /// <summary>For each paced segment, its takt, its indexes, the share that came late, and why it stood past the takt (shares of working time).</summary>
    private static void WriteSegments(SimulationResult result, LineModel line, TextWriter writer)
    {
        if (result.Segments.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteLine();
        var table = new TextTable(["Segment", "Takt", "Indexes", "Late", "Stopped: busy", "failure", "starved", "blocked"], [false, true, true, true, true, true, true, true]);

        // The results give shares of the window; stops happen in working time only.
        double working = result.Duration > 0 ? result.WorkingHours.Mean * 3_600 / result.Duration : double.NaN;
        string Share(Estimate stop) => Format.Percent(working > 0 ? stop.Mean / working : double.NaN);
        foreach (SegmentSummary segment in result.Segments)
        {
            PacedSegment? paced = line.Segments.IsDefault ? null : line.Segments.FirstOrDefault(s => s.Name == segment.Name);
            table.Add(
                segment.Name,
                paced is null ? "-" : $"{Format.Number(paced.TaktTime)} s",
                Format.Fixed(segment.Indexes.Mean, 0),
                Format.Percent(segment.Indexes.Mean > 0 ? segment.LateIndexes.Mean / segment.Indexes.Mean : double.NaN),
                Share(segment.StoppedBusy),
                Share(segment.StoppedFailure),
                Share(segment.StoppedStarved),
                Share(segment.StoppedBlocked));
        }

        table.Write(writer, header: true);
    }

    /// <summary>The mean output of a week, over the whole weeks of the window; <see langword="null"/> when it has none.</summary>
    private static (double Mean, int Weeks)? MeanPerWeek(SimulationResult result)
    {
        // A last week cut short by the end of the window would pull the mean down: it is left out.
        int weeks = Math.Min(result.OutputPerWeek.IsDefault ? 0 : result.OutputPerWeek.Length, (int)Math.Floor((result.Duration / Format.Week) + 1e-9));
        return weeks > 0 ? (result.OutputPerWeek.Take(weeks).Average(week => week.Mean), weeks) : null;
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
        foreach (BufferSummary buffer in buffers)
        {
            if (buffer.HeldBack.Mean > 0)
            {
                writer.WriteLine($"Deliveries held back by the full input buffer of {buffer.Before}: {Format.Fixed(buffer.HeldBack.Mean, 1)} per replication (each entered later; none lost)");
            }
        }
    }

    private static void WriteCarriers(SimulationResult result, TextWriter writer)
    {
        if (result.Carriers.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteLine();
        var table = new TextTable(["Carriers", "Count", "Utilisation", "Avg returning", "Avg idle", "None idle", "Wait for carrier", "Return blocked"], [false, true, true, true, true, true, true, true]);
        foreach (CarrierSummary carriers in result.Carriers)
        {
            table.Add(
                carriers.Name,
                carriers.Count.ToString(CultureInfo.InvariantCulture),
                Format.Percent(carriers.Utilisation.Mean),
                Format.Fixed(carriers.AverageReturning.Mean, 2),
                Format.Fixed(carriers.AverageIdle.Mean, 2),
                Format.Percent(carriers.NoneIdleFraction.Mean),
                Format.Percent(carriers.WaitingForCarrierFraction.Mean),
                Format.Percent(carriers.ReturnBlockedFraction.Mean));
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
