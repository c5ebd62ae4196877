using System.Collections.Immutable;

namespace LineSim.Model;

/// <summary>Resamples observed durations, each equally likely.</summary>
internal sealed class EmpiricalDistribution : Distribution
{
    private readonly double[] _values;

    public EmpiricalDistribution(ImmutableArray<double> values)
    {
        _values = [.. values];
        Mean = MathNet.Numerics.Statistics.ArrayStatistics.Mean(_values);
        StandardDeviation = _values.Length > 1 ? MathNet.Numerics.Statistics.ArrayStatistics.PopulationStandardDeviation(_values) : 0;
    }

    /// <summary>The observed values, in the order given.</summary>
    public ReadOnlySpan<double> Values => _values;

    public override double Mean { get; }

    public override double StandardDeviation { get; }

    public override double Sample(Random random) => _values[random.Next(_values.Length)];

    public override string ToString() => $"empirical({_values.Length} values, mean {F(Mean)})";
}
