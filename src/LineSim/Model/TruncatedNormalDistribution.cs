using StandardNormal = MathNet.Numerics.Distributions.Normal;

namespace LineSim.Model;

/// <summary>A normal distribution truncated at zero by rejection.</summary>
internal sealed class TruncatedNormalDistribution : Distribution
{
    private readonly double _mu;
    private readonly double _sigma;

    public TruncatedNormalDistribution(double mu, double sigma)
    {
        _mu = mu;
        _sigma = sigma;
        if (sigma == 0)
        {
            Mean = mu;
            StandardDeviation = 0;
            return;
        }

        // Moments of the normal truncated to [0, inf): alpha = -mu/sigma, lambda = phi(alpha) / (1 - Phi(alpha)).
        double alpha = -mu / sigma;
        double lambda = StandardNormal.PDF(0, 1, alpha) / (1 - StandardNormal.CDF(0, 1, alpha));
        Mean = mu + (sigma * lambda);
        StandardDeviation = sigma * Math.Sqrt(1 + (alpha * lambda) - (lambda * lambda));
    }

    /// <summary>The mean of the untruncated normal, as given to <see cref="Distribution.Normal(double, double)"/>.</summary>
    public double Mu => _mu;

    /// <summary>The standard deviation of the untruncated normal.</summary>
    public double Sigma => _sigma;

    public override double Mean { get; }

    public override double StandardDeviation { get; }

    public override double Sample(Random random)
    {
        double value;
        do
        {
            value = StandardNormal.Sample(random, _mu, _sigma);
        }
        while (value < 0);

        return value;
    }

    public override string ToString() => $"normal(mean {F(_mu)}, stdDev {F(_sigma)}, truncated at 0)";
}
