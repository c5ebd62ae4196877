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
