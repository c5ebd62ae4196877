using MathNet.Numerics;

namespace LineSim.Model;

/// <summary>Weibull durations by shape and scale.</summary>
internal sealed class WeibullDistribution(double shape, double scale) : Distribution
{
    public double Shape { get; } = shape;

    public double Scale { get; } = scale;

    public override double Mean => Scale * SpecialFunctions.Gamma(1 + (1 / Shape));

    public override double StandardDeviation =>
        Scale * Math.Sqrt(SpecialFunctions.Gamma(1 + (2 / Shape)) - Math.Pow(SpecialFunctions.Gamma(1 + (1 / Shape)), 2));

    public override double Sample(Random random) => MathNet.Numerics.Distributions.Weibull.Sample(random, Shape, Scale);

    public override string ToString() => $"weibull(shape {F(Shape)}, scale {F(Scale)})";
}
