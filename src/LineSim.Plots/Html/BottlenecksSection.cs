using LineSim.Results;

namespace LineSim.Plots.Html;

/// <summary>
/// The bottleneck by the active period method (chart and table, with the utilisation view as a column), the waterfall
/// of losses from the takt's JPH to the achieved with its table by cause and station, the line's OEE, and each station's
/// sensitivity with whether it agrees; only for runs that found them.
/// </summary>
internal sealed class BottlenecksSection : IReportSection
{
    public string Id => "bottlenecks";

    public string Title => "Bottlenecks and losses";

    public bool AppliesTo(ReportContext context) =>
        !context.Result.Bottlenecks.IsEmpty || context.Options.Timeline is not null || context.Options.Sensitivity is not null;

    public void Write(ReportContext context, HtmlWriter html)
    {
        SimulationResult result = context.Result;
        if (context.Options.Timeline is { } timeline)
        {
            html.Figure(TimelineChart.Create(timeline, result.Scenario), "timeline-chart");
        }

        if (result.Bottlenecks.IsEmpty)
        {
            WriteSensitivity(context, html);
            return;
        }

        html.Element(
            "p",
            "A station is active while it works, is down, in setup or in maintenance; at each instant the bottleneck is the station in the longest active period, "
                + "and where its period overlaps the next bottleneck's both are shifting bottlenecks (the active period method). Shares are of working time.",
            "note");
        html.Figure(BottleneckChart.Create(result), "bottlenecks-chart");
        html.Table(
            "Bottleneck shares",
            ["Station", "Sole", "Shifting", "Working or down"],
            [false, true, true, true],
            result.Bottlenecks.Select(b =>
            {
                StationSummary station = result.Stations.First(s => s.Name == b.Station);
                return (IReadOnlyList<string>)[b.Station, Numbers.PercentEstimate(b.Sole), Numbers.PercentEstimate(b.Shifting), Numbers.Percent(station.Working.Mean + station.Down.Mean)];
            }));

        html.Figure(LossWaterfallChart.Create(result), "losses-chart");
        html.Table(
            "Losses from the takt's JPH to the achieved, measured on the momentary bottleneck",
            ["Cause", "Station", "JPH lost"],
            [false, false, true],
            result.Losses.Select(l => (IReadOnlyList<string>)[LossWaterfallChart.Label(l.Cause), l.Station ?? "line", Numbers.Estimate(l.ThroughputPerHour, 2)]));
        if (result.Oee is { } oee)
        {
            html.Element(
                "p",
                $"Line OEE against the takt {Numbers.PercentEstimate(oee.Oee)}: availability {Numbers.PercentEstimate(oee.Availability)}, performance {Numbers.PercentEstimate(oee.Performance)}, quality {Numbers.PercentEstimate(oee.Quality)}.");
        }

        WriteSensitivity(context, html);
    }

    /// <summary>The JPH each station gains when made faster (and, where it fails, when its repairs are shorter), and whether that names the bottleneck the active period method names.</summary>
    private static void WriteSensitivity(ReportContext context, HtmlWriter html)
    {
        if (context.Options.Sensitivity is not { } sensitivity)
        {
            return;
        }

        bool anyRepair = sensitivity.Stations.Any(s => s.RepairGain is not null);
        string faster = $"{Numbers.Percent(sensitivity.Options.Speedup)} faster";
        string[] headers = anyRepair
            ? ["Station", faster, $"Repairs {Numbers.Percent(sensitivity.Options.RepairCut)} shorter"]
            : ["Station", faster];
        html.Table(
            $"Sensitivity: JPH gained, paired over replications on common random numbers (line {Numbers.Estimate(sensitivity.ThroughputPerHour, 2)} JPH)",
            headers,
            anyRepair ? [false, true, true] : [false, true],
            sensitivity.Stations.Select(s => anyRepair
                ? (IReadOnlyList<string>)[s.Station, Numbers.Estimate(s.FasterGain, 2), s.RepairGain is { } repair ? Numbers.Estimate(repair, 2) : "-"]
                : [s.Station, Numbers.Estimate(s.FasterGain, 2)]));
        html.Element(
            "p",
            sensitivity.Agree
                ? $"The active period method and the sensitivity agree: {sensitivity.MostSensitive} is the bottleneck."
                : $"The methods disagree: the active period method names {sensitivity.Analysis.BottleneckName}, a faster {sensitivity.MostSensitive} gains the most.",
            "note");
    }
}
