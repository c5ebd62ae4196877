using System.Collections.Immutable;

namespace LineSim.Results;

/// <summary>
/// Every machine's state over a window of one replication (see <see cref="Simulation.RecordStates"/>): at
/// <see cref="From"/> each machine's state then, and after it every change up to <see cref="To"/>, in time order; a
/// machine stays in a state until its next change. Changes at one instant come in the order they happened: the last
/// one holds.
/// </summary>
public sealed record StateTimeline
{
    /// <summary>The replication's index.</summary>
    public required int Replication { get; init; }

    /// <summary>The window's start, in seconds of calendar time.</summary>
    public required double From { get; init; }

    /// <summary>The window's end, in seconds of calendar time (the replication's end, if earlier).</summary>
    public required double To { get; init; }

    /// <summary>The stations, in the line's order, with their number of machines.</summary>
    public required ImmutableArray<(string Station, int Servers)> Stations { get; init; }

    /// <summary>The states at <see cref="From"/>, then the changes, in time order.</summary>
    public required ImmutableArray<StateChange> Changes { get; init; }
}
