using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LineSim.RandomNumbers;

/// <summary>
/// Standard exponential draws (mean 1) by Marsaglia and Tsang's ziggurat method with 256 layers: one table look-up
/// and one comparison for about 99% of draws, where inverting the distribution function costs a logarithm every time.
/// </summary>
/// <remarks>
/// Marsaglia, G. and Tsang, W. W. (2000), "The Ziggurat Method for Generating Random Variables", Journal of Statistical
/// Software 5(8). The layer is chosen by the low 8 of 53 random bits and the position within it by the other 45.
/// The draw is exact: the layers cover the density, the rejection step and the tail (beyond <see cref="TailStart"/>,
/// where the exponential is memoryless) keep it so. The tests check it against the exponential distribution function.
/// </remarks>
internal static class ZigguratExponential
{
    /// <summary>Where the base layer's tail starts (r in the paper).</summary>
    private const double TailStart = 7.69711747013104972;

    /// <summary>The area of each layer (v in the paper).</summary>
    private const double LayerArea = 3.949659822581572e-3;

    private const int Layers = 256;
    private const double PositionRange = 35184372088832.0; // 2^45: the bits that place a draw within its layer

    private static readonly ulong[] s_accept = new ulong[Layers];
    private static readonly double[] s_width = new double[Layers];
    private static readonly double[] s_density = new double[Layers];

    // For lane draws (XoshiroLanes): each layer's acceptance bound as a double (exact: below 2^45) beside its width,
    // pinned, so that the lanes read both at once through a pointer.
    private static readonly double[] s_lanePairs = GC.AllocateArray<double>(2 * Layers, pinned: true);

#pragma warning disable CA1810 // The tables are computed together in one loop; a static constructor is the clear way.
    static ZigguratExponential()
#pragma warning restore CA1810
    {
        double x = TailStart;
        double previous = x;
        double baseWidth = LayerArea / Math.Exp(-x);
        s_accept[0] = (ulong)(x / baseWidth * PositionRange);
        s_accept[1] = 0;
        s_width[0] = baseWidth / PositionRange;
        s_width[Layers - 1] = x / PositionRange;
        s_density[0] = 1;
        s_density[Layers - 1] = Math.Exp(-x);
        for (int i = Layers - 2; i >= 1; i--)
        {
            x = -Math.Log((LayerArea / x) + Math.Exp(-x));
            s_accept[i + 1] = (ulong)(x / previous * PositionRange);
            previous = x;
            s_density[i] = Math.Exp(-x);
            s_width[i] = x / PositionRange;
        }

        for (int i = 0; i < Layers; i++)
        {
            s_lanePairs[2 * i] = s_accept[i];
            s_lanePairs[(2 * i) + 1] = s_width[i];
        }
    }

    /// <summary>
    /// Each layer's acceptance bound as a double (exact) at 2 x layer and its width at 2 x layer + 1, in pinned memory:
    /// a draw whose 45-bit position is below the bound of its layer (the low 8 bits) is position x width.
    /// </summary>
    public static unsafe double* LanePairs => (double*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(s_lanePairs));

    /// <summary>Draws a standard exponential value from <paramref name="source"/>.</summary>
    /// <remarks>
    /// The common case, a position under its layer's acceptance bound, is small enough to inline into the callers'
    /// loops; the rare rest goes on in <see cref="SampleBeyondLayer"/> with the same bits, so the draws are the same.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sample<TSource>(ref TSource source)
        where TSource : struct, IUniformSource
    {
        ulong bits = source.NextBits53();
        int layer = (int)(bits & (Layers - 1));
        ulong position = bits >> 8;
        return position < s_accept[layer] ? position * s_width[layer] : SampleBeyondLayer(ref source, layer, position);
    }

    /// <summary>Goes on with a draw whose position lies beyond its layer's acceptance bound: the tail, a wedge test, or new bits.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static double SampleBeyondLayer<TSource>(ref TSource source, int layer, ulong position)
        where TSource : struct, IUniformSource
    {
        while (true)
        {
            if (layer == 0)
            {
                // Beyond the last layer: the tail, shifted by its start (the exponential is memoryless).
                return TailStart - Math.Log(1 - source.NextDouble());
            }

            double candidate = position * s_width[layer];
            double density = s_density[layer];
            if (density + (source.NextDouble() * (s_density[layer - 1] - density)) < Math.Exp(-candidate))
            {
                return candidate;
            }

            ulong bits = source.NextBits53();
            layer = (int)(bits & (Layers - 1));
            position = bits >> 8;
            if (position < s_accept[layer])
            {
                return position * s_width[layer];
            }
        }
    }
}
