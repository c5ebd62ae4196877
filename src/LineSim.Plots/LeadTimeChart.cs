using LineSim.Results;
using ScottPlot;

namespace LineSim.Plots;

/// <summary>The mean, median and 95th percentile lead time, each with its 95% confidence interval over replications.</summary>
internal static class LeadTimeChart
{
    public const string Name = "lead-time";

    public static bool HasData(SimulationResult result) => result.LeadTime.Count > 0;

    public static Plot Create(SimulationResult result)
    {
        Plot plot = ChartFile.Create($"Lead time: {result.Scenario}", "Statistic", "Lead time (s)");
        (string Label, Estimate Value)[] statistics =
        [
            ("Mean", result.LeadTime),
            ("Median (p50)", result.LeadTimeP50),
            ("95th percentile (p95)", result.LeadTimeP95),
        ];

        var bars = new List<Bar>();
        var labels = new string[statistics.Length];
        double top = 0;
        for (int i = 0; i < statistics.Length; i++)
        {
            Estimate value = statistics[i].Value;
            double error = double.IsNaN(value.HalfWidth) ? 0 : value.HalfWidth;
            labels[i] = statistics[i].Label;
            bars.Add(new Bar
            {
                Position = i,
                Value = value.Mean,
                Error = error,
                ErrorPositive = true,
                ErrorNegative = true,
                LineWidth = 1.5f,
                ErrorSize = 0.15,
                LineColor = Colors.Black,
                FillColor = ChartColors.Partly,
                Size = 0.6,
                CenterLabel = true,
                Label = error > 0 ? $"{value.Mean:F0} ± {error:F0} s" : $"{value.Mean:F0} s",
            });
            top = Math.Max(top, value.Mean + error);
        }

        var plottable = plot.Add.Bars(bars);
        plottable.ValueLabelStyle.FontSize = 14;
        ChartFile.Categories(plot, labels);
        plot.Axes.SetLimitsY(0, top * 1.25);
        plot.ShowLegend(
            [
                ChartFile.Swatch($"Mean over {result.Replications} replications", ChartColors.Partly),
                new LegendItem { LabelText = "95% confidence interval", LineColor = Colors.Black, LineWidth = 1 },
            ],
            Alignment.UpperLeft);
        return plot;
    }
}
