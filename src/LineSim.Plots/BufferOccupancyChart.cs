using System.Globalization;
using LineSim.Results;
using ScottPlot;

namespace LineSim.Plots;

/// <summary>
/// Per buffer with room for parts, one row down the chart named "source -> target", stacked bars of the share of time
/// empty, partly filled and full, and the average level beside the bar.
/// </summary>
internal static class BufferOccupancyChart
{
    public const string Name = "buffer-occupancy";

    /// <summary>The share of the horizontal axis beyond 100% where the average levels are written.</summary>
    private const double LabelRoom = 28;

    public static List<BufferSummary> Buffers(SimulationResult result) => BufferNames.WithRoom(result);

    public static Chart Create(SimulationResult result)
    {
        List<BufferSummary> buffers = Buffers(result);
        int n = buffers.Count;
        Plot plot = ChartFile.Create($"Buffer occupancy: {result.Scenario}", "Share of time (%)", "Buffer (in flow order)");
        var bars = new List<Bar>();
        var labels = new string[n];
        for (int i = 0; i < n; i++)
        {
            BufferSummary buffer = buffers[i];
            double row = ChartFile.RowPosition(i, n);
            labels[i] = BufferNames.Of(buffer) + (buffer.IsConveyor ? " (conveyor)" : string.Empty);
            double empty = 100 * buffer.EmptyFraction.Mean;
            double full = 100 * buffer.FullFraction.Mean;
            bars.Add(new Bar { Position = row, ValueBase = 0, Value = empty, FillColor = ChartColors.Starved, LineWidth = 0, Size = 0.7 });
            bars.Add(new Bar { Position = row, ValueBase = empty, Value = 100 - full, FillColor = ChartColors.Partly, LineWidth = 0, Size = 0.7 });
            bars.Add(new Bar { Position = row, ValueBase = 100 - full, Value = 100, FillColor = ChartColors.Blocked, LineWidth = 0, Size = 0.7 });
            string capacity = buffer.Capacity == int.MaxValue ? "unlimited" : buffer.Capacity.ToString(CultureInfo.InvariantCulture);
            var level = plot.Add.Text($"avg {buffer.AverageLevel.Mean.ToString("F1", CultureInfo.InvariantCulture)} of {capacity}", 101.5, row);
            level.Alignment = Alignment.MiddleLeft;
            level.LabelFontName = ChartFile.Font;
            level.LabelFontSize = 12;
        }

        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        ChartFile.Rows(plot, labels);
        plot.Axes.SetLimitsX(0, 100 + LabelRoom);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, 6).Select(k => new Tick(20 * k, (20 * k).ToString(CultureInfo.InvariantCulture)))]);
        plot.Legend.ManualItems.Add(ChartFile.Swatch("Empty", ChartColors.Starved));
        plot.Legend.ManualItems.Add(ChartFile.Swatch("Partly filled", ChartColors.Partly));
        plot.Legend.ManualItems.Add(ChartFile.Swatch("Full", ChartColors.Blocked));
        ChartFile.LegendOutside(plot);
        return new Chart(
            Name,
            plot,
            ChartFile.HeightFor(n),
            "Stacked bars, one per buffer with room for parts in flow order, of the share of time each buffer was empty, partly filled and full, with its average level beside it.");
    }
}
