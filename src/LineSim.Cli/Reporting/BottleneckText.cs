using LineSim.Analysis;
using LineSim.Results;

namespace LineSim.Cli.Reporting;

/// <summary>
/// The text of the active period method's bottlenecks (with the utilisation view as a column), the losses from the
/// takt's JPH to the achieved, the line's OEE, and the sensitivity of <c>linesim bottleneck</c>.
/// </summary>
internal static class BottleneckText
{
    /// <summary>What the summary says of the bottleneck: the station, and by which method.</summary>
    public static string Named(SimulationResult result) => result.Bottlenecks.IsEmpty
        ? result.Bottleneck.Name
        : $"{result.BottleneckName} (active period method: sole {Format.PercentEstimate(result.Bottlenecks[0].Sole)}, shifting {Format.PercentEstimate(result.Bottlenecks[0].Shifting)} of working time)";

    /// <summary>The bottleneck and loss tables, when the run found them.</summary>
    public static void WriteAnalysis(SimulationResult result, TextWriter writer)
    {
        if (result.Bottlenecks.IsEmpty)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine("Bottlenecks (active period method; share of working time)");
        var table = new TextTable(["Station", "Sole", "Shifting", "Working or down"], [false, true, true, true]);
        foreach (BottleneckSummary bottleneck in result.Bottlenecks)
        {
            StationSummary station = result.Stations.First(s => s.Name == bottleneck.Station);
            table.Add(bottleneck.Station, Format.PercentEstimate(bottleneck.Sole), Format.PercentEstimate(bottleneck.Shifting), Format.Percent(station.Working.Mean + station.Down.Mean));
        }

        table.Write(writer, header: true);
        writer.WriteLine();

        double takt = 3_600 / result.TaktTime;
        writer.WriteLine($"Losses from the takt's {Format.Fixed(takt, 1)} JPH to the achieved {Format.Fixed(result.ThroughputPerHour.Mean, 1)} JPH (on the momentary bottleneck)");
        var losses = new TextTable(["Cause", "Station", "JPH lost"], [false, false, true]);
        foreach (LossSummary loss in result.Losses)
        {
            losses.Add(Describe(loss.Cause), loss.Station ?? "line", Format.Estimate(loss.ThroughputPerHour, 2));
        }

        losses.Add("Total", string.Empty, Format.Fixed(result.Losses.Sum(l => l.ThroughputPerHour.Mean), 2));
        losses.Write(writer, header: true);
        if (result.Oee is { } oee)
        {
            writer.WriteLine();
            writer.WriteLine($"Line OEE {Format.PercentEstimate(oee.Oee)}: availability {Format.PercentEstimate(oee.Availability)}, performance {Format.PercentEstimate(oee.Performance)}, quality {Format.PercentEstimate(oee.Quality)} (against the takt)");
        }
    }

    /// <summary>Each station's gains, and whether the methods agree.</summary>
    public static void WriteSensitivity(SensitivityResult result, TextWriter writer)
    {
        writer.WriteLine($"Sensitivity (JPH gained, paired over replications on common random numbers; line {Format.Estimate(result.ThroughputPerHour, 2)} JPH)");
        bool anyRepair = result.Stations.Any(s => s.RepairGain is not null);
        string[] headers = anyRepair
            ? ["Station", $"{Format.Percent(result.Options.Speedup)} faster", $"Repairs {Format.Percent(result.Options.RepairCut)} shorter"]
            : ["Station", $"{Format.Percent(result.Options.Speedup)} faster"];
        var table = new TextTable(headers, [false, true, true]);
        foreach (StationSensitivity station in result.Stations)
        {
            string faster = Format.Estimate(station.FasterGain, 2);
            if (anyRepair)
            {
                table.Add(station.Station, faster, station.RepairGain is { } repair ? Format.Estimate(repair, 2) : "-");
            }
            else
            {
                table.Add(station.Station, faster);
            }
        }

        table.Write(writer, header: true);
        writer.WriteLine();
        writer.WriteLine(result.Agree
            ? $"The active period method and the sensitivity agree: {result.MostSensitive} is the bottleneck."
            : $"The methods disagree: the active period method names {result.Analysis.BottleneckName}, a faster {result.MostSensitive} gains the most.");
    }

    /// <summary>A cause in words.</summary>
    public static string Describe(LossCause cause) => cause switch
    {
        LossCause.OffShift => "Off shift",
        LossCause.Failure => "Failures (repair)",
        LossCause.WaitingForCrew => "Waiting for a crew",
        LossCause.Setup => "Setup",
        LossCause.Maintenance => "Maintenance",
        LossCause.Starvation => "Starvation",
        LossCause.Blocking => "Blocking",
        LossCause.Scrap => "Scrap",
        LossCause.PacedSegmentStop => "Paced segment stops",
        LossCause.CycleOverTakt => "Cycle longer than takt",
        _ => cause.ToString(),
    };
}
