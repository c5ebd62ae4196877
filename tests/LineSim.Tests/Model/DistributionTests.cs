using LineSim.Model;
using LineSim.RandomNumbers;
using MathNet.Numerics.Statistics;

namespace LineSim.Tests.Model;

/// <summary>
/// Each distribution's <see cref="Distribution.Mean"/> and <see cref="Distribution.StandardDeviation"/> agree with
/// 20,000 draws. Tolerances are 4.5 standard errors (about 1 in 150,000 to fail by chance): the mean's from the
/// reported standard deviation, the variance's from the sample's own fourth moment.
/// </summary>
public sealed class DistributionTests
{
    private const int Draws = 20_000;
    private const double Z = 4.5;

    public static TheoryData<string> Factories =>
    [
        "Constant(42)", "Exponential(55)", "Normal(50, 5)", "Normal(5, 10)", "Normal(20, 0)", "LogNormal(50, 30)",
        "Gamma(40, 10)", "GammaShapeScale(0.5, 80)", "Weibull(1.5, 3000)", "Weibull(0.8, 60)", "Triangular(30, 40, 70)",
        "Triangular(0, 0, 10)", "Uniform(20, 80)", "Erlang(3, 45)", "Erlang(1, 45)", "Empirical(41, 43, 47, 60)",
    ];

    private static double[] Sample(Distribution distribution, int seed)
    {
        Random random = RandomStreams.Create(seed, 0, 99);
        var values = new double[Draws];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = distribution.Sample(random);
        }

        return values;
    }

    [Theory]
    [MemberData(nameof(Factories))]
    public void Sample_ManyDraws_MeanAgreesWithMean(string call)
    {
        Distribution distribution = DistributionCall.Make(call);

        double[] values = Sample(distribution, 1);

        double tolerance = (Z * distribution.StandardDeviation / Math.Sqrt(Draws)) + (1e-12 * distribution.Mean);
        Assert.True(Math.Abs(values.Mean() - distribution.Mean) <= tolerance, $"{distribution}: sample mean {values.Mean()}, Mean {distribution.Mean}, tolerance {tolerance}");
    }

    [Theory]
    [MemberData(nameof(Factories))]
    public void Sample_ManyDraws_StandardDeviationAgreesWithStandardDeviation(string call)
    {
        Distribution distribution = DistributionCall.Make(call);

        double[] values = Sample(distribution, 2);

        double mean = values.Mean();
        double variance = values.Select(v => (v - mean) * (v - mean)).Mean();
        double fourth = values.Select(v => Math.Pow(v - mean, 4)).Mean();
        double tolerance = (Z * Math.Sqrt(Math.Max(0, fourth - (variance * variance)) / Draws)) + (1e-9 * distribution.Mean * distribution.Mean);
        double expected = distribution.StandardDeviation * distribution.StandardDeviation;
        Assert.True(Math.Abs(variance - expected) <= tolerance, $"{distribution}: sample variance {variance}, StandardDeviation^2 {expected}, tolerance {tolerance}");
    }

    [Theory]
    [MemberData(nameof(Factories))]
    public void Sample_AnyDistribution_NeverNegativeNorNaN(string call)
    {
        Distribution distribution = DistributionCall.Make(call);

        double[] values = Sample(distribution, 3);

        Assert.All(values, v => Assert.True(v >= 0 && double.IsFinite(v), $"{distribution} drew {v}"));
    }

    [Fact]
    public void Sample_Empirical_DrawsOnlyTheValuesEachEquallyOften()
    {
        double[] observed = [41, 43, 47, 60, 43];
        Distribution distribution = Distribution.Empirical(observed);

        double[] values = Sample(distribution, 4);

        Assert.All(values, v => Assert.Contains(v, observed));
        // 43 appears twice, so it is drawn with probability 2/5; the others with 1/5 (binomial, 4.5 sigma).
        foreach (double value in observed.Distinct())
        {
            double p = observed.Count(o => o == value) / (double)observed.Length;
            int count = values.Count(v => v == value);
            Assert.InRange(count, (Draws * p) - (Z * Math.Sqrt(Draws * p * (1 - p))), (Draws * p) + (Z * Math.Sqrt(Draws * p * (1 - p))));
        }

        Assert.Equal(observed.Average(), distribution.Mean, 12);
        Assert.Equal(observed.PopulationStandardDeviation(), distribution.StandardDeviation, 12);
    }

    [Fact]
    public void Normal_TruncationBites_MeanIsTheTruncatedMean()
    {
        // N(5, 10) truncated at 0: alpha = -0.5, lambda = phi(0.5) / (1 - Phi(-0.5)) = 0.3520653 / 0.6914625.
        Distribution distribution = Distribution.Normal(5, 10);

        double lambda = 0.35206532676429952 / 0.69146246127401312;
        Assert.Equal(5 + (10 * lambda), distribution.Mean, 9);
        Assert.Equal(10 * Math.Sqrt(1 + (-0.5 * lambda) - (lambda * lambda)), distribution.StandardDeviation, 9);
    }

    [Fact]
    public void Normal_FarFromZero_MeanIsTheGivenMean()
    {
        Distribution distribution = Distribution.Normal(50, 5);

        Assert.Equal(50, distribution.Mean, 9);
        Assert.Equal(5, distribution.StandardDeviation, 6);
    }

    [Fact]
    public void Sample_SameSeed_SameDraws()
    {
        Distribution distribution = Distribution.LogNormal(50, 20);

        Assert.Equal(Sample(distribution, 7), Sample(distribution, 7));
        Assert.NotEqual(Sample(distribution, 7), Sample(distribution, 8));
    }

    [Theory]
    [InlineData("Exponential(55)", "exponential(mean 55)")]
    [InlineData("Constant(42)", "constant(42)")]
    [InlineData("Uniform(20, 80)", "uniform(min 20, max 80)")]
    public void ToString_Factory_DescribesTheDistribution(string call, string expected)
    {
        Assert.Equal(expected, DistributionCall.Make(call).ToString());
    }
}
