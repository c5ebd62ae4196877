using System.Collections.Immutable;

namespace LineSim.Results;

/// <summary>How full one buffer or conveyor was during the observation window of one replication.</summary>
/// <param name="After">The station before the buffer; <see langword="null"/> for an input buffer fed by arrivals or a scheduled supply.</param>
/// <param name="Before">The station after the buffer.</param>
/// <param name="Capacity">The buffer's capacity; <see cref="int.MaxValue"/> for an unlimited input buffer.</param>
/// <param name="AverageLevel">The time-average number of parts waiting in it.</param>
/// <param name="FullFraction">The fraction of time it held <paramref name="Capacity"/> parts (always 1 for capacity 0).</param>
/// <param name="EmptyFraction">The fraction of time it held no part.</param>
public sealed record BufferStatistics(string? After, string Before, int Capacity, double AverageLevel, double FullFraction, double EmptyFraction)
{
    /// <summary>Whether this is an accumulating conveyor (its level counts the parts on it, travelling or queued).</summary>
    public bool IsConveyor { get; init; }

    /// <summary>
    /// For an input buffer fed by a scheduled supply, the deliveries in the window that found it full: each was held
    /// back and entered once there was room, none lost; 0 for other buffers.
    /// </summary>
    public long HeldBack { get; init; }

    /// <summary>
    /// The time-average level in each interval of <see cref="SimulationOptions.OutputInterval"/> seconds of the
    /// observation window, in order; empty unless that option was set.
    /// </summary>
    public ImmutableArray<double> AveragePerInterval { get; init; } = [];
}
