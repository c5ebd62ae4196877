using System.Collections.Immutable;

namespace LineSim.Results;

/// <summary>One station's part as the line's bottleneck in one replication, by the active period method.</summary>
/// <param name="Station">The station's name.</param>
/// <param name="Sole">Fraction of the window's working time it was the sole bottleneck.</param>
/// <param name="Shifting">Fraction of the window's working time it was a shifting bottleneck (its active period overlapping the one of the bottleneck before or after it).</param>
public sealed record StationBottleneck(string Station, double Sole, double Shifting)
{
    /// <summary>
    /// Fractions of the window's working time the station was the momentary bottleneck, by what it was doing
    /// (<see cref="LossCause"/>; <see cref="BottleneckWorking"/> apart); with no station active, the time goes to the last
    /// bottleneck as it ended, starved, blocked or waiting for its paced segment's takt. Causes with no time are left out.
    /// </summary>
    public ImmutableArray<CauseShare> Time { get; init; } = [];

    /// <summary>Fraction of the window's working time the station was the momentary bottleneck and working.</summary>
    public double BottleneckWorking { get; init; }
}
