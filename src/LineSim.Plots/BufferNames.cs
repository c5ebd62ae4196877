using LineSim.Results;

namespace LineSim.Plots;

/// <summary>How charts and reports name a buffer: where its parts come from and where they go.</summary>
internal static class BufferNames
{
    /// <summary><c>Underbody weld 2 -> Framing</c>; <c>arrivals -> Load</c> for an input buffer fed by arrivals.</summary>
    public static string Of(BufferSummary buffer) => $"{buffer.After ?? "arrivals"} -> {buffer.Before}";

    /// <summary>Its capacity in words: <c>capacity 3</c>, or <c>unlimited</c>.</summary>
    public static string Capacity(BufferSummary buffer) =>
        buffer.Capacity == int.MaxValue ? "unlimited" : $"capacity {buffer.Capacity.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>Every buffer with room for parts, the line's input buffer first (a buffer of capacity 0 is at once empty and full: nothing to show).</summary>
    public static List<BufferSummary> WithRoom(SimulationResult result)
    {
        var buffers = new List<BufferSummary>();
        if (result.InputBuffer is { } input)
        {
            buffers.Add(input);
        }

        foreach (BufferSummary buffer in result.Buffers)
        {
            if (buffer.Capacity > 0)
            {
                buffers.Add(buffer);
            }
        }

        return buffers;
    }
}
