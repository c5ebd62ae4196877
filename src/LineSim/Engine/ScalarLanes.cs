using System.Runtime.CompilerServices;
using LineSim.Execution.SamplePath;

namespace LineSim.Engine;

/// <summary>One lane in a scalar register: the lane engines' code with the bits of the vector forms, for testing them and for hardware without vectors.</summary>
internal readonly struct ScalarLanes : ILaneVector<ScalarLanes>
{
    private readonly double _value;

    private ScalarLanes(double value) => _value = value;

    private ScalarLanes(ulong bits) => _value = BitConverter.UInt64BitsToDouble(bits);

    public static int Count => 1;

    public static bool IsHardwareAccelerated => true;

    private ulong Bits => BitConverter.DoubleToUInt64Bits(_value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes Load(ref double source) => new(source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(ScalarLanes value, ref double destination) => destination = value._value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes Create(double value) => new(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes Add(ScalarLanes a, ScalarLanes b) => new(a._value + b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes Subtract(ScalarLanes a, ScalarLanes b) => new(a._value - b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes Multiply(ScalarLanes a, ScalarLanes b) => new(a._value * b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes Max(ScalarLanes a, ScalarLanes b) => new(SamplePathTime.Max(a._value, b._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes Minimum(ScalarLanes a, ScalarLanes b) => new(Math.Min(a._value, b._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes Maximum(ScalarLanes a, ScalarLanes b) => new(Math.Max(a._value, b._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes Round(ScalarLanes a) => new(Math.Round(a._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint GreaterThan(ScalarLanes a, ScalarLanes b) => a._value > b._value ? 1u : 0u;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint LessThanOrEqual(ScalarLanes a, ScalarLanes b) => a._value <= b._value ? 1u : 0u;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes LoadBits(ref ulong source) => new(source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreBits(ScalarLanes value, ref ulong destination) => destination = value.Bits;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes Xor(ScalarLanes a, ScalarLanes b) => new(a.Bits ^ b.Bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes AddBits(ScalarLanes a, ScalarLanes b) => new(a.Bits + b.Bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes And(ScalarLanes a, ulong mask) => new(a.Bits & mask);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes ShiftLeft(ScalarLanes a, int count) => new(a.Bits << count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes ShiftRight(ScalarLanes a, int count) => new(a.Bits >> count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes RotateLeft(ScalarLanes a, int count) => new(ulong.RotateLeft(a.Bits, count));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes SmallIntegerToDouble(ScalarLanes a) => new((double)a.Bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe ScalarLanes Gather(double* table, ScalarLanes index) => new(table[index.Bits]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void GatherPairs(double* pairs, ScalarLanes index, out ScalarLanes first, out ScalarLanes second)
    {
        ScalarLanes twice = AddBits(index, index);
        first = Gather(pairs, twice);
        second = Gather(pairs + 1, twice);
    }
}
