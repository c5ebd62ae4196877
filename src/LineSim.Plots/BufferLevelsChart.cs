using LineSim.Results;
using ScottPlot;

namespace LineSim.Plots;

/// <summary>
/// Each buffer's time-average level interval by interval over the observation window, in a row of its own named
/// "source -> target" (small multiples: readable for any number of buffers, without a legend to cover the data); each
/// row runs from empty at its foot to full at its head.
/// </summary>
internal static class BufferLevelsChart
{
    public const string Name = "buffer-levels";

    /// <summary>The most points a row draws; longer series are averaged over consecutive intervals.</summary>
    private const int MaxPoints = 400;

    /// <summary>The share of a row's height its level may fill, leaving a gap to the next row.</summary>
    private const double RowFill = 0.8;

    public static IReadOnlyList<BufferSummary> Buffers(SimulationResult result) =>
        [.. BufferNames.WithRoom(result).Where(buffer => buffer.AverageLevelOverTime.Length > 0)];

    public static Chart Create(SimulationResult result)
    {
        double interval = result.OutputInterval!.Value;
        IReadOnlyList<BufferSummary> buffers = Buffers(result);
        int n = buffers.Count;
        TimeAxis axis = TimeAxis.For(buffers[0].AverageLevelOverTime.Length * interval);
        Plot plot = ChartFile.Create(
            $"Buffer levels over time: {result.Scenario}",
            $"Time since the end of the warm-up ({axis.Unit})",
            "Buffer: average level, from empty to full");
        var labels = new string[n];
        double end = 0;
        for (int b = 0; b < n; b++)
        {
            BufferSummary buffer = buffers[b];
            double[] levels = Averaged(buffer.AverageLevelOverTime, out int perPoint);
            double scale = buffer.Capacity == int.MaxValue ? Math.Max(1, levels.Max()) : buffer.Capacity;
            double foot = ChartFile.RowPosition(b, n) - (RowFill / 2);
            var time = new double[levels.Length];
            var head = new double[levels.Length];
            var floor = new double[levels.Length];
            for (int k = 0; k < levels.Length; k++)
            {
                time[k] = (k + 1) * perPoint * interval / axis.Seconds;
                head[k] = foot + (RowFill * Math.Min(1, levels[k] / scale));
                floor[k] = foot;
            }

            end = Math.Max(end, time[^1]);
            var fill = plot.Add.FillY(time, floor, head);
            fill.FillColor = ChartColors.Partly;
            fill.LineWidth = 0;
            var line = plot.Add.Scatter(time, head);
            line.Color = ChartColors.Blocked;
            line.LineWidth = 1.2f;
            line.MarkerSize = 0;
            var full = plot.Add.HorizontalLine(foot + RowFill);
            full.Color = Colors.Gray.WithAlpha(0.5);
            full.LineWidth = 1;
            labels[b] = $"{BufferNames.Of(buffer)} ({(buffer.Capacity == int.MaxValue ? "unlimited, scaled to its highest level" : BufferNames.Capacity(buffer))})";
        }

        ChartFile.Rows(plot, labels);
        plot.Axes.SetLimitsX(0, end);
        return new Chart(
            Name,
            plot,
            ChartFile.HeightFor(n),
            $"One row per buffer with room for parts, in flow order: its average level {Per(interval)} over the observation window, each row from empty at its foot to full at its head.");
    }

    private static string Per(double interval) => interval == 3_600 ? "hour by hour" : $"in intervals of {TimeAxis.Words(interval)}";

    /// <summary>The means of the series, averaged over runs of consecutive intervals so that at most <see cref="MaxPoints"/> remain.</summary>
    private static double[] Averaged(System.Collections.Immutable.ImmutableArray<Estimate> series, out int perPoint)
    {
        perPoint = (series.Length + MaxPoints - 1) / MaxPoints;
        var points = new double[(series.Length + perPoint - 1) / perPoint];
        for (int p = 0; p < points.Length; p++)
        {
            int from = p * perPoint;
            int to = Math.Min(series.Length, from + perPoint);
            double sum = 0;
            for (int k = from; k < to; k++)
            {
                sum += series[k].Mean;
            }

            points[p] = sum / (to - from);
        }

        return points;
    }
}
