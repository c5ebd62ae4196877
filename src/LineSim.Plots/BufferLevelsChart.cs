using LineSim.Results;
using ScottPlot;

namespace LineSim.Plots;

/// <summary>Each buffer's time-average level interval by interval over the observation window, one line per buffer.</summary>
internal static class BufferLevelsChart
{
    public const string Name = "buffer-levels";

    private static readonly Color[] s_palette =
    [
        ChartColors.Blocked, ChartColors.Working, ChartColors.Starved, ChartColors.Down, ChartColors.Estimate,
        Color.FromHex("#6A1B9A"), Color.FromHex("#00838F"), Color.FromHex("#EF6C00"),
    ];

    public static IReadOnlyList<BufferSummary> Buffers(SimulationResult result)
    {
        var buffers = new List<BufferSummary>();
        if (result.InputBuffer is { AverageLevelOverTime.Length: > 0 } input)
        {
            buffers.Add(input);
        }

        foreach (BufferSummary buffer in result.Buffers)
        {
            if (buffer.Capacity > 0 && buffer.AverageLevelOverTime.Length > 0)
            {
                buffers.Add(buffer);
            }
        }

        return buffers;
    }

    public static Plot Create(SimulationResult result)
    {
        double interval = result.OutputInterval!.Value;
        Plot plot = ChartFile.Create(
            $"Buffer levels over time: {result.Scenario}",
            "Time since the end of the warm-up (h)",
            "Average level (parts waiting)");
        IReadOnlyList<BufferSummary> buffers = Buffers(result);
        double highest = 1;
        for (int b = 0; b < buffers.Count; b++)
        {
            BufferSummary buffer = buffers[b];
            int n = buffer.AverageLevelOverTime.Length;
            var time = new double[n];
            var level = new double[n];
            for (int k = 0; k < n; k++)
            {
                time[k] = (k + 1) * interval / 3_600;
                level[k] = buffer.AverageLevelOverTime[k].Mean;
                highest = Math.Max(highest, level[k]);
            }

            var line = plot.Add.Scatter(time, level);
            line.Color = s_palette[b % s_palette.Length];
            line.LineWidth = 1.5f;
            line.MarkerSize = n <= 60 ? 4 : 0;
            string capacity = buffer.Capacity == int.MaxValue ? "unlimited" : $"capacity {buffer.Capacity}";
            line.LegendText = buffer.After is null ? $"Input buffer before {buffer.Before} ({capacity})" : $"{buffer.After} to {buffer.Before} ({capacity})";
        }

        plot.Axes.SetLimits(0, buffers[0].AverageLevelOverTime.Length * interval / 3_600, 0, highest * 1.35);
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }
}
