namespace LineSim.Experiments;

/// <summary>A figure of a line that an experiment compares and an optimiser maximises or minimises.</summary>
public enum ExperimentFigure
{
    /// <summary>Parts (jobs) per hour; <c>throughputPerHour</c> in plan files.</summary>
    ThroughputPerHour,

    /// <summary>Takt time over the mean working time between outputs; <c>taktAttainment</c> in plan files.</summary>
    TaktAttainment,

    /// <summary>Time-average parts in the line; <c>wip</c> in plan files.</summary>
    WorkInProcess,

    /// <summary>Mean lead time in seconds; <c>leadTime</c> in plan files.</summary>
    LeadTime,
}
