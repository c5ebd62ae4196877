using System.Collections.Immutable;

namespace LineSim.Results;

/// <summary>What one station did during the observation window of one replication.</summary>
/// <param name="Name">The station's name.</param>
/// <param name="Working">Fraction of time processing a part (averaged over the station's servers).</param>
/// <param name="Starved">Fraction of time empty and waiting for a part (or for a free carrier).</param>
/// <param name="Blocked">Fraction of time holding a part it cannot pass on (after service) or may not start (before service).</param>
/// <param name="Down">Fraction of time stopped: failed (waiting for a technician or in repair), in maintenance or in a count-based stop.</param>
/// <param name="PartsProcessed">Parts that finished processing at the station in the window.</param>
/// <param name="Failures">Failures that began in the window.</param>
/// <remarks>
/// Working, starved, blocked, down, <see cref="Setup"/> and <see cref="OffShift"/> sum to one (the last two are 0
/// without variant changeovers and a shift calendar). For a cell of several servers each is the mean over its servers.
/// </remarks>
public sealed record StationStatistics(string Name, double Working, double Starved, double Blocked, double Down, long PartsProcessed, long Failures)
{
    /// <summary>The number of servers (machines) of the station.</summary>
    /// <value>Defaults to 1.</value>
    public int Servers { get; init; } = 1;

    /// <summary>Each server's fraction of time working, by server; for a single server, <see cref="Working"/> alone.</summary>
    public ImmutableArray<double> ServerWorking { get; init; } = [];

    /// <summary>Fraction of time in setup for a change of variant.</summary>
    public double Setup { get; init; }

    /// <summary>Fraction of time outside the shift calendar's working time, when nothing moves.</summary>
    public double OffShift { get; init; }

    /// <summary>The part of <see cref="Down"/> spent in planned maintenance windows.</summary>
    public double Maintenance { get; init; }

    /// <summary>The part of <see cref="Down"/> spent in stops after a count of parts (<see cref="Model.Station.Stops"/>).</summary>
    public double Stopped { get; init; }

    /// <summary>
    /// Per failure profile (<see cref="Model.Station.FailureProfiles"/>), the fraction of time failed by it (waiting for
    /// a technician or in repair) and its failures; empty for a station that never fails. A profile failed while
    /// another is, or in maintenance, counts in each, so they may sum to more than the failures' share of
    /// <see cref="Down"/>.
    /// </summary>
    public ImmutableArray<FailureDowntime> DownByFailure { get; init; } = [];

    /// <summary>The part of <see cref="Down"/> spent waiting for a technician of the repair crew; 0 without a crew.</summary>
    public double WaitingForCrew { get; init; }

    /// <summary>Parts that failed the station's quality check in the window and were scrapped.</summary>
    public long Scrapped { get; init; }

    /// <summary>Parts that failed the station's quality check in the window and were sent to rework.</summary>
    public long Reworked { get; init; }

    /// <summary>
    /// For an assembly station of a line with variants, the parts it assembled in the window from components of
    /// different variants (scrap or rework upstream put a supply's parts out of step); the part keeps the variant of its
    /// first input's component. 0 for other stations.
    /// </summary>
    public long VariantMismatches { get; init; }

    /// <summary>
    /// For an assembly station, per input, the fraction of time the station had an idle machine while that input
    /// lacked its parts (several inputs may lack parts at once); empty for a station with one input.
    /// </summary>
    public ImmutableArray<InputStarvation> StarvedByInput { get; init; } = [];

    /// <summary>The OEE availability factor: the fraction of working time (time not off shift) the station was neither down nor in setup.</summary>
    public double Availability => OffShift < 1 ? 1 - ((Down + Setup) / (1 - OffShift)) : 0;

    /// <summary>The OEE performance factor: the fraction of its available time the station was working.</summary>
    public double Performance => Availability > 0 ? Working / (1 - OffShift) / Availability : 0;

    /// <summary>The OEE quality factor: the fraction of parts processed in the window that passed the quality check (1 when none was processed).</summary>
    public double Quality => PartsProcessed > 0 ? (double)(PartsProcessed - Scrapped - Reworked) / PartsProcessed : 1;

    /// <summary>Overall equipment effectiveness: <see cref="Availability"/> x <see cref="Performance"/> x <see cref="Quality"/>.</summary>
    public double Oee => Availability * Performance * Quality;
}
