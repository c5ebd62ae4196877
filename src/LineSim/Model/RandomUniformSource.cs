using LineSim.RandomNumbers;

namespace LineSim.Model;

/// <summary>Adapts a <see cref="Random"/> (such as MathNet's generators) to <see cref="IUniformSource"/>.</summary>
/// <remarks>
/// MathNet's xoshiro256** returns doubles that are exact multiples of 2^-53, so its 53 bits come back unchanged and the
/// stream gives the same numbers through this adapter as through <c>XoshiroStream</c>.
/// </remarks>
internal readonly struct RandomUniformSource(Random random) : IUniformSource
{
    private const double TwoTo53 = 9007199254740992.0;

    public ulong NextBits53() => (ulong)(random.NextDouble() * TwoTo53);

    public double NextDouble() => random.NextDouble();
}
