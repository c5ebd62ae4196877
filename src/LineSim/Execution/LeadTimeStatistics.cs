using HdrHistogram;

namespace LineSim.Execution;

/// <summary>
/// Streams the lead times of parts leaving the line: the mean exactly, the median and 95th percentile from an HDR
/// histogram with three significant digits (within 0.1%, or 0.1 s for lead times under 205 s), in memory independent
/// of the number of parts.
/// </summary>
/// <remarks>
/// Lead times are recorded in tenths of a second, up to <see cref="HighestLeadTime"/> seconds (longer ones are
/// counted at that value), so that the histogram stays under 85,000 bytes: a small object, cheap to make for each
/// replication, where a large one would cost a full garbage collection now and then. Unlike a P² estimator, the
/// histogram's percentiles carry no bias from correlated successive values.
/// </remarks>
internal sealed class LeadTimeStatistics
{
    /// <summary>The longest lead time the percentiles can report, in seconds: about 115 days.</summary>
    public const double HighestLeadTime = 1e7;

    private const double UnitsPerSecond = 10;

    private readonly IntHistogram _histogram = new((long)(HighestLeadTime * UnitsPerSecond), 3);
    private double _sum;
    private double _min = double.PositiveInfinity;
    private double _max = double.NegativeInfinity;

    public long Count { get; private set; }

    public double Mean => Count > 0 ? _sum / Count : double.NaN;

    public double Median => Percentile(50);

    public double Percentile95 => Percentile(95);

    public void Add(double leadTime)
    {
        _sum += leadTime;
        Count++;
        _min = Math.Min(_min, leadTime);
        _max = Math.Max(_max, leadTime);
        _histogram.RecordValue((long)Math.Round(Math.Min(leadTime, HighestLeadTime) * UnitsPerSecond));
    }

    public void Clear()
    {
        _sum = 0;
        Count = 0;
        _min = double.PositiveInfinity;
        _max = double.NegativeInfinity;
        _histogram.Reset();
    }

    /// <summary>The histogram's percentile, which is exact to its bucket; no percentile lies outside the values seen.</summary>
    private double Percentile(double percentile) =>
        Count > 0 ? Math.Clamp(_histogram.GetValueAtPercentile(percentile) / UnitsPerSecond, _min, _max) : double.NaN;
}
