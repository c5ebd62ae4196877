using LineSim.Results;
using ScottPlot;

namespace LineSim.Plots;

/// <summary>
/// Per station, one row down the chart from the likeliest bottleneck, stacked bars of the share of working time it was
/// the sole and a shifting bottleneck by the active period method, the sole share with its 95% interval.
/// </summary>
internal static class BottleneckChart
{
    public const string Name = "bottlenecks";

    public static bool HasData(SimulationResult result) => !result.Bottlenecks.IsEmpty;

    public static Chart Create(SimulationResult result)
    {
        int n = result.Bottlenecks.Length;
        Plot plot = ChartFile.Create($"Bottlenecks (active period method): {result.Scenario}", "Share of working time (%)", "Station (likeliest bottleneck first)");
        var bars = new List<Bar>();
        var labels = new string[n];
        for (int i = 0; i < n; i++)
        {
            BottleneckSummary bottleneck = result.Bottlenecks[i];
            labels[i] = bottleneck.Station;
            double sole = 100 * bottleneck.Sole.Mean;
            double shifting = 100 * bottleneck.Shifting.Mean;
            double error = double.IsNaN(bottleneck.Sole.HalfWidth) ? 0 : 100 * bottleneck.Sole.HalfWidth;
            double position = ChartFile.RowPosition(i, n);
            bars.Add(new Bar { Position = position, ValueBase = 0, Value = sole, FillColor = ChartColors.Down, LineWidth = 0, Size = 0.7, Error = error });
            bars.Add(new Bar { Position = position, ValueBase = sole, Value = sole + shifting, FillColor = ChartColors.Down.WithAlpha(0.4), LineWidth = 0, Size = 0.7 });
        }

        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        ChartFile.Rows(plot, labels);
        double top = n == 0 ? 100 : result.Bottlenecks.Max(b => 100 * (b.Sole.Mean + b.Shifting.Mean + (double.IsNaN(b.Sole.HalfWidth) ? 0 : b.Sole.HalfWidth)));
        plot.Axes.SetLimitsX(0, Math.Min(100, Math.Max(10, top * 1.1)));
        plot.Legend.ManualItems.Add(ChartFile.Swatch("Sole bottleneck", ChartColors.Down));
        plot.Legend.ManualItems.Add(ChartFile.Swatch("Shifting bottleneck", ChartColors.Down.WithAlpha(0.4)));
        ChartFile.LegendOutside(plot);
        string first = n == 0 ? "no station" : result.Bottlenecks[0].Station;
        return new Chart(
            Name,
            plot,
            ChartFile.HeightFor(n),
            $"Stacked bars, one per station with the likeliest bottleneck ({first}) first, of the share of working time each station was the sole bottleneck (with its 95% interval) and a shifting bottleneck, by the active period method.");
    }
}
