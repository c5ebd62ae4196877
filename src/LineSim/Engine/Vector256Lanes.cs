using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace LineSim.Engine;

/// <summary>Four lanes in a 256-bit register.</summary>
internal readonly struct Vector256Lanes : ILaneVector<Vector256Lanes>
{
    private readonly Vector256<double> _value;

    private Vector256Lanes(Vector256<double> value) => _value = value;

    public static int Count => Vector256<double>.Count;

    public static bool IsHardwareAccelerated => Vector256.IsHardwareAccelerated;

    private Vector256<ulong> Bits => _value.AsUInt64();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes Load(ref double source) => new(Vector256.LoadUnsafe(ref source));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector256Lanes value, ref double destination) => value._value.StoreUnsafe(ref destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes Create(double value) => new(Vector256.Create(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes Add(Vector256Lanes a, Vector256Lanes b) => new(a._value + b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes Subtract(Vector256Lanes a, Vector256Lanes b) => new(a._value - b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes Multiply(Vector256Lanes a, Vector256Lanes b) => new(a._value * b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes Max(Vector256Lanes a, Vector256Lanes b) =>
        Avx.IsSupported ? new(Avx.Max(a._value, b._value)) : new(Vector256.ConditionalSelect(Vector256.GreaterThan(a._value, b._value), a._value, b._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes Minimum(Vector256Lanes a, Vector256Lanes b) => new(Vector256.Min(a._value, b._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes Maximum(Vector256Lanes a, Vector256Lanes b) => new(Vector256.Max(a._value, b._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes Round(Vector256Lanes a) => new(Vector256.Round(a._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint GreaterThan(Vector256Lanes a, Vector256Lanes b) => (uint)Vector256.GreaterThan(a._value, b._value).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint LessThanOrEqual(Vector256Lanes a, Vector256Lanes b) => (uint)Vector256.LessThanOrEqual(a._value, b._value).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes LoadBits(ref ulong source) => new(Vector256.LoadUnsafe(ref source).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreBits(Vector256Lanes value, ref ulong destination) => value.Bits.StoreUnsafe(ref destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes Xor(Vector256Lanes a, Vector256Lanes b) => new((a.Bits ^ b.Bits).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes AddBits(Vector256Lanes a, Vector256Lanes b) => new((a.Bits + b.Bits).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes And(Vector256Lanes a, ulong mask) => new((a.Bits & Vector256.Create(mask)).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes ShiftLeft(Vector256Lanes a, int count) => new(Vector256.ShiftLeft(a.Bits, count).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes ShiftRight(Vector256Lanes a, int count) => new(Vector256.ShiftRightLogical(a.Bits, count).AsDouble());

    // Inlined into callers that pass constants, so the rotation takes an immediate.
#pragma warning disable CA1857
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes RotateLeft(Vector256Lanes a, int count) =>
        Avx512F.VL.IsSupported
            ? new(Avx512F.VL.RotateLeft(a.Bits, (byte)count).AsDouble())
            : new((Vector256.ShiftLeft(a.Bits, count) | Vector256.ShiftRightLogical(a.Bits, 64 - count)).AsDouble());
#pragma warning restore CA1857

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes SmallIntegerToDouble(Vector256Lanes a) =>
        new((Vector256.Create(TwoToThe52Bits) | a.Bits).AsDouble() - Vector256.Create(TwoToThe52));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe Vector256Lanes Gather(double* table, Vector256Lanes index)
    {
        if (Avx2.IsSupported)
        {
            return new(Avx2.GatherVector256(table, index.Bits.AsInt64(), 8));
        }

        Vector256<ulong> i = index.Bits;
        return new(Vector256.Create(table[i.GetElement(0)], table[i.GetElement(1)], table[i.GetElement(2)], table[i.GetElement(3)]));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void GatherPairs(double* pairs, Vector256Lanes index, out Vector256Lanes first, out Vector256Lanes second)
    {
        Vector256Lanes twice = AddBits(index, index);
        first = Gather(pairs, twice);
        second = Gather(pairs + 1, twice);
    }

    private const ulong TwoToThe52Bits = 0x4330000000000000UL;
    private const double TwoToThe52 = 4503599627370496.0;
}
