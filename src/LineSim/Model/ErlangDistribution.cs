namespace LineSim.Model;

/// <summary>Erlang durations: k exponential phases with a given total mean.</summary>
internal sealed class ErlangDistribution(int k, double mean) : Distribution
{
    private readonly double _rate = k / mean;

    public int K => k;

    public override double Mean => mean;

    public override double StandardDeviation => mean / Math.Sqrt(k);

    public override double Sample(Random random) => MathNet.Numerics.Distributions.Erlang.Sample(random, k, _rate);

    public override string ToString() => $"erlang(k {k}, mean {F(mean)})";
}
