using System.Collections.Immutable;
using LineSim.Results;

namespace LineSim.Analysis;

/// <summary>The bottleneck by the active period method and by sensitivity, side by side (see <see cref="BottleneckSensitivity"/>).</summary>
public sealed record SensitivityResult
{
    /// <summary>The line as it is, run with <see cref="SimulationOptions.AnalyseBottlenecks"/>: its bottleneck shares and losses.</summary>
    public required SimulationResult Analysis { get; init; }

    /// <summary>The throughput of the line as it is, on the options' engine, which every gain is paired with.</summary>
    public required Estimate ThroughputPerHour { get; init; }

    /// <summary>The options the stations were improved by.</summary>
    public required SensitivityOptions Options { get; init; }

    /// <summary>Per station, in the line's order.</summary>
    public required ImmutableArray<StationSensitivity> Stations { get; init; }

    /// <summary>The station whose speed-up gains the most: the bottleneck by sensitivity.</summary>
    public string MostSensitive => Stations.MaxBy(s => s.FasterGain.Mean)!.Station;

    /// <summary>Whether the active period method names the same bottleneck as the sensitivity (<see cref="MostSensitive"/>).</summary>
    public bool Agree => Analysis.BottleneckName == MostSensitive;
}
