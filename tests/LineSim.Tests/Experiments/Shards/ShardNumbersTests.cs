using System.Text;
using System.Text.Json;
using FsCheck.Xunit;
using LineSim.Experiments.Shards;

namespace LineSim.Tests.Experiments.Shards;

public sealed class ShardNumbersTests
{
    [Property(MaxTest = 2_000)]
    public void WriteThenRead_AnyDouble_SameBits(long bits)
    {
        double value = BitConverter.Int64BitsToDouble(bits);

        Assert.Equal(double.IsNaN(value) ? BitConverter.DoubleToInt64Bits(double.NaN) : bits, BitConverter.DoubleToInt64Bits(RoundTrip(value)));
    }

    [Theory]
    [InlineData(0.1 + 0.2)]
    [InlineData(-0.0)]
    [InlineData(double.Epsilon)]
    [InlineData(double.MaxValue)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(47.880000000000003)]
    public void WriteThenRead_EdgeValues_SameBits(double value) =>
        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(RoundTrip(value)));

    private static double RoundTrip(double value)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            ShardNumbers.Write(json, value);
        }

        using JsonDocument document = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        Assert.True(ShardNumbers.TryRead(document.RootElement, out double read));
        return read;
    }
}
