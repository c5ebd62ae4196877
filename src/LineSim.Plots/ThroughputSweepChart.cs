using ScottPlot;

namespace LineSim.Plots;

/// <summary>Throughput with its 95% confidence interval against a swept parameter, and the takt's throughput.</summary>
internal static class ThroughputSweepChart
{
    public static Chart Create(IReadOnlyList<SweepPoint> points, string parameter, string name)
    {
        string scenario = points[0].Result.Scenario;
        Plot plot = ChartFile.Create($"Throughput sweep: {scenario}", parameter, "Throughput (JPH, parts per hour)");
        var x = new double[points.Count];
        var y = new double[points.Count];
        var error = new double[points.Count];
        double low = double.PositiveInfinity;
        double high = double.NegativeInfinity;
        for (int i = 0; i < points.Count; i++)
        {
            x[i] = points[i].Value;
            y[i] = points[i].Result.ThroughputPerHour.Mean;
            double halfWidth = points[i].Result.ThroughputPerHour.HalfWidth;
            error[i] = double.IsNaN(halfWidth) ? 0 : halfWidth;
            low = Math.Min(low, y[i] - error[i]);
            high = Math.Max(high, y[i] + error[i]);
        }

        double taktTime = points[0].Result.TaktTime;
        double taktJph = 3600 / taktTime;
        var takt = plot.Add.HorizontalLine(taktJph);
        takt.Color = ChartColors.Takt;
        takt.LineWidth = 2;
        takt.LegendText = $"Takt {taktJph:F1} JPH ({taktTime:0.##} s)";

        var bars = plot.Add.ErrorBar(x, y, error);
        bars.Color = ChartColors.Estimate;
        bars.LegendText = "95% confidence interval";

        var line = plot.Add.Scatter(x, y);
        line.Color = ChartColors.Blocked;
        line.LineWidth = 2;
        line.MarkerSize = 8;
        line.LegendText = "Mean throughput";

        low = Math.Min(low, taktJph);
        high = Math.Max(high, taktJph);
        double pad = Math.Max(0.5, 0.1 * (high - low));
        plot.Axes.SetLimitsY(low - pad, high + (2 * pad));
        if (x.All(double.IsInteger))
        {
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        }

        ChartFile.LegendOutside(plot);
        return new Chart(name, plot, ChartFile.Height, $"Throughput in jobs per hour with its 95% confidence interval against {parameter}, and the takt's {taktJph:F1} JPH.");
    }
}
