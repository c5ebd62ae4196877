using System.Collections.Immutable;

namespace LineSim.Results;

/// <summary>A buffer's statistics over replications, each with its 95% confidence half-width.</summary>
/// <param name="After">The station before the buffer; <see langword="null"/> for the input buffer.</param>
/// <param name="Before">The station after the buffer.</param>
/// <param name="Capacity">The buffer's capacity; <see cref="int.MaxValue"/> for an unlimited input buffer.</param>
/// <param name="AverageLevel">The time-average number of parts waiting.</param>
/// <param name="FullFraction">The fraction of time full.</param>
/// <param name="EmptyFraction">The fraction of time empty.</param>
public sealed record BufferSummary(string? After, string Before, int Capacity, Estimate AverageLevel, Estimate FullFraction, Estimate EmptyFraction)
{
    /// <summary>Whether this is an accumulating conveyor.</summary>
    public bool IsConveyor { get; init; }

    /// <summary>For an input buffer fed by a scheduled supply, the deliveries held back because it was full (<see cref="BufferStatistics.HeldBack"/>), per replication; 0 for other buffers.</summary>
    public Estimate HeldBack { get; init; }

    /// <summary>
    /// The time-average level in each interval of <see cref="SimulationOptions.OutputInterval"/> seconds, over the
    /// intervals every replication has; empty unless that option was set.
    /// </summary>
    public ImmutableArray<Estimate> AverageLevelOverTime { get; init; } = [];
}
