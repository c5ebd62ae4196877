using System.Runtime.Intrinsics;

namespace LineSim.Engine;

/// <summary>Which <see cref="LaneWidth"/>s this machine runs in vector registers.</summary>
internal static class LaneWidths
{
    /// <summary>The widest width the hardware accelerates (scalar where none is).</summary>
    public static LaneWidth Widest { get; } =
        Vector512.IsHardwareAccelerated ? LaneWidth.Vector512
        : Vector256.IsHardwareAccelerated ? LaneWidth.Vector256
        : Vector128.IsHardwareAccelerated ? LaneWidth.Vector128
        : LaneWidth.Scalar;

    /// <summary>The widths the hardware accelerates, narrowest first, scalar included.</summary>
    public static IReadOnlyList<LaneWidth> Accelerated { get; } =
        [.. Enum.GetValues<LaneWidth>().Where(width => width <= Widest)];

    /// <summary>The width for a batch of <paramref name="replications"/>: the narrowest that holds them, at most <see cref="Widest"/>.</summary>
    public static LaneWidth For(int replications)
    {
        var width = LaneWidth.Scalar;
        while (width < Widest && (int)width < replications)
        {
            width = (LaneWidth)((int)width * 2);
        }

        return width;
    }
}
