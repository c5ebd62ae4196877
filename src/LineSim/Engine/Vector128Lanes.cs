using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace LineSim.Engine;

/// <summary>Two lanes in a 128-bit register.</summary>
internal readonly struct Vector128Lanes : ILaneVector<Vector128Lanes>
{
    private readonly Vector128<double> _value;

    private Vector128Lanes(Vector128<double> value) => _value = value;

    public static int Count => Vector128<double>.Count;

    public static bool IsHardwareAccelerated => Vector128.IsHardwareAccelerated;

    private Vector128<ulong> Bits => _value.AsUInt64();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes Load(ref double source) => new(Vector128.LoadUnsafe(ref source));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector128Lanes value, ref double destination) => value._value.StoreUnsafe(ref destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes Create(double value) => new(Vector128.Create(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes Add(Vector128Lanes a, Vector128Lanes b) => new(a._value + b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes Subtract(Vector128Lanes a, Vector128Lanes b) => new(a._value - b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes Multiply(Vector128Lanes a, Vector128Lanes b) => new(a._value * b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes Max(Vector128Lanes a, Vector128Lanes b) =>
        Sse2.IsSupported ? new(Sse2.Max(a._value, b._value)) : new(Vector128.ConditionalSelect(Vector128.GreaterThan(a._value, b._value), a._value, b._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes Minimum(Vector128Lanes a, Vector128Lanes b) => new(Vector128.Min(a._value, b._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes Maximum(Vector128Lanes a, Vector128Lanes b) => new(Vector128.Max(a._value, b._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes Round(Vector128Lanes a) => new(Vector128.Round(a._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint GreaterThan(Vector128Lanes a, Vector128Lanes b) => (uint)Vector128.GreaterThan(a._value, b._value).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint LessThanOrEqual(Vector128Lanes a, Vector128Lanes b) => (uint)Vector128.LessThanOrEqual(a._value, b._value).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes LoadBits(ref ulong source) => new(Vector128.LoadUnsafe(ref source).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreBits(Vector128Lanes value, ref ulong destination) => value.Bits.StoreUnsafe(ref destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes Xor(Vector128Lanes a, Vector128Lanes b) => new((a.Bits ^ b.Bits).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes AddBits(Vector128Lanes a, Vector128Lanes b) => new((a.Bits + b.Bits).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes And(Vector128Lanes a, ulong mask) => new((a.Bits & Vector128.Create(mask)).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes ShiftLeft(Vector128Lanes a, int count) => new(Vector128.ShiftLeft(a.Bits, count).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes ShiftRight(Vector128Lanes a, int count) => new(Vector128.ShiftRightLogical(a.Bits, count).AsDouble());

    // Inlined into callers that pass constants, so the rotation takes an immediate.
#pragma warning disable CA1857
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes RotateLeft(Vector128Lanes a, int count) =>
        Avx512F.VL.IsSupported
            ? new(Avx512F.VL.RotateLeft(a.Bits, (byte)count).AsDouble())
            : new((Vector128.ShiftLeft(a.Bits, count) | Vector128.ShiftRightLogical(a.Bits, 64 - count)).AsDouble());
#pragma warning restore CA1857

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes SmallIntegerToDouble(Vector128Lanes a) =>
        new((Vector128.Create(TwoToThe52Bits) | a.Bits).AsDouble() - Vector128.Create(TwoToThe52));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe Vector128Lanes Gather(double* table, Vector128Lanes index)
    {
        if (Avx2.IsSupported)
        {
            return new(Avx2.GatherVector128(table, index.Bits.AsInt64(), 8));
        }

        return new(Vector128.Create(table[index.Bits.GetElement(0)], table[index.Bits.GetElement(1)]));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void GatherPairs(double* pairs, Vector128Lanes index, out Vector128Lanes first, out Vector128Lanes second)
    {
        Vector128Lanes twice = AddBits(index, index);
        first = Gather(pairs, twice);
        second = Gather(pairs + 1, twice);
    }

    private const ulong TwoToThe52Bits = 0x4330000000000000UL;
    private const double TwoToThe52 = 4503599627370496.0;
}
