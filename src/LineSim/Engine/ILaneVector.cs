namespace LineSim.Engine;

/// <summary>
/// A register of <see cref="Count"/> lanes, each holding one replication's double (a time) or 64 random bits, as a
/// type argument: the JIT compiles the lane engines once per width (scalar, 128, 256 or 512 bits), and every operation
/// here gives each lane the bits the scalar code gives, whatever the width: IEEE additions, subtractions and
/// multiplications without fused multiply-add, maxima as <c>a &gt; b ? a : b</c>, exact integer operations.
/// </summary>
/// <typeparam name="TSelf">The implementing struct.</typeparam>
internal interface ILaneVector<TSelf>
    where TSelf : struct, ILaneVector<TSelf>
{
    /// <summary>Lanes in one register.</summary>
    static abstract int Count { get; }

    /// <summary>Whether the hardware runs this width in vector registers.</summary>
    static abstract bool IsHardwareAccelerated { get; }

    static abstract TSelf Load(ref double source);

    static abstract void Store(TSelf value, ref double destination);

    static abstract TSelf Create(double value);

    static abstract TSelf Add(TSelf a, TSelf b);

    static abstract TSelf Subtract(TSelf a, TSelf b);

    static abstract TSelf Multiply(TSelf a, TSelf b);

    /// <summary>Per lane <c>a &gt; b ? a : b</c>, as <see cref="Execution.SamplePath.SamplePathTime.Max"/>.</summary>
    static abstract TSelf Max(TSelf a, TSelf b);

    /// <summary>Per lane <see cref="Math.Min(double, double)"/>.</summary>
    static abstract TSelf Minimum(TSelf a, TSelf b);

    /// <summary>Per lane <see cref="Math.Max(double, double)"/>.</summary>
    static abstract TSelf Maximum(TSelf a, TSelf b);

    /// <summary>Per lane <see cref="Math.Round(double)"/>: to the nearest integer, halves to even.</summary>
    static abstract TSelf Round(TSelf a);

    /// <summary>A bit per lane (lane 0 lowest): set where <c>a &gt; b</c>.</summary>
    static abstract uint GreaterThan(TSelf a, TSelf b);

    /// <summary>A bit per lane: set where <c>a &lt;= b</c>.</summary>
    static abstract uint LessThanOrEqual(TSelf a, TSelf b);

    static abstract TSelf LoadBits(ref ulong source);

    static abstract void StoreBits(TSelf value, ref ulong destination);

    static abstract TSelf Xor(TSelf a, TSelf b);

    /// <summary>Per lane, the 64-bit sum modulo 2^64.</summary>
    static abstract TSelf AddBits(TSelf a, TSelf b);

    static abstract TSelf And(TSelf a, ulong mask);

    static abstract TSelf ShiftLeft(TSelf a, int count);

    /// <summary>Per lane, the logical shift right.</summary>
    static abstract TSelf ShiftRight(TSelf a, int count);

    static abstract TSelf RotateLeft(TSelf a, int count);

    /// <summary>Per lane, the integer in the lane (below 2^52) as a double, exactly.</summary>
    static abstract TSelf SmallIntegerToDouble(TSelf a);

    /// <summary>Per lane, <paramref name="table"/>[index in the lane]; the indices must lie in the table.</summary>
    static abstract unsafe TSelf Gather(double* table, TSelf index);

    /// <summary>
    /// Per lane i, <paramref name="first"/> = <paramref name="pairs"/>[2 i] and <paramref name="second"/> =
    /// <paramref name="pairs"/>[2 i + 1] for the index i in the lane: two values that lie together, read at once.
    /// </summary>
    static abstract unsafe void GatherPairs(double* pairs, TSelf index, out TSelf first, out TSelf second);
}
