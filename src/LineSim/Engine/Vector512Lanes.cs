using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace LineSim.Engine;

/// <summary>Eight lanes in a 512-bit register.</summary>
internal readonly struct Vector512Lanes : ILaneVector<Vector512Lanes>
{
    private readonly Vector512<double> _value;

    private Vector512Lanes(Vector512<double> value) => _value = value;

    public static int Count => Vector512<double>.Count;

    public static bool IsHardwareAccelerated => Vector512.IsHardwareAccelerated;

    private Vector512<ulong> Bits => _value.AsUInt64();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes Load(ref double source) => new(Vector512.LoadUnsafe(ref source));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector512Lanes value, ref double destination) => value._value.StoreUnsafe(ref destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes Create(double value) => new(Vector512.Create(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes Add(Vector512Lanes a, Vector512Lanes b) => new(a._value + b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes Subtract(Vector512Lanes a, Vector512Lanes b) => new(a._value - b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes Multiply(Vector512Lanes a, Vector512Lanes b) => new(a._value * b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes Max(Vector512Lanes a, Vector512Lanes b) =>
        Avx512F.IsSupported ? new(Avx512F.Max(a._value, b._value)) : new(Vector512.ConditionalSelect(Vector512.GreaterThan(a._value, b._value), a._value, b._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes Minimum(Vector512Lanes a, Vector512Lanes b) => new(Vector512.Min(a._value, b._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes Maximum(Vector512Lanes a, Vector512Lanes b) => new(Vector512.Max(a._value, b._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes Round(Vector512Lanes a) => new(Vector512.Round(a._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint GreaterThan(Vector512Lanes a, Vector512Lanes b) => (uint)Vector512.GreaterThan(a._value, b._value).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint LessThanOrEqual(Vector512Lanes a, Vector512Lanes b) => (uint)Vector512.LessThanOrEqual(a._value, b._value).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes LoadBits(ref ulong source) => new(Vector512.LoadUnsafe(ref source).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreBits(Vector512Lanes value, ref ulong destination) => value.Bits.StoreUnsafe(ref destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes Xor(Vector512Lanes a, Vector512Lanes b) => new((a.Bits ^ b.Bits).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes AddBits(Vector512Lanes a, Vector512Lanes b) => new((a.Bits + b.Bits).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes And(Vector512Lanes a, ulong mask) => new((a.Bits & Vector512.Create(mask)).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes ShiftLeft(Vector512Lanes a, int count) => new(Vector512.ShiftLeft(a.Bits, count).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes ShiftRight(Vector512Lanes a, int count) => new(Vector512.ShiftRightLogical(a.Bits, count).AsDouble());

    // Inlined into callers that pass constants, so the rotation takes an immediate.
#pragma warning disable CA1857
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes RotateLeft(Vector512Lanes a, int count) =>
        Avx512F.IsSupported
            ? new(Avx512F.RotateLeft(a.Bits, (byte)count).AsDouble())
            : new((Vector512.ShiftLeft(a.Bits, count) | Vector512.ShiftRightLogical(a.Bits, 64 - count)).AsDouble());
#pragma warning restore CA1857

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes SmallIntegerToDouble(Vector512Lanes a) =>
        new((Vector512.Create(TwoToThe52Bits) | a.Bits).AsDouble() - Vector512.Create(TwoToThe52));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe Vector512Lanes Gather(double* table, Vector512Lanes index)
    {
        Vector512<ulong> i = index.Bits;
        if (Avx2.IsSupported)
        {
            // No 512-bit gather is exposed: two 256-bit ones.
            return new(Vector512.Create(Avx2.GatherVector256(table, i.GetLower().AsInt64(), 8), Avx2.GatherVector256(table, i.GetUpper().AsInt64(), 8)));
        }

        return new(Vector512.Create(
            table[i.GetElement(0)], table[i.GetElement(1)], table[i.GetElement(2)], table[i.GetElement(3)],
            table[i.GetElement(4)], table[i.GetElement(5)], table[i.GetElement(6)], table[i.GetElement(7)]));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void GatherPairs(double* pairs, Vector512Lanes index, out Vector512Lanes first, out Vector512Lanes second)
    {
        if (!Avx512F.IsSupported)
        {
            Vector512Lanes twice = AddBits(index, index);
            first = Gather(pairs, twice);
            second = Gather(pairs + 1, twice);
            return;
        }

        // Eight 16-byte loads (a pair each) and two permutes: cheaper than four 256-bit gathers.
        Vector512<ulong> i = index.Bits;
        Vector512<double> low = Vector512.Create(
            Vector256.Create(Vector128.Load(pairs + (2 * i.GetElement(0))), Vector128.Load(pairs + (2 * i.GetElement(1)))),
            Vector256.Create(Vector128.Load(pairs + (2 * i.GetElement(2))), Vector128.Load(pairs + (2 * i.GetElement(3)))));
        Vector512<double> high = Vector512.Create(
            Vector256.Create(Vector128.Load(pairs + (2 * i.GetElement(4))), Vector128.Load(pairs + (2 * i.GetElement(5)))),
            Vector256.Create(Vector128.Load(pairs + (2 * i.GetElement(6))), Vector128.Load(pairs + (2 * i.GetElement(7)))));
        first = new(Avx512F.PermuteVar8x64x2(low, Vector512.Create(0L, 2, 4, 6, 8, 10, 12, 14), high));
        second = new(Avx512F.PermuteVar8x64x2(low, Vector512.Create(1L, 3, 5, 7, 9, 11, 13, 15), high));
    }

    private const ulong TwoToThe52Bits = 0x4330000000000000UL;
    private const double TwoToThe52 = 4503599627370496.0;
}
