namespace LineSim.RandomNumbers;

/// <summary>
/// One random stream as a <see cref="Random"/>, for MathNet's distribution samplers: a <see cref="XoshiroStream"/>
/// seeded from 64 bits.
/// </summary>
internal sealed class StreamRandom : Random
{
    private XoshiroStream _stream;

#pragma warning disable RS0030 // The base constructor is required; this class is the seeded stream the ban points to.
    public StreamRandom(ulong seed) => _stream = new XoshiroStream(seed);
#pragma warning restore RS0030

    public override double NextDouble() => _stream.NextDouble();

    public override int Next()
    {
        // 31 random bits, drawn again in the one case Random.Next excludes: int.MaxValue.
        int value;
        do
        {
            value = (int)(_stream.NextBits53() >> 22);
        }
        while (value == int.MaxValue);

        return value;
    }

    public override int Next(int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return (int)(_stream.NextDouble() * maxValue);
    }

    public override int Next(int minValue, int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        return (int)(minValue + (_stream.NextDouble() * ((long)maxValue - minValue)));
    }

    public override void NextBytes(byte[] buffer) => NextBytes(buffer.AsSpan());

    public override void NextBytes(Span<byte> buffer)
    {
        for (int i = 0; i < buffer.Length; i++)
        {
            buffer[i] = (byte)(_stream.NextBits53() >> 45);
        }
    }

    protected override double Sample() => _stream.NextDouble();
}
