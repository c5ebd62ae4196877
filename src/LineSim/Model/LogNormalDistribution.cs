namespace LineSim.Model;

/// <summary>Lognormal durations given by their own mean and standard deviation.</summary>
internal sealed class LogNormalDistribution : Distribution
{
    private readonly double _mu;
    private readonly double _sigma;

    public LogNormalDistribution(double mean, double stdDev)
    {
        Mean = mean;
        StandardDeviation = stdDev;
        double variance = Math.Log(1 + (stdDev * stdDev / (mean * mean)));
        _sigma = Math.Sqrt(variance);
        _mu = Math.Log(mean) - (variance / 2);
    }

    public override double Mean { get; }

    public override double StandardDeviation { get; }

    public override double Sample(Random random) => MathNet.Numerics.Distributions.LogNormal.Sample(random, _mu, _sigma);

    public override string ToString() => $"lognormal(mean {F(Mean)}, stdDev {F(StandardDeviation)})";
}
