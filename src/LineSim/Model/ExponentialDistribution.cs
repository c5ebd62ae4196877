using LineSim.RandomNumbers;

namespace LineSim.Model;

/// <summary>Exponential durations, drawn by the ziggurat method.</summary>
internal sealed class ExponentialDistribution(double mean) : Distribution
{
    public override double Mean { get; } = mean;

    public override double StandardDeviation => Mean;

    public override double Sample(Random random)
    {
        var source = new RandomUniformSource(random);
        return Mean * ZigguratExponential.Sample(ref source);
    }

    public override string ToString() => $"exponential(mean {F(Mean)})";
}
