namespace LineSim.Engine;

/// <summary>The width of the registers that carry replications in lanes; each value is the number of lanes in one.</summary>
internal enum LaneWidth
{
    /// <summary>One lane: the lane engines' code on scalar registers.</summary>
    Scalar = 1,

    /// <summary>Two lanes in 128-bit registers (<see cref="Vector128Lanes"/>).</summary>
    Vector128 = 2,

    /// <summary>Four lanes in 256-bit registers (<see cref="Vector256Lanes"/>).</summary>
    Vector256 = 4,

    /// <summary>Eight lanes in 512-bit registers (<see cref="Vector512Lanes"/>).</summary>
    Vector512 = 8,
}
