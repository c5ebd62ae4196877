using LineSim.Model;
using LineSim.RandomNumbers;
using MathNet.Numerics.Random;

namespace LineSim.Tests.RandomNumbers;

public sealed class XoshiroStreamTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-7)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void NextDouble_AnySeed_SameAsMathNet(int seed)
    {
        var reference = new Xoshiro256StarStar(seed, threadSafe: false);
        var stream = new XoshiroStream((ulong)(long)seed);
        for (int i = 0; i < 1000; i++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(reference.NextDouble()), BitConverter.DoubleToInt64Bits(stream.NextDouble()));
        }
    }

    [Theory]
    [InlineData(3, 55.0)]
    [InlineData(-12345, 0.1)]
    [InlineData(987654, 3600.0)]
    public void NextExponential_AnySeed_SameAsExponentialDistribution(int seed, double mean)
    {
        Distribution exponential = Distribution.Exponential(mean);
        var reference = new Xoshiro256StarStar(seed, threadSafe: false);
        var stream = new XoshiroStream((ulong)(long)seed);
        for (int i = 0; i < 1000; i++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(exponential.Sample(reference)), BitConverter.DoubleToInt64Bits(stream.NextExponential(mean)));
        }
    }

    [Fact]
    public void FillExponential_Batches_SameAsOneAtATime()
    {
        var single = new XoshiroStream(42);
        var batched = new XoshiroStream(42);
        var values = new double[300];
        batched.FillExponential(values.AsSpan(0, 256), 0.5);
        batched.FillExponential(values.AsSpan(256), 0.5);
        foreach (double value in values)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(single.NextExponential(0.5)), BitConverter.DoubleToInt64Bits(value));
        }
    }
}
