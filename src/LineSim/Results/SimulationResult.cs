using System.Collections.Immutable;
using System.Globalization;

namespace LineSim.Results;

/// <summary>
/// The results of a simulation: each statistic as its mean over replications with a 95% confidence half-width,
/// and every replication's own figures in <see cref="ReplicationResults"/>.
/// </summary>
public sealed record SimulationResult
{
    /// <summary>The line's name.</summary>
    public required string Scenario { get; init; }

    /// <summary>The engine that ran the replications.</summary>
    public required EngineKind Engine { get; init; }

    /// <summary>The scenario seed.</summary>
    public required long Seed { get; init; }

    /// <summary>The number of replications behind the figures.</summary>
    public int Replications => ReplicationResults.Length;

    /// <summary>
    /// Whether the run was cancelled before every replication finished (<see cref="Simulation.Run"/>): the figures are
    /// those of the replications that did, fewer than the options asked for.
    /// </summary>
    public bool Interrupted { get; init; }

    /// <summary>The warm-up period, in seconds.</summary>
    public required double Warmup { get; init; }

    /// <summary>The mean observation window after the warm-up, in seconds.</summary>
    public required double Duration { get; init; }

    /// <summary>The line's takt time, in seconds.</summary>
    public required double TaktTime { get; init; }

    /// <summary>Throughput in parts (jobs) per hour.</summary>
    public required Estimate ThroughputPerHour { get; init; }

    /// <summary>Parts that left the line in the observation window: over a quarter with a calendar, the projected output of the quarter.</summary>
    public required Estimate PartsOut { get; init; }

    /// <summary>Takt time over the mean time between outputs; 1 or more means the line holds its takt.</summary>
    public required Estimate TaktAttainment { get; init; }

    /// <summary>Time-average work in process, in parts.</summary>
    public required Estimate WorkInProcess { get; init; }

    /// <summary>Mean lead time, in seconds of working time (see <see cref="ReplicationResult.LeadTime"/>).</summary>
    public required Estimate LeadTime { get; init; }

    /// <summary>Median lead time, in seconds of working time.</summary>
    public required Estimate LeadTimeP50 { get; init; }

    /// <summary>95th percentile lead time, in seconds of working time.</summary>
    public required Estimate LeadTimeP95 { get; init; }

    /// <summary>Mean lead time in calendar time, in seconds; equal to <see cref="LeadTime"/> without a shift calendar.</summary>
    public Estimate CalendarLeadTime { get; init; }

    /// <summary>Median lead time in calendar time, in seconds; equal to <see cref="LeadTimeP50"/> without a shift calendar.</summary>
    public Estimate CalendarLeadTimeP50 { get; init; }

    /// <summary>95th percentile lead time in calendar time, in seconds; equal to <see cref="LeadTimeP95"/> without a shift calendar.</summary>
    public Estimate CalendarLeadTimeP95 { get; init; }

    /// <summary>
    /// Throughput in parts per hour in each interval of <see cref="SimulationOptions.OutputInterval"/> seconds of the
    /// observation window, in order, over the intervals every replication has; empty when the option was not set.
    /// </summary>
    public ImmutableArray<Estimate> ThroughputOverTime { get; init; } = [];

    /// <summary>
    /// Throughput in parts per working hour in each interval of <see cref="ThroughputOverTime"/>: the basis to compare
    /// with the takt under a shift calendar (an interval without working time is NaN); without a calendar, the same as
    /// <see cref="ThroughputOverTime"/>.
    /// </summary>
    public ImmutableArray<Estimate> ThroughputPerWorkingHourOverTime { get; init; } = [];

    /// <summary>The length of the intervals of <see cref="ThroughputOverTime"/>, in seconds; <see langword="null"/> when not counted.</summary>
    public double? OutputInterval { get; init; }

    /// <summary>
    /// The lead times of the parts that left in every replication's observation window together, in forty bins of equal
    /// width from the shortest to the 99th percentile (the longest 1% are left out); empty when no part left.
    /// </summary>
    public ImmutableArray<HistogramBin> LeadTimeHistogram { get; init; } = [];

    /// <summary>Throughput in parts per working hour; equal to <see cref="ThroughputPerHour"/> without a shift calendar.</summary>
    public Estimate ThroughputPerWorkingHour { get; init; }

    /// <summary>Working hours in the observation window.</summary>
    public Estimate WorkingHours { get; init; }

    /// <summary>Per variant, parts out in the observation window: with a calendar over a quarter, the projected output of each.</summary>
    public ImmutableArray<NamedEstimate> OutputByVariant { get; init; } = [];

    /// <summary>Per paced segment; empty without segments.</summary>
    public ImmutableArray<SegmentSummary> Segments { get; init; } = [];

    /// <summary>With a shift calendar, per shift (by name), the mean output of one such shift; empty without one.</summary>
    public ImmutableArray<NamedEstimate> OutputPerShift { get; init; } = [];

    /// <summary>With a shift calendar, the output of each day of the window (day 0 starts with the window); empty without one.</summary>
    public ImmutableArray<Estimate> OutputPerDay { get; init; } = [];

    /// <summary>With a shift calendar, the output of each week of the window (week 0 starts with the window); empty without one.</summary>
    public ImmutableArray<Estimate> OutputPerWeek { get; init; } = [];

    /// <summary>Parts scrapped by quality checks in the observation window.</summary>
    public Estimate Scrapped { get; init; }

    /// <summary>Per station, in the line's order.</summary>
    public required ImmutableArray<StationSummary> Stations { get; init; }

    /// <summary>Per carrier loop; empty without carriers.</summary>
    public ImmutableArray<CarrierSummary> Carriers { get; init; } = [];

    /// <summary>Per repair crew; empty without crews.</summary>
    public ImmutableArray<CrewSummary> Crews { get; init; } = [];

    /// <summary>Per buffer or conveyor before a station (see <see cref="ReplicationResult.Buffers"/>).</summary>
    public required ImmutableArray<BufferSummary> Buffers { get; init; }

    /// <summary>The input buffer fed by an arrival source; <see langword="null"/> with an unlimited supply.</summary>
    public BufferSummary? InputBuffer { get; init; }

    /// <summary>
    /// Per station, its part as the bottleneck by the active period method, the likeliest bottleneck first (by sole plus
    /// shifting share); empty unless <see cref="SimulationOptions.AnalyseBottlenecks"/> was set.
    /// </summary>
    public ImmutableArray<BottleneckSummary> Bottlenecks { get; init; } = [];

    /// <summary>
    /// The throughput lost between the takt's and the achieved, by cause and station (see
    /// <see cref="ReplicationResult.Losses"/>), in the order of <see cref="LossCause"/>, then of the stations; causes no
    /// replication lost anything to are left out; empty unless <see cref="SimulationOptions.AnalyseBottlenecks"/> was set.
    /// </summary>
    public ImmutableArray<LossSummary> Losses { get; init; } = [];

    /// <summary>The line's overall equipment effectiveness; <see langword="null"/> unless <see cref="SimulationOptions.AnalyseBottlenecks"/> was set.</summary>
    public OeeSummary? Oee { get; init; }

    /// <summary>
    /// The bottleneck the reports name: the station first in <see cref="Bottlenecks"/> when the active period method ran,
    /// otherwise the one working or down the largest fraction of time (<see cref="Bottleneck"/>).
    /// </summary>
    public string BottleneckName => Bottlenecks.IsEmpty ? Bottleneck.Name : Bottlenecks[0].Station;

    /// <summary>Each replication's own results, by index.</summary>
    public required ImmutableArray<ReplicationResult> ReplicationResults { get; init; }

    /// <summary>
    /// The station that was working or down the largest fraction of time, so the least often waiting for the others:
    /// the usual sign of the bottleneck.
    /// </summary>
    public StationSummary Bottleneck
    {
        get
        {
            StationSummary best = Stations[0];
            foreach (StationSummary station in Stations)
            {
                if (station.Working.Mean + station.Down.Mean > best.Working.Mean + best.Down.Mean)
                {
                    best = station;
                }
            }

            return best;
        }
    }

    /// <summary>Summarises replications into means with confidence intervals.</summary>
    internal static SimulationResult Aggregate(string scenario, long seed, double warmup, double taktTime, ImmutableArray<ReplicationResult> replications)
    {
        int n = replications.Length;
        var values = new double[n];

        Estimate Over(Func<ReplicationResult, double> select)
        {
            for (int r = 0; r < n; r++)
            {
                values[r] = select(replications[r]);
            }

            return Estimate.From(values);
        }

        ReplicationResult first = replications[0];
        var stations = ImmutableArray.CreateBuilder<StationSummary>(first.Stations.Length);
        for (int s = 0; s < first.Stations.Length; s++)
        {
            StationStatistics station = first.Stations[s];
            // Lists, spread into immutable arrays below, so that empty ones are ImmutableArray<T>.Empty and records compare equal.
            var serverWorking = new List<NamedEstimate>();
            for (int m = 0; station.Servers > 1 && m < station.ServerWorking.Length; m++)
            {
                serverWorking.Add(new NamedEstimate((m + 1).ToString(CultureInfo.InvariantCulture), Over(r => r.Stations[s].ServerWorking[m])));
            }

            var starvedByInput = new List<NamedEstimate>();
            for (int k = 0; k < station.StarvedByInput.Length; k++)
            {
                starvedByInput.Add(new NamedEstimate(station.StarvedByInput[k].From, Over(r => r.Stations[s].StarvedByInput[k].Fraction)));
            }

            var downByFailure = new List<NamedEstimate>();
            for (int p = 0; p < station.DownByFailure.Length; p++)
            {
                downByFailure.Add(new NamedEstimate(station.DownByFailure[p].Name, Over(r => r.Stations[s].DownByFailure[p].Fraction)));
            }

            stations.Add(new StationSummary(
                station.Name,
                Over(r => r.Stations[s].Working),
                Over(r => r.Stations[s].Starved),
                Over(r => r.Stations[s].Blocked),
                Over(r => r.Stations[s].Down),
                Over(r => r.Stations[s].Availability))
            {
                Servers = station.Servers,
                ServerWorking = [.. serverWorking],
                WaitingForCrew = Over(r => r.Stations[s].WaitingForCrew),
                Setup = Over(r => r.Stations[s].Setup),
                OffShift = Over(r => r.Stations[s].OffShift),
                Maintenance = Over(r => r.Stations[s].Maintenance),
                Stopped = Over(r => r.Stations[s].Stopped),
                DownByFailure = [.. downByFailure],
                Quality = Over(r => r.Stations[s].Quality),
                Oee = Over(r => r.Stations[s].Oee),
                Scrapped = Over(r => r.Stations[s].Scrapped),
                Reworked = Over(r => r.Stations[s].Reworked),
                VariantMismatches = Over(r => r.Stations[s].VariantMismatches),
                StarvedByInput = [.. starvedByInput],
            });
        }

        var carriers = new List<CarrierSummary>();
        for (int c = 0; c < first.Carriers.Length; c++)
        {
            carriers.Add(new CarrierSummary(
                first.Carriers[c].Name,
                first.Carriers[c].Count,
                Over(r => r.Carriers[c].AverageLoaded),
                Over(r => r.Carriers[c].AverageReturning),
                Over(r => r.Carriers[c].AverageIdle),
                Over(r => r.Carriers[c].NoneIdleFraction),
                Over(r => r.Carriers[c].Utilisation),
                Over(r => r.Carriers[c].WaitingForCarrierFraction),
                Over(r => r.Carriers[c].ReturnBlockedFraction)));
        }

        var segments = new List<SegmentSummary>();
        for (int g = 0; g < first.Segments.Length; g++)
        {
            segments.Add(new SegmentSummary(
                first.Segments[g].Name,
                Over(r => r.Segments[g].Indexes),
                Over(r => r.Segments[g].LateIndexes),
                Over(r => r.Segments[g].StoppedBusy),
                Over(r => r.Segments[g].StoppedFailure),
                Over(r => r.Segments[g].StoppedStarved),
                Over(r => r.Segments[g].StoppedBlocked)));
        }

        var byVariant = new List<NamedEstimate>();
        for (int v = 0; v < first.OutputByVariant.Length; v++)
        {
            byVariant.Add(new NamedEstimate(first.OutputByVariant[v].Variant, Over(r => r.OutputByVariant[v].Parts)));
        }

        // The mean output of a shift of each name, per replication.
        var perShift = new List<NamedEstimate>();
        foreach (string shift in first.OutputPerShift.Select(o => o.Shift).Distinct())
        {
            perShift.Add(new NamedEstimate(shift, Over(r => r.OutputPerShift.Where(o => o.Shift == shift).Select(o => (double)o.Parts).DefaultIfEmpty(double.NaN).Average())));
        }

        ImmutableArray<Estimate> Series(Func<ReplicationResult, ImmutableArray<long>> select)
        {
            int length = replications.Min(r => select(r).Length);
            var series = new List<Estimate>(length);
            for (int k = 0; k < length; k++)
            {
                series.Add(Over(r => select(r)[k]));
            }

            return [.. series];
        }

        var crews = new List<CrewSummary>();
        for (int c = 0; c < first.Crews.Length; c++)
        {
            crews.Add(new CrewSummary(
                first.Crews[c].Name,
                first.Crews[c].Size,
                Over(r => r.Crews[c].Utilisation),
                Over(r => r.Crews[c].AverageWaiting),
                Over(r => r.Crews[c].Repairs)));
        }

        BufferSummary Summarise(BufferStatistics buffer, Func<ReplicationResult, BufferStatistics> select)
        {
            int intervals = int.MaxValue;
            foreach (ReplicationResult replication in replications)
            {
                intervals = Math.Min(intervals, select(replication).AveragePerInterval.Length);
            }

            var overTime = ImmutableArray.CreateBuilder<Estimate>(intervals);
            for (int k = 0; k < intervals; k++)
            {
                overTime.Add(Over(r => select(r).AveragePerInterval[k]));
            }

            return new BufferSummary(
                buffer.After,
                buffer.Before,
                buffer.Capacity,
                Over(r => select(r).AverageLevel),
                Over(r => select(r).FullFraction),
                Over(r => select(r).EmptyFraction))
            {
                IsConveyor = buffer.IsConveyor,
                HeldBack = Over(r => select(r).HeldBack),
                AverageLevelOverTime = overTime.MoveToImmutable(),
            };
        }

        var buffers = ImmutableArray.CreateBuilder<BufferSummary>(first.Buffers.Length);
        for (int b = 0; b < first.Buffers.Length; b++)
        {
            buffers.Add(Summarise(first.Buffers[b], r => r.Buffers[b]));
        }

        int intervals = int.MaxValue;
        foreach (ReplicationResult replication in replications)
        {
            intervals = Math.Min(intervals, replication.OutputPerInterval.Length);
        }

        double step = first.OutputInterval ?? 0;
        var throughputOverTime = ImmutableArray.CreateBuilder<Estimate>(intervals);
        var perWorkingHourOverTime = ImmutableArray.CreateBuilder<Estimate>(intervals);
        for (int k = 0; k < intervals; k++)
        {
            // The last interval of a replication ends with its window and may be shorter.
            throughputOverTime.Add(Over(r => r.OutputPerInterval[k] * 3_600 / Math.Min(step, r.ObservedTime - (k * step))));
            perWorkingHourOverTime.Add(Over(r => r.WorkingTimePerInterval[k] > 0 ? r.OutputPerInterval[k] * 3_600 / r.WorkingTimePerInterval[k] : double.NaN));
        }

        var bottlenecks = new List<BottleneckSummary>();
        for (int s = 0; s < first.Bottlenecks.Length; s++)
        {
            bottlenecks.Add(new BottleneckSummary(first.Bottlenecks[s].Station, Over(r => r.Bottlenecks[s].Sole), Over(r => r.Bottlenecks[s].Shifting)));
        }

        // Stable: equal shares keep the line's order.
        bottlenecks = [.. bottlenecks.OrderByDescending(b => b.Sole.Mean + b.Shifting.Mean)];

        var losses = new List<LossSummary>();
        var stationOrder = new Dictionary<string, int>();
        for (int s = 0; s < first.Stations.Length; s++)
        {
            stationOrder[first.Stations[s].Name] = s;
        }

        foreach ((LossCause cause, string? station) in replications
            .SelectMany(r => r.Losses)
            .Select(l => (l.Cause, l.Station))
            .Distinct()
            .OrderBy(k => k.Cause)
            .ThenBy(k => k.Station is null ? -1 : stationOrder[k.Station]))
        {
            losses.Add(new LossSummary(cause, station, Over(r => r.Losses.Where(l => l.Cause == cause && l.Station == station).Sum(l => l.ThroughputPerHour))));
        }

        OeeSummary? oee = first.Oee is null
            ? null
            : new OeeSummary(Over(r => r.Oee!.Availability), Over(r => r.Oee!.Performance), Over(r => r.Oee!.Quality), Over(r => r.Oee!.Oee));

        return new SimulationResult
        {
            Bottlenecks = [.. bottlenecks],
            Losses = [.. losses],
            Oee = oee,
            Scenario = scenario,
            Engine = first.Engine,
            Seed = seed,
            Warmup = warmup,
            Duration = Over(r => r.ObservedTime).Mean,
            TaktTime = taktTime,
            ThroughputPerHour = Over(r => r.ThroughputPerHour),
            PartsOut = Over(r => r.PartsOut),
            TaktAttainment = Over(r => r.TaktAttainment),
            WorkInProcess = Over(r => r.WorkInProcess),
            LeadTime = Over(r => r.LeadTime),
            LeadTimeP50 = Over(r => r.LeadTimeP50),
            LeadTimeP95 = Over(r => r.LeadTimeP95),
            CalendarLeadTime = Over(r => r.CalendarLeadTime),
            CalendarLeadTimeP50 = Over(r => r.CalendarLeadTimeP50),
            CalendarLeadTimeP95 = Over(r => r.CalendarLeadTimeP95),
            ThroughputOverTime = throughputOverTime.MoveToImmutable(),
            ThroughputPerWorkingHourOverTime = perWorkingHourOverTime.MoveToImmutable(),
            OutputInterval = first.OutputInterval,
            Scrapped = Over(r => r.Stations.Sum(station => station.Scrapped)),
            ThroughputPerWorkingHour = Over(r => r.ThroughputPerWorkingHour),
            WorkingHours = Over(r => r.WorkingTime / 3_600),
            OutputByVariant = [.. byVariant],
            Segments = [.. segments],
            OutputPerShift = [.. perShift],
            OutputPerDay = Series(r => r.OutputPerDay),
            OutputPerWeek = Series(r => r.OutputPerWeek),
            Stations = stations.MoveToImmutable(),
            Carriers = [.. carriers],
            Crews = [.. crews],
            Buffers = buffers.MoveToImmutable(),
            InputBuffer = first.InputBuffer is { } input ? Summarise(input, r => r.InputBuffer!) : null,
            ReplicationResults = replications,
        };
    }
}
