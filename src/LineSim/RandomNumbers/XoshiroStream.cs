namespace LineSim.RandomNumbers;

/// <summary>
/// The xoshiro256** generator, as in MathNet's <c>Xoshiro256StarStar</c> (given the same 64-bit SplitMix64 seed it gives
/// the same doubles), as a struct the engines call without a virtual call, and seeded from 64 bits where MathNet's
/// constructor takes 32: with 32-bit seeds, the many streams of a large study (a stream per station, purpose and
/// replication) would share seeds by the birthday paradox. <see cref="NextExponential"/> runs the same ziggurat on the same bits as
/// <c>Distribution.Exponential</c> drawing from a <see cref="StreamRandom"/> with the same seed.
/// </summary>
internal struct XoshiroStream : IUniformSource
{
    private const double UnitPerUlp = 1.0 / (1UL << 53);

    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>
    /// Fills the 256-bit state by SplitMix64 from <paramref name="seed"/>, as MathNet's <c>new Xoshiro256StarStar(s)</c>
    /// does from <c>(ulong)(long)s</c>.
    /// </summary>
    public XoshiroStream(ulong seed)
    {
        ulong x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    /// <summary>A stream in the given state, as <see cref="GetState"/> gave it.</summary>
    public static XoshiroStream FromState(ulong s0, ulong s1, ulong s2, ulong s3) => new() { _s0 = s0, _s1 = s1, _s2 = s2, _s3 = s3 };

    /// <summary>The 256-bit state, for <see cref="XoshiroLanes"/>, which advances the streams of several lanes together.</summary>
    public readonly void GetState(out ulong s0, out ulong s1, out ulong s2, out ulong s3)
    {
        s0 = _s0;
        s1 = _s1;
        s2 = _s2;
        s3 = _s3;
    }

    /// <summary>The next 53 random bits: the top 53 bits of the next output.</summary>
    public ulong NextBits53()
    {
        ulong s0 = _s0;
        ulong s1 = _s1;
        ulong s2 = _s2;
        ulong s3 = _s3;
        ulong result = ulong.RotateLeft(s1 * 5, 7) * 9;
        ulong t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = ulong.RotateLeft(s3, 45);
        _s0 = s0;
        _s1 = s1;
        _s2 = s2;
        _s3 = s3;
        return result >> 11;
    }

    /// <summary>A double in [0, 1), as MathNet's <c>NextDouble</c>.</summary>
    public double NextDouble() => NextBits53() * UnitPerUlp;

    /// <summary>An exponential draw with mean <paramref name="mean"/>, the same as <c>Distribution.Exponential(mean)</c> draws from a <see cref="StreamRandom"/> with the same seed.</summary>
    public double NextExponential(double mean) => mean * ZigguratExponential.Sample(ref this);

    /// <summary>
    /// Fills <paramref name="destination"/> with exponential draws with mean <paramref name="mean"/>, in order: the
    /// same values as as many calls to <see cref="NextExponential"/>, with the state kept in registers.
    /// </summary>
    public void FillExponential(Span<double> destination, double mean)
    {
        XoshiroStream local = this;
        for (int i = 0; i < destination.Length; i++)
        {
            destination[i] = mean * ZigguratExponential.Sample(ref local);
        }

        this = local;
    }

    private static ulong SplitMix64(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
