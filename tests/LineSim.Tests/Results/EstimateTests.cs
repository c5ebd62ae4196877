using LineSim.Results;
using MathNet.Numerics.Distributions;

namespace LineSim.Tests.Results;

public sealed class EstimateTests
{
    [Fact]
    public void From_FiveValues_IsTheStudentTInterval()
    {
        double[] values = [1, 2, 3, 4, 5];

        Estimate estimate = Estimate.From(values);

        // s = sqrt(2.5), t(0.975, 4) = 2.7764451051977987.
        Assert.Equal(3, estimate.Mean, 12);
        Assert.Equal(2.7764451051977987 * Math.Sqrt(2.5) / Math.Sqrt(5), estimate.HalfWidth, 12);
        Assert.Equal(5, estimate.Count);
        Assert.Equal(estimate.Mean - estimate.HalfWidth, estimate.Lower);
        Assert.Equal(estimate.Mean + estimate.HalfWidth, estimate.Upper);
    }

    [Theory]
    [InlineData(new[] { 10.0, 12.0 })]
    [InlineData(new[] { 55.1, 54.7, 56.0, 55.5, 54.9, 55.2, 55.8, 54.6, 55.0, 55.3 })]
    [InlineData(new[] { -3.0, 0.0, 3.0, 100.0 })]
    public void From_Values_MatchesHandComputedInterval(double[] values)
    {
        Estimate estimate = Estimate.From(values);

        int n = values.Length;
        double mean = values.Sum() / n;
        double s = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (n - 1));
        double halfWidth = StudentT.InvCDF(0, 1, n - 1, 0.975) * s / Math.Sqrt(n);
        Assert.Equal(mean, estimate.Mean, 10);
        Assert.Equal(halfWidth, estimate.HalfWidth, 10);
        Assert.Equal(n, estimate.Count);
    }

    [Fact]
    public void PredictionHalfWidth_FiveValues_IsTimesSqrtOnePlusOneOverN()
    {
        double[] values = [1, 2, 3, 4, 5];

        Estimate estimate = Estimate.From(values);

        // t(0.975, 4) s sqrt(1 + 1/5), s = sqrt(2.5).
        Assert.Equal(2.7764451051977987 * Math.Sqrt(2.5) * Math.Sqrt(1 + (1.0 / 5)), estimate.PredictionHalfWidth, 10);
    }

    /// <summary>
    /// The prediction interval of n normal values holds the next value with probability 0.95 exactly; over 4,000 trials
    /// the count that does is binomial (4000, 0.95), whose standard deviation is 13.8: four of them either side. The
    /// mean's confidence interval holds the next value far less often, which is why a planner needs the other.
    /// </summary>
    [Fact]
    public void PredictionHalfWidth_NormalValues_HoldsTheNextValue95PercentOfTheTime()
    {
        var random = new MathNet.Numerics.Random.Xoshiro256StarStar(11, threadSafe: false);
        const int Trials = 4_000;
        int predicted = 0;
        int confident = 0;
        var values = new double[10];
        for (int trial = 0; trial < Trials; trial++)
        {
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = Normal.Sample(random, 100, 15);
            }

            Estimate estimate = Estimate.From(values);
            double next = Normal.Sample(random, 100, 15);
            predicted += Math.Abs(next - estimate.Mean) <= estimate.PredictionHalfWidth ? 1 : 0;
            confident += estimate.Contains(next) ? 1 : 0;
        }

        double sd = Math.Sqrt(Trials * 0.95 * 0.05);
        Assert.InRange(predicted, (Trials * 0.95) - (4 * sd), (Trials * 0.95) + (4 * sd));
        Assert.True(confident < Trials / 2, $"the confidence interval of the mean held the next value {confident} times of {Trials}");
    }

    [Fact]
    public void From_EqualValues_HasZeroHalfWidth()
    {
        Estimate estimate = Estimate.From([7, 7, 7]);

        Assert.Equal(7, estimate.Mean);
        Assert.Equal(0, estimate.HalfWidth);
        Assert.True(estimate.Contains(7));
        Assert.False(estimate.Contains(7.000001));
    }

    [Fact]
    public void From_OneValue_HasNaNHalfWidth()
    {
        Estimate estimate = Estimate.From([4.5]);

        Assert.Equal(4.5, estimate.Mean);
        Assert.True(double.IsNaN(estimate.HalfWidth));
        Assert.Equal(1, estimate.Count);
        Assert.Equal("4.5", estimate.ToString("F1"));
    }

    [Fact]
    public void From_NoValues_IsNaNWithCountZero()
    {
        Estimate estimate = Estimate.From([]);

        Assert.True(double.IsNaN(estimate.Mean));
        Assert.True(double.IsNaN(estimate.HalfWidth));
        Assert.Equal(0, estimate.Count);
    }

    [Fact]
    public void From_SomeNaN_IgnoresThem()
    {
        Estimate withNaN = Estimate.From([1, double.NaN, 2, 3, double.NaN, 4, 5]);
        Estimate without = Estimate.From([1, 2, 3, 4, 5]);

        Assert.Equal(without, withNaN);
    }

    [Fact]
    public void From_AllNaN_IsNaNWithCountZero()
    {
        Estimate estimate = Estimate.From([double.NaN, double.NaN]);

        Assert.True(double.IsNaN(estimate.Mean));
        Assert.Equal(0, estimate.Count);
    }

    [Fact]
    public void Contains_Bounds_AreInclusive()
    {
        var estimate = new Estimate(10, 2, 5);

        Assert.True(estimate.Contains(8));
        Assert.True(estimate.Contains(12));
        Assert.False(estimate.Contains(7.999));
        Assert.False(estimate.Contains(12.001));
        Assert.False(estimate.Contains(double.NaN));
    }

    [Fact]
    public void ToString_WithHalfWidth_ShowsMeanPlusMinusHalfWidth()
    {
        Assert.Equal("3.0 ± 2.0", new Estimate(3, 1.96, 5).ToString("F1"));
        Assert.Equal("1234.5 ± 0.1", new Estimate(1234.5, 0.125, 5).ToString("F1"));
    }
}
