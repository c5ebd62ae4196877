using LineSim.Results;

namespace LineSim.Plots.Html;

/// <summary>Each buffer and conveyor: how often it was empty, partly filled and full, its level over time, and a table; the deliveries a scheduled supply held back.</summary>
internal sealed class BuffersSection : IReportSection
{
    public string Id => "buffers";

    public string Title => "Buffers";

    public bool AppliesTo(ReportContext context) => context.Result.InputBuffer is not null || context.Result.Buffers.Length > 0;

    public void Write(ReportContext context, HtmlWriter html)
    {
        SimulationResult result = context.Result;
        if (BufferOccupancyChart.Buffers(result).Count > 0)
        {
            html.Figure(BufferOccupancyChart.Create(result), "buffer-occupancy");
        }

        if (BufferLevelsChart.Buffers(result).Count > 0)
        {
            html.Figure(BufferLevelsChart.Create(result), "buffer-levels");
        }

        var buffers = new List<BufferSummary>();
        if (result.InputBuffer is { } input)
        {
            buffers.Add(input);
        }

        buffers.AddRange(result.Buffers);
        html.Table(
            "Per buffer and conveyor, in flow order: its capacity, average level, and the share of time full and empty",
            ["Buffer", "Kind", "Capacity", "Average level", "Full", "Empty"],
            [false, false, true, true, true, true],
            buffers.Select(buffer => (IReadOnlyList<string>)
            [
                BufferNames.Of(buffer),
                buffer.IsConveyor ? "conveyor" : "buffer",
                buffer.Capacity == int.MaxValue ? "unlimited" : Numbers.Whole(buffer.Capacity),
                Numbers.Estimate(buffer.AverageLevel, 2),

                // A buffer of capacity 0 is at once full and empty; its fractions say nothing.
                buffer.Capacity == 0 ? "-" : Numbers.Percent(buffer.FullFraction.Mean),
                buffer.Capacity == 0 ? "-" : Numbers.Percent(buffer.EmptyFraction.Mean),
            ]));
        foreach (BufferSummary buffer in buffers)
        {
            if (buffer.HeldBack.Mean > 0)
            {
                html.Element("p", $"Deliveries held back by the full input buffer of {buffer.Before}: {Numbers.Estimate(buffer.HeldBack, 1)} per replication (each entered later; none lost).", "note");
            }
        }
    }
}
