using LineSim.Results;
using ScottPlot;

namespace LineSim.Plots;

/// <summary>Throughput interval by interval over the observation window, its 95% confidence band, and the takt line.</summary>
internal static class ThroughputOverTimeChart
{
    public const string Name = "throughput-over-time";

    public static bool HasData(SimulationResult result) => result.OutputInterval is not null && result.ThroughputOverTime.Length > 0;

    public static Plot Create(SimulationResult result)
    {
        double interval = result.OutputInterval!.Value;
        double hours = interval / 3_600;
        Plot plot = ChartFile.Create(
            $"Throughput over time against takt: {result.Scenario}",
            "Time since the end of the warm-up (h)",
            $"Throughput (JPH) per {Interval(interval)}");
        int n = result.ThroughputOverTime.Length;
        var time = new double[n];
        var mean = new double[n];
        var lower = new double[n];
        var upper = new double[n];
        for (int k = 0; k < n; k++)
        {
            Estimate jph = result.ThroughputOverTime[k];
            time[k] = (k + 1) * hours;
            mean[k] = jph.Mean;
            lower[k] = double.IsNaN(jph.HalfWidth) ? jph.Mean : jph.Lower;
            upper[k] = double.IsNaN(jph.HalfWidth) ? jph.Mean : jph.Upper;
        }

        if (result.Replications > 1)
        {
            var band = plot.Add.FillY(time, lower, upper);
            band.FillColor = ChartColors.Estimate.WithAlpha(0.2);
            band.LineWidth = 0;
            band.LegendText = "95% confidence interval";
        }

        var line = plot.Add.Scatter(time, mean);
        line.Color = ChartColors.Estimate;
        line.LineWidth = 1.5f;
        line.MarkerSize = n <= 60 ? 4 : 0;
        line.LegendText = $"Mean over {result.Replications} replication{(result.Replications == 1 ? string.Empty : "s")}";

        double taktJph = 3600 / result.TaktTime;
        var takt = plot.Add.HorizontalLine(taktJph);
        takt.Color = ChartColors.Takt;
        takt.LineWidth = 2;
        takt.LegendText = $"Takt {taktJph:F1} JPH ({result.TaktTime:0.##} s)";

        double low = Math.Min(taktJph, lower.Min());
        double high = Math.Max(taktJph, upper.Max());
        double pad = Math.Max(0.5, 0.15 * (high - low));
        plot.Axes.SetLimits(0, time[^1], Math.Max(0, low - pad), high + (3 * pad));
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    private static string Interval(double seconds) => seconds % 3_600 == 0
        ? (seconds == 3_600 ? "hour" : $"{seconds / 3_600:0} h")
        : $"{seconds:0.##} s";
}
