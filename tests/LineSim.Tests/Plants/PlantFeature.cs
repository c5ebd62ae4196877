namespace LineSim.Tests.Plants;

/// <summary>What a generated plant and its run have; <see cref="AllFeaturePlants"/> reports which pairs its cases cover.</summary>
public enum PlantFeature
{
    /// <summary>Feeder lines merging at an assembly station.</summary>
    Assembly,

    /// <summary>Feeder lines merging at a first-available join.</summary>
    Join,

    /// <summary>A feeder line starting from arrivals rather than an unlimited supply.</summary>
    Arrivals,

    /// <summary>A station of several servers.</summary>
    Cell,

    /// <summary>A split by probability, round robin or first with space.</summary>
    Routing,

    /// <summary>A split by variant.</summary>
    RoutingByVariant,

    /// <summary>A quality check that sends parts to rework.</summary>
    Rework,

    /// <summary>A quality check that scraps parts.</summary>
    Scrap,

    /// <summary>A quality check on a feeder line just before an assembly station.</summary>
    QualityBeforeAssembly,

    /// <summary>An accumulating conveyor between two stations.</summary>
    Conveyor,

    /// <summary>A loop of carriers.</summary>
    Carriers,

    /// <summary>A loop of carriers whose return holds a limited number of them.</summary>
    FiniteCarrierReturn,

    /// <summary>A repair crew.</summary>
    Crew,

    /// <summary>A station with operation-dependent failures.</summary>
    OperationDependentFailures,

    /// <summary>A station with time-dependent failures.</summary>
    TimeDependentFailures,

    /// <summary>A paced segment.</summary>
    PacedSegment,

    /// <summary>Variants in a repeating sequence.</summary>
    VariantSequence,

    /// <summary>Variants drawn with shares.</summary>
    VariantShares,

    /// <summary>A station with setups between variants.</summary>
    Setup,

    /// <summary>A shift calendar.</summary>
    Calendar,

    /// <summary>A shift with a break.</summary>
    Breaks,

    /// <summary>Holidays.</summary>
    Holidays,

    /// <summary>Time-dependent failures counted in calendar time.</summary>
    FailuresInCalendarTime,

    /// <summary>Planned maintenance windows.</summary>
    Maintenance,

    /// <summary>A station with two failure profiles.</summary>
    FailureProfiles,

    /// <summary>A station that stops after a count of parts.</summary>
    CountStops,

    /// <summary>An exit pulled by its downstream on a schedule.</summary>
    PulledExit,

    /// <summary>A feeder line's supply delivering on a schedule.</summary>
    ScheduledSupply,

    /// <summary>Blocking before service.</summary>
    BlockingBeforeService,

    /// <summary>A warm-up that ends within working time (any warm-up without a calendar).</summary>
    WarmupEndsInWorkingTime,

    /// <summary>A warm-up that ends outside working time.</summary>
    WarmupEndsOffShift,

    /// <summary>A run of a given duration.</summary>
    RunByDuration,

    /// <summary>A run until a given number of parts have left.</summary>
    RunByPartCount,

    /// <summary>A run that finds the bottleneck by the active period method and breaks down the losses.</summary>
    BottleneckAnalysis,
}
