namespace LineSim.Model;

/// <summary>Triangular durations on [min, max] peaking at mode.</summary>
internal sealed class TriangularDistribution(double min, double mode, double max) : Distribution
{
    public double Min => min;

    public double Mode => mode;

    public double Max => max;

    public override double Mean => (min + mode + max) / 3;

    public override double StandardDeviation =>
        Math.Sqrt(((min * min) + (mode * mode) + (max * max) - (min * mode) - (min * max) - (mode * max)) / 18);

    public override double Sample(Random random) => MathNet.Numerics.Distributions.Triangular.Sample(random, min, max, mode);

    public override string ToString() => $"triangular(min {F(min)}, mode {F(mode)}, max {F(max)})";
}
