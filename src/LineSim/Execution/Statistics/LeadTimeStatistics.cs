using HdrHistogram;

namespace LineSim.Execution.Statistics;

/// <summary>
/// Streams the lead times of parts leaving the line: the mean exactly, the median and 95th percentile from an HDR
/// histogram with three significant digits (within 0.1%, or 0.1 s for lead times under 205 s), in memory independent
/// of the number of parts.
/// </summary>
/// <remarks>
/// Lead times are recorded in tenths of a second, up to <see cref="HighestLeadTime"/> seconds (percentiles that fall
/// among longer ones are NaN), so that the histogram stays under 85,000 bytes: a small object, cheap to make for each
/// replication, where a large one would cost a full garbage collection now and then. Unlike a P² estimator, the
/// histogram's percentiles carry no bias from correlated successive values.
/// </remarks>
internal sealed class LeadTimeStatistics
{
    /// <summary>The longest lead time the percentiles can report, in seconds: about 115 days.</summary>
    public const double HighestLeadTime = 1e7;

    /// <summary>Lead times are recorded in tenths of a second.</summary>
    public const double UnitsPerSecond = 10;

    private readonly IntHistogram _histogram = new((long)(HighestLeadTime * UnitsPerSecond), 3);
    private double _sum;
    private double _min = double.PositiveInfinity;
    private double _max = double.NegativeInfinity;

    public long Count { get; private set; }

    /// <summary>The counts behind the percentiles, for merging replications (<see cref="LeadTimeDistribution"/>).</summary>
    public HistogramBase Histogram => _histogram;

    public double Mean => Count > 0 ? _sum / Count : double.NaN;

    public double Median => Percentile(50);

    public double Percentile95 => Percentile(95);

    /// <summary>The shortest lead time recorded, in seconds; +infinity when none was.</summary>
    public double Min => _min;

    /// <summary>The longest lead time recorded, in seconds; -infinity when none was.</summary>
    public double Max => _max;

    public void Add(double leadTime)
    {
        _sum += leadTime;
        Count++;
        _min = Math.Min(_min, leadTime);
        _max = Math.Max(_max, leadTime);
        _histogram.RecordValue(HistogramValue(leadTime));
    }

    /// <summary>What the histogram records for <paramref name="leadTime"/>: tenths of a second, rounded half to even.</summary>
    public static long HistogramValue(double leadTime) => (long)Math.Round(Math.Min(leadTime, HighestLeadTime) * UnitsPerSecond);

    /// <summary>
    /// Adds <paramref name="count"/> lead times whose <see cref="HistogramValue"/>s were recorded in <see cref="Histogram"/>
    /// one by one (the lane engine keeps the rest in vector registers): their sum, added in their order, shortest and longest.
    /// </summary>
    public void AddRecorded(long count, double sum, double min, double max)
    {
        _sum += sum;
        Count += count;
        _min = Math.Min(_min, min);
        _max = Math.Max(_max, max);
    }

    /// <summary>
    /// The histogram's percentile, which is exact to its bucket, and never outside the values seen; NaN when it lies
    /// among the lead times beyond <see cref="HighestLeadTime"/>, which the histogram cannot tell apart.
    /// </summary>
    private double Percentile(double percentile)
    {
        if (Count == 0)
        {
            return double.NaN;
        }

        double value = _histogram.GetValueAtPercentile(percentile) / UnitsPerSecond;
        return value >= HighestLeadTime ? double.NaN : Math.Clamp(value, _min, _max);
    }
}
