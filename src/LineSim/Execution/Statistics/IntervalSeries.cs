using System.Collections.Immutable;

namespace LineSim.Execution.Statistics;

/// <summary>
/// Integrates a piecewise-constant quantity (a buffer's level) over consecutive intervals of the observation window,
/// as <see cref="OutputSeries"/> counts parts: interval k covers (start + k x interval, start + (k + 1) x interval].
/// </summary>
internal sealed class IntervalSeries(double start, double interval, double? duration)
{
    private double[] _areas = new double[duration is { } d ? Math.Max(1, (int)Math.Min(Math.Ceiling(d / interval), 1 << 20)) : 64];

    /// <summary>One series per link (link j is the buffer before station j) over the options' window; <see langword="null"/> when the options ask for no intervals.</summary>
    public static IntervalSeries[]? ForLinks(int links, SimulationOptions options)
    {
        if (options.OutputInterval is not { } interval)
        {
            return null;
        }

        var series = new IntervalSeries[links];
        for (int j = 0; j < links; j++)
        {
            series[j] = new IntervalSeries(options.Warmup, interval, options.Duration);
        }

        return series;
    }

    /// <summary>The quantity was <paramref name="value"/> from <paramref name="from"/> to <paramref name="to"/>; what lies before the window is left out.</summary>
    public void Add(double from, double to, double value)
    {
        from = Math.Max(from, start);
        if (to <= from || value == 0)
        {
            return;
        }

        int last = Math.Max(0, (int)Math.Ceiling((to - start) / interval) - 1);
        if (last >= _areas.Length)
        {
            Array.Resize(ref _areas, Math.Max(last + 1, _areas.Length * 2));
        }

        for (int k = Math.Max(0, (int)Math.Floor((from - start) / interval)); k <= last; k++)
        {
            double lower = Math.Max(from, start + (k * interval));
            double upper = Math.Min(to, start + ((k + 1) * interval));
            if (upper > lower)
            {
                _areas[k] += value * (upper - lower);
            }
        }
    }

    /// <summary>The time-average of the quantity in every interval up to <paramref name="end"/>, the end of the window.</summary>
    public ImmutableArray<double> Averages(double end)
    {
        int intervals = (int)Math.Ceiling((end - start) / interval);
        var averages = new double[intervals];
        for (int k = 0; k < intervals; k++)
        {
            double length = Math.Min(interval, end - start - (k * interval));
            averages[k] = k < _areas.Length && length > 0 ? _areas[k] / length : 0;
        }

        return ImmutableArray.Create(averages);
    }
}
