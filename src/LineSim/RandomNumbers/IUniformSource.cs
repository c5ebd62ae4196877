namespace LineSim.RandomNumbers;

/// <summary>A source of uniform random numbers that samplers can use without a virtual call when it is a struct.</summary>
internal interface IUniformSource
{
    /// <summary>The next 53 random bits, as an integer in [0, 2^53).</summary>
    ulong NextBits53();

    /// <summary>The next double in [0, 1), a multiple of 2^-53.</summary>
    double NextDouble();
}
