using System.Collections.Immutable;
using LineSim.Execution.Compiled;
using LineSim.Model;
using LineSim.Results;

namespace LineSim.Execution.Statistics;

/// <summary>
/// What an engine totalled over a replication's observation window, in seconds and counts; turns them into the
/// <see cref="ReplicationResult"/> both engines report, so that every figure is defined once.
/// </summary>
internal sealed class WindowTotals
{
    public WindowTotals(CompiledLine line)
    {
        int stations = line.StationCount;
        int links = line.LinkCapacity.Length;
        Working = new double[stations];
        Starved = new double[stations];
        Blocked = new double[stations];
        Down = new double[stations];
        Processed = new long[stations];
        Failures = new long[stations];
        ServerWorking = new double[stations][];
        WaitingForCrew = new double[stations];
        Setup = new double[stations];
        Maintenance = new double[stations];
        Stopped = new double[stations];
        DownByFailure = new double[stations][];
        FailuresByProfile = new long[stations][];
        Scrapped = new long[stations];
        Reworked = new long[stations];
        VariantMismatches = new long[stations];
        StarvedByInput = new double[stations][];
        LevelArea = new double[links];
        FullTime = new double[links];
        EmptyTime = new double[links];
        HeldBack = new long[links];
    }

    public double WindowStart { get; set; }

    public double End { get; set; }

    // Per station, seconds in each state and counts.
    public double[] Working { get; }

    public double[] Starved { get; }

    public double[] Blocked { get; }

    public double[] Down { get; }

    public long[] Processed { get; }

    public long[] Failures { get; }

    // Per station with several servers, each server's seconds working; null for a single server.
    public double[][] ServerWorking { get; }

    public double[] WaitingForCrew { get; }

    public double[] Setup { get; }

    public double[] Maintenance { get; }

    // Per station, seconds in count-based stops; per failure profile, seconds failed and failures (null: the engine
    // counts a station's only profile in Down and Failures).
    public double[] Stopped { get; }

    public double[]?[] DownByFailure { get; }

    public long[]?[] FailuresByProfile { get; }

    public long[] Scrapped { get; }

    public long[] Reworked { get; }

    public long[] VariantMismatches { get; }

    // Per assembly station, per input, seconds the station had an idle machine while the input lacked parts; null for others.
    public double[][] StarvedByInput { get; }

    // Per link (LineTopology.Links; link 0 of a serial line is the input buffer): the level's integral, seconds full and empty.
    // Times in each state above are per station, summed over its servers.

    public double[] LevelArea { get; }

    public double[] FullTime { get; }

    public double[] EmptyTime { get; }

    // Per link fed by a scheduled supply, the deliveries that found it full.
    public long[] HeldBack { get; }

    public double WorkInProcessArea { get; set; }

    public long Released { get; set; }

    public long Completed { get; set; }

    public long WorkInProcessAtEnd { get; set; }

    public long PartsOut { get; set; }

    public long EventsProcessed { get; set; }

    public long ScrappedSinceStart { get; set; }

    public long Assembled { get; set; }

    /// <summary>Working seconds in the window; <see langword="null"/> when the line works around the clock.</summary>
    public double? WorkingTime { get; set; }

    public ImmutableArray<VariantOutput> OutputByVariant { get; set; } = [];

    public ImmutableArray<SegmentStatistics> Segments { get; set; } = [];

    public ImmutableArray<ShiftOutput> OutputPerShift { get; set; } = [];

    public ImmutableArray<long> OutputPerDay { get; set; } = [];

    public ImmutableArray<long> OutputPerWeek { get; set; } = [];

    public ImmutableArray<CarrierStatistics> Carriers { get; set; } = [];

    public ImmutableArray<CrewStatistics> Crews { get; set; } = [];

    // leadTime is in working time (the same as calendar time without a shift calendar); calendarLeadTime is given with
    // a shift calendar only.
    /// <summary>Station <paramref name="i"/>'s downtime by failure profile; empty for a station that never fails.</summary>
    private ImmutableArray<FailureDowntime> FailureDowntimes(CompiledLine line, int i, double perServerSecond)
    {
        ImmutableArray<Model.FailureModel> profiles = line.Model.Stations[i].FailureProfiles;
        if (profiles.IsEmpty)
        {
            return [];
        }

        var downtimes = ImmutableArray.CreateBuilder<FailureDowntime>(profiles.Length);
        for (int p = 0; p < profiles.Length; p++)
        {
            double seconds = DownByFailure[i]?[p] ?? Down[i];
            long failures = FailuresByProfile[i]?[p] ?? Failures[i];
            downtimes.Add(new FailureDowntime(FailureDowntime.NameOf(profiles[p]), seconds * perServerSecond, failures));
        }

        return downtimes.MoveToImmutable();
    }

    public ReplicationResult ToResult(CompiledLine line, int replication, EngineKind engine, LeadTimeStatistics leadTime, OutputSeries? output, IntervalSeries[]? levels, LeadTimeStatistics? calendarLeadTime = null)
    {
        int stations = line.StationCount;
        double observed = End - WindowStart;
        double perSecond = observed > 0 ? 1 / observed : 0;
        double working = WorkingTime ?? observed;
        double offShift = observed > 0 ? Math.Max(0, observed - working) / observed : 0;
        var stationStatistics = ImmutableArray.CreateBuilder<StationStatistics>(stations);
        LineTopology.Link[] links = line.Topology.Links;
        for (int i = 0; i < stations; i++)
        {
            int servers = line.Servers[i];
            double perServerSecond = perSecond / servers;
            ImmutableArray<double> serverWorking = ServerWorking[i] is { } times
                ? [.. times.Select(t => t * perSecond)]
                : [Working[i] * perSecond];
            ImmutableArray<InputStarvation> starvedByInput = StarvedByInput[i] is { } starved
                ? [.. line.Topology.InputsOf[i].Select((link, k) => new InputStarvation(links[link].From >= 0 ? line.Names[links[link].From] : "supply", starved[k] * perSecond))]
                : [];
            stationStatistics.Add(new StationStatistics(
                line.Names[i],
                Working[i] * perServerSecond,
                Starved[i] * perServerSecond,
                Blocked[i] * perServerSecond,
                Down[i] * perServerSecond,
                Processed[i],
                Failures[i])
            {
                Servers = servers,
                ServerWorking = serverWorking,
                WaitingForCrew = WaitingForCrew[i] * perServerSecond,
                Setup = Setup[i] * perServerSecond,
                Maintenance = Maintenance[i] * perServerSecond,
                Stopped = Stopped[i] * perServerSecond,
                DownByFailure = FailureDowntimes(line, i, perServerSecond),
                OffShift = offShift,
                Scrapped = Scrapped[i],
                Reworked = Reworked[i],
                VariantMismatches = VariantMismatches[i],
                StarvedByInput = starvedByInput,
            });
        }

        BufferStatistics Link(int j) => new(
            links[j].From >= 0 ? line.Names[links[j].From] : null,
            line.Names[links[j].To],
            line.LinkCapacity[j],
            LevelArea[j] * perSecond,
            FullTime[j] * perSecond,
            EmptyTime[j] * perSecond)
        {
            AveragePerInterval = levels?[j].Averages(End) ?? [],
            IsConveyor = links[j].Conveyor is not null,
            HeldBack = HeldBack[j],
        };

        // Between stations, and feeder lines' input buffers fed by arrivals or schedules; the line source's one is InputBuffer.
        var buffers = new List<BufferStatistics>();
        for (int j = 0; j < links.Length; j++)
        {
            if (links[j].From >= 0 || (links[j].Supply is { IsUnlimited: false } && j != line.InputBufferLink))
            {
                buffers.Add(Link(j));
            }
        }

        ImmutableArray<long> outputPerInterval = output?.ToImmutable(End) ?? [];
        double throughputPerHour = PartsOut * 3600 * perSecond;
        double perWorkingHour = working > 0 ? PartsOut * 3600 / working : 0;
        return new ReplicationResult
        {
            Index = replication,
            Engine = engine,
            ObservedTime = observed,
            EndTime = End,
            Released = Released,
            Completed = Completed,
            WorkInProcessAtEnd = WorkInProcessAtEnd,
            PartsOut = PartsOut,
            ThroughputPerHour = throughputPerHour,
            TaktAttainment = perWorkingHour * line.TaktTime / 3600,
            WorkingTime = working,
            ThroughputPerWorkingHour = perWorkingHour,
            OutputByVariant = OutputByVariant,
            Segments = Segments,
            OutputPerShift = OutputPerShift,
            OutputPerDay = OutputPerDay,
            OutputPerWeek = OutputPerWeek,
            WorkInProcess = WorkInProcessArea * perSecond,
            LeadTime = leadTime.Mean,
            LeadTimeP50 = leadTime.Median,
            LeadTimeP95 = leadTime.Percentile95,
            CalendarLeadTime = (calendarLeadTime ?? leadTime).Mean,
            CalendarLeadTimeP50 = (calendarLeadTime ?? leadTime).Median,
            CalendarLeadTimeP95 = (calendarLeadTime ?? leadTime).Percentile95,
            OutputPerInterval = outputPerInterval,
            OutputInterval = output?.Interval,
            WorkingTimePerInterval = WorkingTimePer(line, output?.Interval ?? 0, outputPerInterval.Length),
            WorkingTimePerDay = WorkingTimePer(line, 86_400, OutputPerDay.Length),
            WorkingTimePerWeek = WorkingTimePer(line, 604_800, OutputPerWeek.Length),
            Stations = stationStatistics.MoveToImmutable(),
            Buffers = [.. buffers],
            InputBuffer = line.InputBufferLink < 0 ? null : Link(line.InputBufferLink),
            EventsProcessed = EventsProcessed,
            Scrapped = ScrappedSinceStart,
            Assembled = Assembled,
            Carriers = Carriers,
            Crews = Crews,
        };
    }

    /// <summary>
    /// The working seconds in each of <paramref name="periods"/> consecutive periods of <paramref name="length"/> seconds
    /// from the window's start, the last ending with the window; without a shift calendar, each period's length.
    /// </summary>
    private ImmutableArray<double> WorkingTimePer(CompiledLine line, double length, int periods)
    {
        if (periods == 0)
        {
            return [];
        }

        WorkCalendar? calendar = line.Model.Calendar is { } shifts ? new WorkCalendar(shifts) : null;
        var working = new double[periods];
        for (int k = 0; k < periods; k++)
        {
            double from = WindowStart + (k * length);
            double to = Math.Min(End, from + length);
            working[k] = calendar is null ? to - from : calendar.ToWorking(to) - calendar.ToWorking(from);
        }

        return ImmutableArray.Create(working);
    }
}
