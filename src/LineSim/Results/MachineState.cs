namespace LineSim.Results;

/// <summary>What a machine (a station's server) is doing, in a <see cref="StateTimeline"/>.</summary>
public enum MachineState
{
    /// <summary>Processing a part.</summary>
    Working,

    /// <summary>Failed and in repair.</summary>
    Repair,

    /// <summary>Failed and waiting for a technician of its repair crew.</summary>
    WaitingForCrew,

    /// <summary>In setup for a change of variant.</summary>
    Setup,

    /// <summary>Stopped for a planned maintenance window.</summary>
    Maintenance,

    /// <summary>Empty and waiting for a part.</summary>
    Starved,

    /// <summary>Holding a part it cannot pass on (or, blocking before service, may not start).</summary>
    Blocked,

    /// <summary>Outside the shift calendar's working time.</summary>
    OffShift,
}
