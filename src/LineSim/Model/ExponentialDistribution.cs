namespace LineSim.Model;

/// <summary>Exponential durations, drawn by MathNet.Numerics.</summary>
internal sealed class ExponentialDistribution(double mean) : Distribution
{
    private readonly double _rate = 1.0 / mean;

    public override double Mean { get; } = mean;

    public override double StandardDeviation => Mean;

    public override double Sample(Random random) => MathNet.Numerics.Distributions.Exponential.Sample(random, _rate);

    public override string ToString() => $"exponential(mean {F(Mean)})";
}
