namespace LineSim.Model;

/// <summary>Gamma durations by shape and scale.</summary>
internal sealed class GammaDistribution(double shape, double scale) : Distribution
{
    private readonly double _rate = 1.0 / scale;

    public double Shape { get; } = shape;

    public double Scale { get; } = scale;

    public override double Mean => Shape * Scale;

    public override double StandardDeviation => Math.Sqrt(Shape) * Scale;

    public override double Sample(Random random) => MathNet.Numerics.Distributions.Gamma.Sample(random, Shape, _rate);

    public override string ToString() => $"gamma(shape {F(Shape)}, scale {F(Scale)})";
}
