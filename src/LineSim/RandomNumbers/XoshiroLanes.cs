using System.Numerics;
using System.Runtime.CompilerServices;
using LineSim.Engine;

namespace LineSim.RandomNumbers;

/// <summary>
/// The xoshiro256** streams of several lanes (replications) advanced together in vector registers, each lane giving the
/// numbers its own <see cref="XoshiroStream"/> gives: the lane engines draw every lane's exponential times at once.
/// </summary>
/// <remarks>
/// A block of streams keeps its state word by word: word w of lane j at <c>w x stride + j</c>. The ziggurat's common
/// case (a position under its layer's bound, about 99% of draws) runs in the registers; a lane whose draw goes beyond
/// goes on alone with <see cref="ZigguratExponential.SampleBeyondLayer"/> on the same bits, as the scalar draw does,
/// so every lane's numbers are the scalar ones whatever the width.
/// </remarks>
internal static class XoshiroLanes
{
    /// <summary>Expands <paramref name="seed"/> into lane <paramref name="lane"/>'s state, as <see cref="XoshiroStream(ulong)"/> does.</summary>
    public static void Seed(Span<ulong> state, int stride, int lane, ulong seed)
    {
        new XoshiroStream(seed).GetState(out state[lane], out state[stride + lane], out state[(2 * stride) + lane], out state[(3 * stride) + lane]);
    }

    /// <summary>
    /// Fills <c>destination[slot x stride + j]</c>, for <paramref name="draws"/> slots and the <c>TLanes.Count</c>
    /// lanes j of the block whose state starts at <paramref name="state"/>, with exponential draws of mean
    /// <paramref name="mean"/>, in each lane's stream order.
    /// </summary>
    [SkipLocalsInit]
    public static unsafe void FillExponential<TLanes>(ref ulong state, int stride, ref double destination, int draws, double mean)
        where TLanes : struct, ILaneVector<TLanes>
    {
        ref ulong word1 = ref Unsafe.Add(ref state, stride);
        ref ulong word2 = ref Unsafe.Add(ref state, 2 * stride);
        ref ulong word3 = ref Unsafe.Add(ref state, 3 * stride);
        Span<ulong> drawn = stackalloc ulong[TLanes.Count];
        int slot = 0;
        while (slot < draws)
        {
            // The vector loop stops at a draw that some lane must finish alone, so that it holds its registers without
            // a call to save them around.
            uint beyond = FillUntilBeyond<TLanes>(ref state, stride, ref destination, ref slot, draws, mean, ref drawn[0]);
            if (beyond == 0)
            {
                return;
            }

            ref double target = ref Unsafe.Add(ref destination, slot * stride);
            do
            {
                int j = BitOperations.TrailingZeroCount(beyond);
                beyond &= beyond - 1;
                var stream = XoshiroStream.FromState(Unsafe.Add(ref state, j), Unsafe.Add(ref word1, j), Unsafe.Add(ref word2, j), Unsafe.Add(ref word3, j));
                Unsafe.Add(ref target, j) = mean * ZigguratExponential.SampleBeyondLayer(ref stream, (int)(drawn[j] & 0xFF), drawn[j] >> 8);
                stream.GetState(out Unsafe.Add(ref state, j), out Unsafe.Add(ref word1, j), out Unsafe.Add(ref word2, j), out Unsafe.Add(ref word3, j));
            }
            while (beyond != 0);

            slot++;
        }
    }

    /// <summary>
    /// Draws from <paramref name="slot"/> on until <paramref name="draws"/>, or until a draw that some lanes must finish
    /// alone: then returns those lanes as bits, leaves <paramref name="slot"/> at it and that draw's 53 bits in
    /// <paramref name="drawn"/>; the state in memory is the one after that draw's bits.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static unsafe uint FillUntilBeyond<TLanes>(ref ulong state, int stride, ref double destination, ref int slot, int draws, double mean, ref ulong drawn)
        where TLanes : struct, ILaneVector<TLanes>
    {
        ref ulong word1 = ref Unsafe.Add(ref state, stride);
        ref ulong word2 = ref Unsafe.Add(ref state, 2 * stride);
        ref ulong word3 = ref Unsafe.Add(ref state, 3 * stride);
        TLanes s0 = TLanes.LoadBits(ref state);
        TLanes s1 = TLanes.LoadBits(ref word1);
        TLanes s2 = TLanes.LoadBits(ref word2);
        TLanes s3 = TLanes.LoadBits(ref word3);
        TLanes scale = TLanes.Create(mean);
        uint lanes = (uint)((1UL << TLanes.Count) - 1);
        uint beyond = 0;
        int n = slot;
        double* pairs = ZigguratExponential.LanePairs;
        {
            for (; n < draws; n++)
            {
                // xoshiro256**: (s1 x 5 rotated left by 7) x 9, the products as shifts and additions.
                TLanes x = TLanes.AddBits(s1, TLanes.ShiftLeft(s1, 2));
                x = TLanes.RotateLeft(x, 7);
                x = TLanes.AddBits(x, TLanes.ShiftLeft(x, 3));
                TLanes t = TLanes.ShiftLeft(s1, 17);
                s2 = TLanes.Xor(s2, s0);
                s3 = TLanes.Xor(s3, s1);
                s1 = TLanes.Xor(s1, s2);
                s0 = TLanes.Xor(s0, s3);
                s2 = TLanes.Xor(s2, t);
                s3 = TLanes.RotateLeft(s3, 45);

                // The ziggurat: the layer from the low 8 of the 53 bits, the position from the other 45.
                TLanes bits = TLanes.ShiftRight(x, 11);
                TLanes layer = TLanes.And(bits, 0xFF);
                TLanes position = TLanes.SmallIntegerToDouble(TLanes.ShiftRight(bits, 8));
                TLanes.GatherPairs(pairs, layer, out TLanes accept, out TLanes width);
                TLanes.Store(TLanes.Multiply(scale, TLanes.Multiply(position, width)), ref Unsafe.Add(ref destination, n * stride));
                beyond = ~TLanes.GreaterThan(accept, position) & lanes;
                if (beyond != 0)
                {
                    TLanes.StoreBits(bits, ref drawn);
                    break;
                }
            }
        }

        slot = n;
        TLanes.StoreBits(s0, ref state);
        TLanes.StoreBits(s1, ref word1);
        TLanes.StoreBits(s2, ref word2);
        TLanes.StoreBits(s3, ref word3);
        return beyond;
    }
}
