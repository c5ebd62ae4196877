using System.Collections.Immutable;
using HdrHistogram.Iteration;
using HdrHistogram;
using LineSim.Results;

namespace LineSim.Execution.Statistics;

/// <summary>
/// The lead times of every replication together, merged from their histograms as replications finish; the counts are
/// sums, so the merge order, and so the number of threads, does not change them.
/// </summary>
internal sealed class LeadTimeDistribution
{
    private const int Bins = 40;

    private readonly LongHistogram _histogram = new((long)(LeadTimeStatistics.HighestLeadTime * LeadTimeStatistics.UnitsPerSecond), 3);
    private readonly Lock _lock = new();
    private double _min = double.PositiveInfinity;
    private double _max = double.NegativeInfinity;

    /// <summary>Counts one replication's lead times with the others'.</summary>
    public void Add(LeadTimeStatistics replication)
    {
        lock (_lock)
        {
            _histogram.Add(replication.Histogram);
            _min = Math.Min(_min, replication.Min);
            _max = Math.Max(_max, replication.Max);
        }
    }

    /// <summary>
    /// Forty bins of equal width from the shortest lead time to the 99th percentile of all of them; the longest 1% (and
    /// lead times beyond the histogram's range) are left out, so that a long tail does not squash the bins.
    /// </summary>
    public ImmutableArray<HistogramBin> ToBins()
    {
        if (_histogram.TotalCount == 0)
        {
            return [];
        }

        double from = _min;
        double to = Math.Min(_max, _histogram.GetValueAtPercentile(99) / LeadTimeStatistics.UnitsPerSecond);
        if (to <= from)
        {
            return [new HistogramBin(from, from, _histogram.TotalCount)];
        }

        double width = (to - from) / Bins;
        var counts = new long[Bins];
        foreach (HistogramIterationValue value in _histogram.RecordedValues())
        {
            double seconds = Math.Clamp(value.ValueIteratedTo / LeadTimeStatistics.UnitsPerSecond, _min, _max);
            if (seconds <= to)
            {
                counts[Math.Clamp((int)Math.Ceiling((seconds - from) / width) - 1, 0, Bins - 1)] += value.CountAtValueIteratedTo;
            }
        }

        var bins = ImmutableArray.CreateBuilder<HistogramBin>(Bins);
        for (int b = 0; b < Bins; b++)
        {
            bins.Add(new HistogramBin(from + (b * width), from + ((b + 1) * width), counts[b]));
        }

        return bins.MoveToImmutable();
    }
}
