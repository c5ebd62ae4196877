using LineSim.Results;
using ScottPlot;

namespace LineSim.Plots;

/// <summary>How the lead times of all replications spread: the share of parts in each bin, with the mean marked.</summary>
internal static class LeadTimeHistogramChart
{
    public const string Name = "lead-time-histogram";

    public static bool HasData(SimulationResult result) => result.LeadTimeHistogram.Length > 0;

    public static Chart Create(SimulationResult result)
    {
        Plot plot = ChartFile.Create($"Lead-time distribution: {result.Scenario}", "Lead time (s)", "Share of parts (%)");
        long total = 0;
        foreach (HistogramBin bin in result.LeadTimeHistogram)
        {
            total += bin.Count;
        }

        var bars = new List<Bar>(result.LeadTimeHistogram.Length);
        foreach (HistogramBin bin in result.LeadTimeHistogram)
        {
            double width = Math.Max(bin.To - bin.From, 1e-9);
            bars.Add(new Bar
            {
                Position = (bin.From + bin.To) / 2,
                Value = total == 0 ? 0 : 100.0 * bin.Count / total,
                Size = width * 0.95,
                FillColor = ChartColors.Blocked,
                LineWidth = 0,
            });
        }

        plot.Add.Bars(bars);
        plot.Legend.ManualItems.Add(ChartFile.Swatch("Parts (all replications; longest 1% left out)", ChartColors.Blocked));

        var mean = plot.Add.VerticalLine(result.LeadTime.Mean);
        mean.Color = ChartColors.Estimate;
        mean.LineWidth = 2;
        mean.LegendText = $"Mean {result.LeadTime.Mean:F0} s";

        var p95 = plot.Add.VerticalLine(result.LeadTimeP95.Mean);
        p95.Color = ChartColors.Down;
        p95.LineWidth = 2;
        p95.LegendText = $"95th percentile {result.LeadTimeP95.Mean:F0} s";

        plot.Axes.Margins(bottom: 0);
        ChartFile.LegendOutside(plot);
        return new Chart(
            Name,
            plot,
            ChartFile.Height,
            $"A histogram of the share of parts by lead time over all replications (the longest 1% left out), with the mean ({result.LeadTime.Mean:F0} s) and the 95th percentile ({result.LeadTimeP95.Mean:F0} s) marked.");
    }
}
