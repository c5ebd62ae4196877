using LineSim.Results;
using ScottPlot;

namespace LineSim.Plots;

/// <summary>The mean, median and 95th percentile lead time, each with its 95% confidence interval over replications.</summary>
internal static class LeadTimeChart
{
    public const string Name = "lead-time";

    public static bool HasData(SimulationResult result) => result.LeadTime.Count > 0;

    public static Chart Create(SimulationResult result)
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
        plottable.ValueLabelStyle.FontName = ChartFile.Font;
        plot.Axes.SetLimitsY(0, top * 1.25);
        plot.Legend.ManualItems.Add(ChartFile.Swatch($"Mean over {result.Replications} replications", ChartColors.Partly));
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "95% confidence interval", LineColor = Colors.Black, LineWidth = 1, LabelFontName = ChartFile.Font });
        ChartFile.LegendOutside(plot);
        return new Chart(
            Name,
            plot,
            ChartFile.Height,
            $"Bars of the mean ({result.LeadTime.Mean:F0} s), median ({result.LeadTimeP50.Mean:F0} s) and 95th percentile ({result.LeadTimeP95.Mean:F0} s) lead time, each with its 95% confidence interval.");
    }
}
