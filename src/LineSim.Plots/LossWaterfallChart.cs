using System.Globalization;
using LineSim.Results;
using ScottPlot;

namespace LineSim.Plots;

/// <summary>
/// A waterfall from the takt's JPH to the achieved JPH: the takt's bar, then one floating bar per cause (over every
/// station) that takes the JPH down (or up, a cycle shorter than the takt), then the achieved bar.
/// </summary>
internal static class LossWaterfallChart
{
    public const string Name = "losses";

    public static bool HasData(SimulationResult result) => !result.Bottlenecks.IsEmpty;

    /// <summary>The losses summed over stations, by cause, in the order of <see cref="LossCause"/>.</summary>
    public static List<(LossCause Cause, double ThroughputPerHour)> ByCause(SimulationResult result) =>
        [.. result.Losses.GroupBy(l => l.Cause).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(l => l.ThroughputPerHour.Mean)))];

    public static Chart Create(SimulationResult result)
    {
        double takt = 3_600 / result.TaktTime;
        List<(LossCause Cause, double ThroughputPerHour)> causes = ByCause(result);
        Plot plot = ChartFile.Create($"From takt to JPH: {result.Scenario}", string.Empty, "Throughput (JPH)");
        var bars = new List<Bar> { new() { Position = 0, ValueBase = 0, Value = takt, FillColor = ChartColors.Estimate, LineWidth = 0, Size = 0.7 } };
        var labels = new List<string> { "Takt" };
        double level = takt;
        for (int i = 0; i < causes.Count; i++)
        {
            double next = level - causes[i].ThroughputPerHour;
            bars.Add(new Bar
            {
                Position = i + 1,
                ValueBase = Math.Min(level, next),
                Value = Math.Max(level, next),
                FillColor = next <= level ? ChartColors.Down : ChartColors.Working,
                LineWidth = 0,
                Size = 0.7,
            });
            labels.Add(Label(causes[i].Cause));
            level = next;
        }

        double achieved = result.ThroughputPerHour.Mean;
        bars.Add(new Bar { Position = causes.Count + 1, ValueBase = 0, Value = achieved, FillColor = ChartColors.Blocked, LineWidth = 0, Size = 0.7 });
        labels.Add("Achieved");
        plot.Add.Bars(bars);
        ChartFile.Categories(plot, labels);
        plot.Axes.SetLimitsY(0, Math.Max(takt, bars.Max(b => b.Value)) * 1.08);
        plot.Legend.ManualItems.Add(ChartFile.Swatch("Loss", ChartColors.Down));
        plot.Legend.ManualItems.Add(ChartFile.Swatch("Gain (cycle shorter than takt)", ChartColors.Working));
        ChartFile.LegendOutside(plot);
        string steps = string.Join(", ", causes.Select(c => $"{Label(c.Cause).ToLowerInvariant()} {c.ThroughputPerHour.ToString("F2", CultureInfo.InvariantCulture)}"));
        return new Chart(
            Name,
            plot,
            ChartFile.Height,
            $"A waterfall from the takt's {takt.ToString("F1", CultureInfo.InvariantCulture)} JPH to the achieved {achieved.ToString("F1", CultureInfo.InvariantCulture)} JPH, one bar per cause of loss measured on the momentary bottleneck, in JPH: {(steps.Length == 0 ? "none" : steps)}.");
    }

    /// <summary>A cause in words, short enough for an axis.</summary>
    public static string Label(LossCause cause) => cause switch
    {
        LossCause.OffShift => "Off shift",
        LossCause.Failure => "Failures",
        LossCause.WaitingForCrew => "Crew wait",
        LossCause.Setup => "Setup",
        LossCause.Maintenance => "Maintenance",
        LossCause.Starvation => "Starved",
        LossCause.Blocking => "Blocked",
        LossCause.Scrap => "Scrap",
        LossCause.PacedSegmentStop => "Paced stops",
        LossCause.CycleOverTakt => "Cycle > takt",
        _ => cause.ToString(),
    };
}
