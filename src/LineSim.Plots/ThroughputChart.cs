using LineSim.Results;
using ScottPlot;

namespace LineSim.Plots;

/// <summary>Each replication's throughput, their mean with its 95% confidence interval, and the takt's throughput.</summary>
internal static class ThroughputChart
{
    public const string Name = "throughput";

    public static Chart Create(SimulationResult result)
    {
        // Under a shift calendar the takt is held in working hours: compare those.
        bool calendar = StationStatesChart.OffShift(result) > 0;
        Plot plot = ChartFile.Create(
            $"Throughput per replication against takt: {result.Scenario}",
            "Replication",
            calendar ? "Throughput (JPH per working hour)" : "Throughput (JPH, parts per hour)");
        int n = result.ReplicationResults.Length;
        var replications = new double[n];
        var jph = new double[n];
        for (int r = 0; r < n; r++)
        {
            ReplicationResult replication = result.ReplicationResults[r];
            replications[r] = replication.Index + 1;
            jph[r] = calendar ? replication.ThroughputPerWorkingHour : replication.ThroughputPerHour;
        }

        Estimate mean = calendar ? result.ThroughputPerWorkingHour : result.ThroughputPerHour;
        if (!double.IsNaN(mean.HalfWidth))
        {
            var band = plot.Add.VerticalSpan(mean.Lower, mean.Upper);
            band.FillStyle.Color = ChartColors.Estimate.WithAlpha(0.18);
            band.LineStyle.Width = 0;
            band.LegendText = "95% confidence interval of the mean";
        }

        var meanLine = plot.Add.HorizontalLine(mean.Mean);
        meanLine.Color = ChartColors.Estimate;
        meanLine.LineWidth = 1.5f;
        meanLine.LegendText = $"Mean {mean.Mean:F1} JPH";

        double taktJph = 3600 / result.TaktTime;
        var takt = plot.Add.HorizontalLine(taktJph);
        takt.Color = ChartColors.Takt;
        takt.LineWidth = 2;
        takt.LegendText = $"Takt {taktJph:F1} JPH ({result.TaktTime:0.##} s)";

        var points = plot.Add.Scatter(replications, jph);
        points.LineWidth = 0;
        points.MarkerSize = 9;
        points.Color = ChartColors.Blocked;
        points.LegendText = "Replication";

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        double low = Math.Min(taktJph, Min(jph));
        double high = Math.Max(taktJph, Max(jph));
        double pad = Math.Max(0.5, 0.15 * (high - low));
        plot.Axes.SetLimits(0.5, n + 0.5, low - pad, high + pad);
        ChartFile.LegendOutside(plot);
        return new Chart(
            Name,
            plot,
            ChartFile.Height,
            $"Each replication's throughput in jobs per {(calendar ? "working " : string.Empty)}hour, their mean {mean.Mean:F1} JPH{(double.IsNaN(mean.HalfWidth) ? string.Empty : $" with its 95% confidence interval ± {mean.HalfWidth:F1}")}, against the takt's {taktJph:F1} JPH.");
    }

    private static double Min(double[] values) => values.Length == 0 ? double.PositiveInfinity : values.Min();

    private static double Max(double[] values) => values.Length == 0 ? double.NegativeInfinity : values.Max();
}
