using LineSim.Model;

namespace LineSim.Analysis;

/// <summary>
/// Another distribution's draws times a factor, from the same random numbers: a station made faster keeps its stream,
/// so that the runs before and after compare on common random numbers.
/// </summary>
internal sealed class ScaledDistribution(Distribution inner, double factor) : Distribution
{
    public override double Mean => inner.Mean * factor;

    public override double StandardDeviation => inner.StandardDeviation * factor;

    public override double Sample(Random random) => inner.Sample(random) * factor;

    /// <summary><paramref name="distribution"/> times <paramref name="by"/>; an exponential or a constant stays one, which the engines draw fastest.</summary>
    public static Distribution Of(Distribution distribution, double by) => distribution switch
    {
        ExponentialDistribution exponential => Distribution.Exponential(exponential.Mean * by),
        ConstantDistribution constant => Distribution.Constant(constant.Mean * by),
        _ => new ScaledDistribution(distribution, by),
    };

    public override string ToString() => $"{inner} x {F(factor)}";
}
