using LineSim.Model;
using LineSim.RandomNumbers;
using MathNet.Numerics.Distributions;

namespace LineSim.Tests.RandomNumbers;

public sealed class ZigguratExponentialTests
{
    [Fact]
    public void Sample_ManyDraws_FollowTheExponentialDistributionFunction()
    {
        // Kolmogorov-Smirnov: with n = 200,000 draws the statistic exceeds 1.63 / sqrt(n) with probability 1%.
        const int n = 200_000;
        var stream = new XoshiroStream(2024);
        var draws = new double[n];
        for (int i = 0; i < n; i++)
        {
            draws[i] = ZigguratExponential.Sample(ref stream);
        }

        Array.Sort(draws);
        double statistic = 0;
        for (int i = 0; i < n; i++)
        {
            double cdf = Exponential.CDF(1, draws[i]);
            statistic = Math.Max(statistic, Math.Max(cdf - ((double)i / n), ((i + 1.0) / n) - cdf));
        }

        Assert.True(statistic < 1.63 / Math.Sqrt(n), $"KS statistic {statistic} against the limit {1.63 / Math.Sqrt(n)}");
    }

    [Fact]
    public void Sample_Tail_HasTheExponentialsMass()
    {
        // P(X > 7.697...) = e^-7.697 = 4.5e-4: the base layer's tail is reached and has the right mass.
        const int n = 2_000_000;
        var stream = new XoshiroStream(7);
        int beyond = 0;
        double largest = 0;
        for (int i = 0; i < n; i++)
        {
            double x = ZigguratExponential.Sample(ref stream);
            largest = Math.Max(largest, x);
            if (x > 7.69711747013104972)
            {
                beyond++;
            }
        }

        double p = Math.Exp(-7.69711747013104972);
        double expected = n * p;
        double sd = Math.Sqrt(n * p * (1 - p));
        Assert.True(Math.Abs(beyond - expected) < 4 * sd, $"{beyond} draws beyond the tail start, expected {expected:F0} ± {4 * sd:F0}");
        Assert.True(largest > 10, $"the largest of {n} draws was {largest}");
    }

    [Fact]
    public void Sample_MathNetGeneratorAndStruct_GiveTheSameDraws()
    {
        var reference = new MathNet.Numerics.Random.Xoshiro256StarStar(99, threadSafe: false);
        var adapter = new RandomUniformSource(reference);
        var stream = new XoshiroStream(99);
        for (int i = 0; i < 10_000; i++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(ZigguratExponential.Sample(ref adapter)), BitConverter.DoubleToInt64Bits(ZigguratExponential.Sample(ref stream)));
        }
    }
}
