using System.Collections.Immutable;

namespace LineSim.Results;

/// <summary>The results of one replication, measured over its observation window (after the warm-up).</summary>
public sealed record ReplicationResult
{
    /// <summary>The replication's index, from 0.</summary>
    public required int Index { get; init; }

    /// <summary>The engine that ran the replication.</summary>
    public required EngineKind Engine { get; init; }

    /// <summary>The length of the observation window, in seconds.</summary>
    public required double ObservedTime { get; init; }

    /// <summary>The simulation clock when the replication ended, in seconds (warm-up plus observation window).</summary>
    public required double EndTime { get; init; }

    /// <summary>Parts that entered the line since time 0 (entered the first station or, with an arrival source, the input buffer).</summary>
    public required long Released { get; init; }

    /// <summary>Parts that left the line (the last station, or any station that feeds no other) since time 0.</summary>
    public required long Completed { get; init; }

    /// <summary>Parts scrapped by quality checks since time 0.</summary>
    public long Scrapped { get; init; }

    /// <summary>Parts used up as components by assembly stations since time 0 (each assembly keeps its first input's part).</summary>
    public long Assembled { get; init; }

    /// <summary>
    /// Parts in the line when the replication ended: <see cref="Released"/> minus <see cref="Completed"/>,
    /// <see cref="Scrapped"/> and <see cref="Assembled"/>.
    /// </summary>
    public required long WorkInProcessAtEnd { get; init; }

    /// <summary>Parts that left the last station during the observation window.</summary>
    public required long PartsOut { get; init; }

    /// <summary>Throughput in parts (jobs) per hour over the observation window.</summary>
    public required double ThroughputPerHour { get; init; }

    /// <summary>The takt time divided by the mean working time between outputs; 1 means the line holds its takt.</summary>
    public required double TaktAttainment { get; init; }

    /// <summary>The time-average number of parts in the line, in buffers and on machines.</summary>
    public required double WorkInProcess { get; init; }

    /// <summary>
    /// The mean lead time of parts that left in the window, in seconds of working time (with a shift calendar, the time
    /// off shift a part spent in the line does not count; without one, every second does); NaN when none left.
    /// </summary>
    public required double LeadTime { get; init; }

    /// <summary>The median lead time in working time, in seconds (from a streaming histogram, within 0.1% or 0.1 s); NaN when no part left, or when it lies beyond 115 days.</summary>
    public required double LeadTimeP50 { get; init; }

    /// <summary>The 95th percentile lead time in working time, in seconds (from a streaming histogram, within 0.1% or 0.1 s); NaN when no part left, or when it lies beyond 115 days.</summary>
    public required double LeadTimeP95 { get; init; }

    /// <summary>The mean lead time in calendar time (nights and weekends in the line count), in seconds; equal to <see cref="LeadTime"/> without a shift calendar.</summary>
    public double CalendarLeadTime { get; init; }

    /// <summary>The median lead time in calendar time, in seconds; equal to <see cref="LeadTimeP50"/> without a shift calendar.</summary>
    public double CalendarLeadTimeP50 { get; init; }

    /// <summary>The 95th percentile lead time in calendar time, in seconds; equal to <see cref="LeadTimeP95"/> without a shift calendar.</summary>
    public double CalendarLeadTimeP95 { get; init; }

    /// <summary>
    /// Parts that left the line in each interval of <see cref="OutputInterval"/> seconds of the observation window, in
    /// order; the last interval ends with the window and may be shorter. Empty unless
    /// <see cref="SimulationOptions.OutputInterval"/> was set.
    /// </summary>
    public ImmutableArray<long> OutputPerInterval { get; init; } = [];

    /// <summary>
    /// The working seconds in each interval of <see cref="OutputPerInterval"/>: the interval's length without a shift
    /// calendar, less its time off shift with one. Empty unless <see cref="SimulationOptions.OutputInterval"/> was set.
    /// </summary>
    public ImmutableArray<double> WorkingTimePerInterval { get; init; } = [];

    /// <summary>With a shift calendar, the working seconds in each day of <see cref="OutputPerDay"/>; empty without one.</summary>
    public ImmutableArray<double> WorkingTimePerDay { get; init; } = [];

    /// <summary>With a shift calendar, the working seconds in each week of <see cref="OutputPerWeek"/>; empty without one.</summary>
    public ImmutableArray<double> WorkingTimePerWeek { get; init; } = [];

    /// <summary>The length of the intervals of <see cref="OutputPerInterval"/>, in seconds; <see langword="null"/> when not counted.</summary>
    public double? OutputInterval { get; init; }

    /// <summary>Per station, in the line's order.</summary>
    public required ImmutableArray<StationStatistics> Stations { get; init; }

    /// <summary>
    /// Per buffer or conveyor before a station, in the order of the stations they feed and their inputs: those between
    /// two stations, and the input buffers of feeder lines fed by arrivals (with <see cref="BufferStatistics.After"/>
    /// <see langword="null"/>). The line source's input buffer is <see cref="InputBuffer"/>.
    /// </summary>
    public required ImmutableArray<BufferStatistics> Buffers { get; init; }

    /// <summary>The first station's input buffer fed by the line's arrival source; <see langword="null"/> with an unlimited supply.</summary>
    public BufferStatistics? InputBuffer { get; init; }

    /// <summary>Per variant, parts out in the window; empty for a line without variants.</summary>
    public ImmutableArray<VariantOutput> OutputByVariant { get; init; } = [];

    /// <summary>Per paced segment, in the line's order; empty without segments.</summary>
    public ImmutableArray<SegmentStatistics> Segments { get; init; } = [];

    /// <summary>Working time in the observation window, in seconds: <see cref="ObservedTime"/> less time off shift.</summary>
    public double WorkingTime { get; init; }

    /// <summary>Throughput in parts per working hour (per hour of <see cref="WorkingTime"/>).</summary>
    public double ThroughputPerWorkingHour { get; init; }

    /// <summary>With a shift calendar, the output of each shift that began in the window, in order; empty without one.</summary>
    public ImmutableArray<ShiftOutput> OutputPerShift { get; init; } = [];

    /// <summary>With a shift calendar, the output of each calendar day of the window (day 0 starts with the window); empty without one.</summary>
    public ImmutableArray<long> OutputPerDay { get; init; } = [];

    /// <summary>With a shift calendar, the output of each week of the window (week 0 starts with the window); empty without one.</summary>
    public ImmutableArray<long> OutputPerWeek { get; init; } = [];

    /// <summary>Per carrier loop, in the line's order; empty without carriers.</summary>
    public ImmutableArray<CarrierStatistics> Carriers { get; init; } = [];

    /// <summary>Per repair crew, in the line's order; empty without crews.</summary>
    public ImmutableArray<CrewStatistics> Crews { get; init; } = [];

    /// <summary>
    /// Per station, in the line's order, its part as the bottleneck by the active period method; empty unless
    /// <see cref="SimulationOptions.AnalyseBottlenecks"/> was set.
    /// </summary>
    public ImmutableArray<StationBottleneck> Bottlenecks { get; init; } = [];

    /// <summary>
    /// The throughput lost between the takt's and the achieved, by cause and station, measured on the momentary bottleneck:
    /// the losses sum to 3600 / <see cref="SimulationResult.TaktTime"/> less <see cref="ThroughputPerHour"/>. Causes
    /// without loss are left out; empty unless <see cref="SimulationOptions.AnalyseBottlenecks"/> was set.
    /// </summary>
    public ImmutableArray<ThroughputLoss> Losses { get; init; } = [];

    /// <summary>The line's overall equipment effectiveness; <see langword="null"/> unless <see cref="SimulationOptions.AnalyseBottlenecks"/> was set.</summary>
    public LineOee? Oee { get; init; }

    /// <summary>Events processed (event engine) or station completions computed (sample-path engine), warm-up included.</summary>
    public required long EventsProcessed { get; init; }
}
