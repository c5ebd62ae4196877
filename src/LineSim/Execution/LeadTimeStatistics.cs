using MathNet.Numerics.Statistics;
using Perfolizer.Mathematics.QuantileEstimators;
using Pragmastat;

namespace LineSim.Execution;

/// <summary>
/// Streams the lead times of parts leaving the line: mean by <see cref="RunningStatistics"/>, median and 95th
/// percentile by the extended P² estimator, in memory independent of the number of parts.
/// </summary>
internal sealed class LeadTimeStatistics
{
    private static readonly Probability[] s_probabilities = [new(0.5), new(0.95)];

    private RunningStatistics _moments = new();
    private ExtendedP2QuantileEstimator _quantiles = new(s_probabilities);

    public long Count => _moments.Count;

    public double Mean => Count > 0 ? _moments.Mean : double.NaN;

    public double Median => Count > 0 ? _quantiles.Quantile(s_probabilities[0]) : double.NaN;

    public double Percentile95 => Count > 0 ? _quantiles.Quantile(s_probabilities[1]) : double.NaN;

    public void Add(double leadTime)
    {
        _moments.Push(leadTime);
        _quantiles.Add(leadTime);
    }

    public void Clear()
    {
        _moments = new RunningStatistics();
        _quantiles = new ExtendedP2QuantileEstimator(s_probabilities);
    }
}
