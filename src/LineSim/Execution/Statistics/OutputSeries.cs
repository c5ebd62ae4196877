using System.Collections.Immutable;

namespace LineSim.Execution.Statistics;

/// <summary>
/// Counts the parts leaving the line in consecutive intervals of the observation window: interval k covers
/// (start + k x interval, start + (k + 1) x interval], the last one ending with the window. Memory grows with the number
/// of intervals, never with the number of parts.
/// </summary>
internal sealed class OutputSeries(double start, double interval, double? duration)
{
    /// <summary>The series over the options' window; <see langword="null"/> when the options ask for no intervals.</summary>
    public static OutputSeries? For(SimulationOptions options) =>
        options.OutputInterval is { } interval ? new OutputSeries(options.Warmup, interval, options.Duration) : null;

    /// <summary>The length of each interval, in seconds.</summary>
    public double Interval => interval;

    private long[] _counts = new long[duration is { } d ? Math.Max(1, (int)Math.Min(Math.Ceiling(d / interval), 1 << 20)) : 64];
    private int _used;

    /// <summary>A part left the line at <paramref name="time"/>, inside the window.</summary>
    public void Add(double time)
    {
        int bin = Math.Max(0, (int)Math.Ceiling((time - start) / interval) - 1);
        if (bin >= _counts.Length)
        {
            Array.Resize(ref _counts, Math.Max(bin + 1, _counts.Length * 2));
        }

        _counts[bin]++;
        _used = Math.Max(_used, bin + 1);
    }

    /// <summary>The counts of every interval up to <paramref name="end"/>, the end of the window.</summary>
    public ImmutableArray<long> ToImmutable(double end)
    {
        int intervals = Math.Max(_used, (int)Math.Ceiling((end - start) / interval));
        var counts = new long[intervals];
        Array.Copy(_counts, counts, Math.Min(intervals, _counts.Length));
        return ImmutableArray.Create(counts);
    }
}
