using LineSim.Results;
using ScottPlot;

namespace LineSim.Plots;

/// <summary>Per buffer with room for parts, stacked bars of the share of time empty, partly filled and full, labelled with the average level.</summary>
internal static class BufferOccupancyChart
{
    public const string Name = "buffer-occupancy";

    public static List<BufferSummary> Buffers(SimulationResult result)
    {
        var buffers = new List<BufferSummary>();
        if (result.InputBuffer is { } input)
        {
            buffers.Add(input);
        }

        foreach (BufferSummary buffer in result.Buffers)
        {
            // A buffer of capacity 0 is always both empty and full: nothing to show.
            if (buffer.Capacity > 0)
            {
                buffers.Add(buffer);
            }
        }

        return buffers;
    }

    public static Plot Create(SimulationResult result)
    {
        List<BufferSummary> buffers = Buffers(result);
        Plot plot = ChartFile.Create($"Buffer occupancy: {result.Scenario}", "Buffer (before station, in flow order)", "Share of time (%)");
        var bars = new List<Bar>();
        var labels = new string[buffers.Count];
        for (int i = 0; i < buffers.Count; i++)
        {
            BufferSummary buffer = buffers[i];
            labels[i] = buffer.After is null ? $"input -> {buffer.Before}" : $"-> {buffer.Before}";
            double empty = 100 * buffer.EmptyFraction.Mean;
            double full = 100 * buffer.FullFraction.Mean;
            string capacity = buffer.Capacity == int.MaxValue ? "unlimited" : buffer.Capacity.ToString(System.Globalization.CultureInfo.InvariantCulture);
            bars.Add(new Bar { Position = i, ValueBase = 0, Value = empty, FillColor = ChartColors.Starved, LineWidth = 0, Size = 0.6 });
            bars.Add(new Bar { Position = i, ValueBase = empty, Value = 100 - full, FillColor = ChartColors.Partly, LineWidth = 0, Size = 0.6 });
            bars.Add(new Bar
            {
                Position = i,
                ValueBase = 100 - full,
                Value = 100,
                FillColor = ChartColors.Blocked,
                LineWidth = 0,
                Size = 0.6,
                Label = $"avg {buffer.AverageLevel.Mean:F1} of {capacity}",
            });
        }

        plot.Add.Bars(bars);
        ChartFile.Categories(plot, labels);
        plot.Axes.SetLimitsY(0, 115);
        plot.ShowLegend(
            [
                ChartFile.Swatch("Empty", ChartColors.Starved),
                ChartFile.Swatch("Partly filled", ChartColors.Partly),
                ChartFile.Swatch("Full", ChartColors.Blocked),
            ],
            Alignment.UpperRight);
        plot.Legend.Orientation = Orientation.Horizontal;
        return plot;
    }
}
