namespace LineSim.Results;

/// <summary>
/// Why a line makes less than its takt allows: the causes of <see cref="ThroughputLoss"/>, each measured on the
/// momentary bottleneck (the active period method), except <see cref="OffShift"/> and <see cref="Scrap"/>.
/// </summary>
public enum LossCause
{
    /// <summary>Calendar time outside the shift calendar's working time.</summary>
    OffShift,

    /// <summary>The bottleneck in repair after a failure.</summary>
    Failure,

    /// <summary>The bottleneck failed and waiting for a technician of its repair crew.</summary>
    WaitingForCrew,

    /// <summary>The bottleneck in setup for a change of variant.</summary>
    Setup,

    /// <summary>The bottleneck in a planned maintenance window.</summary>
    Maintenance,

    /// <summary>No station active, the last bottleneck starved.</summary>
    Starvation,

    /// <summary>No station active, the last bottleneck blocked.</summary>
    Blocking,

    /// <summary>Parts scrapped by the station's quality check.</summary>
    Scrap,

    /// <summary>No station active, the last bottleneck a paced segment's station waiting for the segment's takt.</summary>
    PacedSegmentStop,

    /// <summary>
    /// The bottleneck working, but making fewer good parts than the takt asks for in that time: its cycle is longer than
    /// the takt (negative where it is shorter), together with what parts in process gained or lost over the window.
    /// </summary>
    CycleOverTakt,
}
