using System.Collections.Immutable;

namespace LineSim.Results;

/// <summary>A station's state fractions over replications, each with its 95% confidence half-width.</summary>
/// <param name="Name">The station's name.</param>
/// <param name="Working">Fraction of time processing.</param>
/// <param name="Starved">Fraction of time empty and waiting for a part.</param>
/// <param name="Blocked">Fraction of time blocked by a full downstream buffer.</param>
/// <param name="Down">Fraction of time failed: waiting for a technician or in repair.</param>
/// <param name="Availability">The OEE availability factor: the fraction of working time neither down nor in setup.</param>
public sealed record StationSummary(string Name, Estimate Working, Estimate Starved, Estimate Blocked, Estimate Down, Estimate Availability)
{
    /// <summary>The number of servers (machines) of the station.</summary>
    /// <value>Defaults to 1.</value>
    public int Servers { get; init; } = 1;

    /// <summary>Each server's fraction of time working, named "1", "2", ...; empty for a single server.</summary>
    public ImmutableArray<NamedEstimate> ServerWorking { get; init; } = [];

    /// <summary>Fraction of time in setup for a change of variant.</summary>
    public Estimate Setup { get; init; }

    /// <summary>Fraction of time outside working time.</summary>
    public Estimate OffShift { get; init; }

    /// <summary>The part of <see cref="Down"/> spent in planned maintenance.</summary>
    public Estimate Maintenance { get; init; }

    /// <summary>The part of <see cref="Down"/> spent in stops after a count of parts.</summary>
    public Estimate Stopped { get; init; }

    /// <summary>Per failure profile (named as <see cref="FailureDowntime.Name"/>), the fraction of time failed by it; empty for a station that never fails.</summary>
    public ImmutableArray<NamedEstimate> DownByFailure { get; init; } = [];

    /// <summary>The part of <see cref="Down"/> spent waiting for a technician.</summary>
    public Estimate WaitingForCrew { get; init; }

    /// <summary>The OEE quality factor: the fraction of processed parts that passed the quality check.</summary>
    public Estimate Quality { get; init; }

    /// <summary>Overall equipment effectiveness: availability x performance x quality.</summary>
    public Estimate Oee { get; init; }

    /// <summary>Parts scrapped by the station's quality check in the observation window.</summary>
    public Estimate Scrapped { get; init; }

    /// <summary>Parts the station's quality check sent to rework in the observation window.</summary>
    public Estimate Reworked { get; init; }

    /// <summary>Parts an assembly station assembled from components of different variants in the observation window (see <see cref="StationStatistics.VariantMismatches"/>).</summary>
    public Estimate VariantMismatches { get; init; }

    /// <summary>For an assembly station, per input (named by the station it comes from), the fraction of time it starved the station.</summary>
    public ImmutableArray<NamedEstimate> StarvedByInput { get; init; } = [];
}
