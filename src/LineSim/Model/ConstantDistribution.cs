namespace LineSim.Model;

/// <summary>A fixed duration; draws nothing from the stream.</summary>
internal sealed class ConstantDistribution(double value) : Distribution
{
    public double Value { get; } = value;

    public override double Mean => Value;

    public override double StandardDeviation => 0;

    public override double Sample(Random random) => Value;

    public override string ToString() => $"constant({F(Value)})";
}
