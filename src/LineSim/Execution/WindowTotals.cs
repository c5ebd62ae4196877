using System.Collections.Immutable;
using LineSim.Results;

namespace LineSim.Execution;

/// <summary>
/// What an engine totalled over a replication's observation window, in seconds and counts; turns them into the
/// <see cref="ReplicationResult"/> both engines report, so that every figure is defined once.
/// </summary>
internal sealed class WindowTotals
{
    public WindowTotals(int stations)
    {
        Working = new double[stations];
        Starved = new double[stations];
        Blocked = new double[stations];
        Down = new double[stations];
        Processed = new long[stations];
        Failures = new long[stations];
        LevelArea = new double[stations];
        FullTime = new double[stations];
        EmptyTime = new double[stations];
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

    // Per link (link 0 is the input buffer): the integral of the level, and seconds full and empty.
    public double[] LevelArea { get; }

    public double[] FullTime { get; }

    public double[] EmptyTime { get; }

    public double WorkInProcessArea { get; set; }

    public long Released { get; set; }

    public long Completed { get; set; }

    public long WorkInProcessAtEnd { get; set; }

    public long PartsOut { get; set; }

    public long EventsProcessed { get; set; }

    public ReplicationResult ToResult(CompiledLine line, int replication, EngineKind engine, LeadTimeStatistics leadTime, OutputSeries? output, IntervalSeries[]? levels)
    {
        int stations = line.StationCount;
        double observed = End - WindowStart;
        double perSecond = observed > 0 ? 1 / observed : 0;
        var stationStatistics = ImmutableArray.CreateBuilder<StationStatistics>(stations);
        for (int i = 0; i < stations; i++)
        {
            stationStatistics.Add(new StationStatistics(
                line.Names[i],
                Working[i] * perSecond,
                Starved[i] * perSecond,
                Blocked[i] * perSecond,
                Down[i] * perSecond,
                Processed[i],
                Failures[i]));
        }

        BufferStatistics Link(int j) => new(
            j == 0 ? null : line.Names[j - 1],
            line.Names[j],
            line.LinkCapacity[j],
            LevelArea[j] * perSecond,
            FullTime[j] * perSecond,
            EmptyTime[j] * perSecond)
        {
            AveragePerInterval = levels?[j].Averages(End) ?? [],
        };

        var buffers = ImmutableArray.CreateBuilder<BufferStatistics>(stations - 1);
        for (int j = 1; j < stations; j++)
        {
            buffers.Add(Link(j));
        }

        double throughputPerHour = PartsOut * 3600 * perSecond;
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
            TaktAttainment = throughputPerHour * line.TaktTime / 3600,
            WorkInProcess = WorkInProcessArea * perSecond,
            LeadTime = leadTime.Mean,
            LeadTimeP50 = leadTime.Median,
            LeadTimeP95 = leadTime.Percentile95,
            OutputPerInterval = output?.ToImmutable(End) ?? [],
            OutputInterval = output?.Interval,
            Stations = stationStatistics.MoveToImmutable(),
            Buffers = buffers.MoveToImmutable(),
            InputBuffer = line.Interarrival is null ? null : Link(0),
            EventsProcessed = EventsProcessed,
        };
    }
}
