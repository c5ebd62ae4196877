using LineSim.Results;
using ScottPlot;

namespace LineSim.Plots;

/// <summary>
/// Throughput per working hour period by period over the observation window (each output interval, day or week), its
/// 95% confidence band or bars, and the takt's throughput.
/// </summary>
internal static class ThroughputOverTimeChart
{
    public const string Name = "throughput-over-time";

    public static bool HasData(SimulationResult result) => result.OutputInterval is not null && result.ThroughputOverTime.Length > 0;

    /// <summary>The chart's file name for a series: <c>throughput-over-time</c> per output interval, <c>throughput-per-day</c>, <c>throughput-per-week</c>.</summary>
    public static string NameOf(ThroughputSeries series) => series.Period is "day" or "week" ? $"throughput-per-{series.Period}" : Name;

    public static Chart Create(SimulationResult result, ThroughputSeries series)
    {
        bool byPeriod = series.Period is "day" or "week";
        string per = series.WorkingHours ? "per working hour" : "per hour";
        TimeAxis axis = byPeriod ? new TimeAxis(series.Seconds, series.Period == "day" ? "day" : "week") : TimeAxis.For(series.PerWorkingHour.Length * series.Seconds);
        Plot plot = ChartFile.Create(
            byPeriod ? $"Throughput {series.Period} by {series.Period} against takt: {result.Scenario}" : $"Throughput over time against takt: {result.Scenario}",
            byPeriod ? $"{Capitalised(series.Period)} of the observation window" : $"Time since the end of the warm-up ({axis.Unit})",
            $"Throughput (JPH {per}) per {series.Period}");

        var time = new List<double>();
        var mean = new List<double>();
        var lower = new List<double>();
        var upper = new List<double>();
        for (int k = 0; k < series.PerWorkingHour.Length; k++)
        {
            Estimate jph = series.PerWorkingHour[k];
            if (double.IsNaN(jph.Mean))
            {
                continue; // No working time in the period.
            }

            time.Add(byPeriod ? k + 1 : (k + 1) * series.Seconds / axis.Seconds);
            mean.Add(jph.Mean);
            lower.Add(double.IsNaN(jph.HalfWidth) ? jph.Mean : jph.Lower);
            upper.Add(double.IsNaN(jph.HalfWidth) ? jph.Mean : jph.Upper);
        }

        bool gaps = time.Count < series.PerWorkingHour.Length;
        string replications = $"{result.Replications} replication{(result.Replications == 1 ? string.Empty : "s")}";
        if (byPeriod)
        {
            var bars = plot.Add.Bars([.. time], [.. mean]);
            bars.Color = ChartColors.Partly;
            bars.LegendText = $"Mean over {replications}";
            if (result.Replications > 1)
            {
                var errors = plot.Add.ErrorBar([.. time], [.. mean], [.. mean.Select((m, i) => m - lower[i])]);
                errors.Color = ChartColors.Estimate;
                errors.LegendText = "95% confidence interval";
            }

            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        }
        else
        {
            if (result.Replications > 1 && !gaps)
            {
                var band = plot.Add.FillY([.. time], [.. lower], [.. upper]);
                band.FillColor = ChartColors.Estimate.WithAlpha(0.2);
                band.LineWidth = 0;
                band.LegendText = "95% confidence interval";
            }

            var line = plot.Add.Scatter(time.ToArray(), mean.ToArray());
            line.Color = ChartColors.Estimate;
            line.LineWidth = gaps ? 0 : 1.5f;
            line.MarkerSize = gaps || time.Count <= 60 ? 4 : 0;
            line.LegendText = $"Mean over {replications}";
        }

        double taktJph = 3600 / result.TaktTime;
        var takt = plot.Add.HorizontalLine(taktJph);
        takt.Color = ChartColors.Takt;
        takt.LineWidth = 2;
        takt.LegendText = $"Takt {taktJph:F1} JPH ({result.TaktTime:0.##} s)";

        double low = Math.Min(taktJph, lower.Count == 0 ? taktJph : lower.Min());
        double high = Math.Max(taktJph, upper.Count == 0 ? taktJph : upper.Max());
        double pad = Math.Max(0.5, 0.1 * (high - low));
        double last = byPeriod ? series.PerWorkingHour.Length + 0.5 : series.PerWorkingHour.Length * series.Seconds / axis.Seconds;
        plot.Axes.SetLimits(byPeriod ? 0.5 : 0, last, byPeriod ? 0 : Math.Max(0, low - pad), high + pad);
        ChartFile.LegendOutside(plot);
        string skipped = gaps ? $" {Capitalised(series.Period)}s without working time are left out." : string.Empty;
        return new Chart(
            NameOf(series),
            plot,
            ChartFile.Height,
            $"Throughput in jobs {per} for each {series.Period} of the observation window, the mean over {replications}{(result.Replications > 1 ? " with its 95% confidence interval" : string.Empty)}, against the takt's {taktJph:F1} JPH.{skipped}");
    }

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
