namespace LineSim.Model;

/// <summary>Uniform durations on [min, max].</summary>
internal sealed class UniformDistribution(double min, double max) : Distribution
{
    public double Min => min;

    public double Max => max;

    public override double Mean => (min + max) / 2;

    public override double StandardDeviation => (max - min) / Math.Sqrt(12);

    public override double Sample(Random random) => MathNet.Numerics.Distributions.ContinuousUniform.Sample(random, min, max);

    public override string ToString() => $"uniform(min {F(min)}, max {F(max)})";
}
