using System.Numerics;
using System.Runtime.CompilerServices;
using LineSim.Engine;
using LineSim.Execution.Compiled;
using LineSim.Execution.Statistics;
using LineSim.Logging;
using LineSim.Model;
using LineSim.Results;
using Microsoft.Extensions.Logging;

namespace LineSim.Execution.Event;

/// <summary>
/// One replication of a plant that is not a plain serial line, on the discrete-event engine: cells of parallel servers,
/// feeder lines and assembly, joins, routing, quality checks with scrap and rework, conveyors, carrier loops, repair
/// crews, paced segments, variants and changeovers, planned maintenance and shift calendars. <see cref="EventLineRun"/>
/// runs plain serial lines faster; on those both give the same departures.
/// </summary>
/// <remarks>
/// <para>
/// Every server owns three timers (end of processing, of a setup or up to an operation-dependent failure; a
/// time-dependent failure; end of a repair), every link one (a conveyor's next part reaching its end, or a supply's
/// next arrival), every carrier loop one (the next empty carrier back), every paced segment one (its takt), every
/// maintenance window one (its next opening or closing) and the run one (the end of the warm-up).
/// </para>
/// <para>
/// With a shift calendar the clock is working time (<see cref="WorkCalendar"/>): nothing moves outside it, so the
/// engine skips it, and converts to calendar time what it reports. The partial files hold the segments, the stoppages
/// (failures, crews, maintenance), the carriers, and the variants and calendar output.
/// </para>
/// <para>
/// An event changes a few stations; each is put on a work list, and before the clock moves on every station on the
/// list is advanced: its blocked servers pass their parts on, and its idle servers take new ones. A station that
/// frees room in an input puts the station upstream of it on the list, one that receives a part the station
/// downstream, so that a cascade runs to its end at one instant without recursion.
/// </para>
/// <para>
/// Room in a link: its capacity less the parts in it and the places reserved (blocking before service), plus, when it
/// is not a conveyor, the station's idle machines, each of which can hold a part (an assembly station: the input's
/// quantity) on its fixture. An assembly station's fixtures hold parts that reached a conveyor's end too, so that it
/// can gather more parts from a conveyor than the conveyor carries. Parts held that way count as in process, not in
/// the buffer.
/// </para>
/// </remarks>
/// <typeparam name="TFeatures">The features the plant uses (<see cref="IPlantFeatures"/>); the code of the others is compiled out.</typeparam>
internal sealed partial class PlantRun<TFeatures>
    where TFeatures : struct, IPlantFeatures
{
    private const int TimersPerServer = 3;
    private const int CompletionTimer = 0;
    private const int FailureTimer = 1;
    private const int RepairTimer = 2;

    // Maintenance windows that fall wholly outside working time this many times in a row are given up.
    private const int MaxSkippedWindows = 10_000;

    // Server.Target values besides a link index.
    private const int NoTarget = -1;
    private const int AnyTarget = -2;

    private readonly CompiledLine _line;
    private readonly CompiledPlant _plant;
    private readonly CompiledPlant.StationPlan[] _plans;
    private readonly LineTopology.Link[] _links;
    private readonly int[][] _inputsOf;
    private readonly int[][] _outputsOf;
    private readonly int _stationCount;
    private readonly int _serverCount;
    private readonly Simulator<Handler> _simulator;
    private readonly EventCalendar _calendar;
    private readonly int _linkTimers;
    private readonly int _loopTimers;
    private readonly int _warmupTimer;
    private readonly double _warmup;

    // The engine runs on working time (see WorkCalendar); options and reports speak calendar time.
    private readonly WorkCalendar? _workCalendar;
    private readonly bool _failuresInCalendarTime;
    private readonly double _warmupWorking;
    private readonly double _windowOpens;

    // The window in calendar time. For failures counted in calendar time: one due off shift takes effect when work
    // resumes, which may lie outside the window although its working time is the window's first or last instant.
    private readonly double _windowOpensCalendar;
    private double _windowEnds = double.PositiveInfinity;

    private readonly long _stopAfterParts;
    private readonly bool _beforeService;
    private readonly ILogger _logger;
    private readonly bool _trace;
    private readonly IDepartureObserver? _observer;

    // Stations and their servers.
    private readonly StationSlot[] _station;
    private readonly ServerSlot[] _server;
    private readonly ProcessingSampler[] _processing;
    private readonly Random?[] _failureRandom;
    private readonly Random?[] _repairRandom;
    private readonly Random?[] _qualityRandom;
    private readonly Random?[] _routingRandom;
    private readonly PartQueue[] _rework;

    // Links: a queue of part ids each, and for conveyors the time each part reaches the far end.
    private readonly LinkSlot[] _link;
    private readonly int[][] _items;
    private readonly double[]?[] _readyAt;
    private readonly Random?[] _arrivalRandom;
    private readonly bool[] _arrivalBlocked;

    // Repair crews and carrier loops.
    private readonly CrewSlot[] _crew;
    private readonly PartQueue[] _crewQueue;
    private readonly LoopSlot[] _loop;
    private readonly double[][] _returning;

    // Variants: the seed of the replication's counter-based draws, and per link fed by a supply the parts (or sets of
    // parts, CompiledPlant.PartsPerSet) it has supplied: the k-th set of every supply gets the k-th variant.
    private readonly ulong _variantSeed;
    private readonly long[] _supplied;
    private readonly Random?[] _setupRandom;
    private readonly long[] _variantOutput;

    // Paced segments, and maintenance windows (each a station's recurring stop).
    private readonly SegmentSlot[] _segment;
    private readonly int _segmentTimers;
    private readonly MaintenanceSlot[] _maintenance;
    private readonly int _maintenanceTimers;

    // Output per day, week and shift (by the shift's start) of the calendar.
    private readonly List<long> _outputPerDay = [];
    private readonly List<long> _outputPerWeek = [];
    private readonly Dictionary<double, long> _outputPerShift = [];

    // The stations to advance before the clock moves on, in a ring a power of two long (wrapped by a mask).
    private readonly int[] _work;
    private int _workHead;
    private int _workCount;

    // Statistics over the observation window.
    // Lead times in working time; with a shift calendar also in calendar time (without one they are the same).
    private readonly LeadTimeStatistics _leadTime = new();
    private readonly LeadTimeStatistics? _calendarLeadTime;

    private readonly OutputSeries? _output;
    private readonly IntervalSeries[]? _levels;
    private readonly long[] _failures;
    private readonly long[] _scrapped;
    private readonly long[] _reworked;
    private readonly long[] _variantMismatches;
    private readonly double[]?[] _shortTime;
    private readonly bool[]?[] _short;
    private readonly double[] _shortSince;
    private long _workInProcess;
    private double _workInProcessSince;
    private double _workInProcessArea;
    private double _windowStart;
    private double _windowStartWorking;
    private long _completed;
    private long _scrappedSinceStart;
    private long _assembled;
    private long _partsOut;
    private long _blockSequence;

    // Calendar time never goes back: accounting at the warm-up's and the run's end uses their exact times.
    private double _clockFloor;

    // Parts by id (the pool keeps each one's entry in calendar time); beside the pool, per part: when it entered in
    // working time, when it joined its current queue, the carrier loop it rides (-1: none) and its variant (-1: none).
    // These grow with the pool.
    private readonly PartPool _parts = new();

    private double[] _enteredAt;
    private double[] _queuedAt;
    private int[] _loopOf;
    private int[] _variant;

    public PlantRun(CompiledLine line, SimulationOptions options, int replication, ILogger logger, IDepartureObserver? observer = null)
    {
        _line = line;
        LineModel model = line.Model;
        _links = line.Topology.Links;
        _inputsOf = line.Topology.InputsOf;
        _outputsOf = line.Topology.OutputsOf;
        _stationCount = line.StationCount;
        _warmup = options.Warmup;
        _workCalendar = model.Calendar is { } calendar ? new WorkCalendar(calendar) : null;
        _failuresInCalendarTime = line.Plant.FailuresInCalendarTime;
        _warmupWorking = ToWorking(options.Warmup);
        _windowOpens = ToWorking(options.WindowOpensAfter);
        _windowOpensCalendar = options.WindowOpensAfter;
        _stopAfterParts = options.PartCount ?? long.MaxValue;
        _beforeService = line.Blocking == BlockingPolicy.BeforeService;
        _logger = logger;
        _trace = logger.IsEnabled(LogLevel.Trace);
        _observer = observer;
        _output = OutputSeries.For(options);
        _calendarLeadTime = _workCalendar is null ? null : new LeadTimeStatistics();
        _levels = IntervalSeries.ForLinks(_links.Length, options);
        long seed = options.Seed;

        _plant = line.Plant;
        _plans = _plant.Stations;
        _station = new StationSlot[_stationCount];
        _processing = new ProcessingSampler[_stationCount];
        _qualityRandom = new Random?[_stationCount];
        _routingRandom = new Random?[_stationCount];
        _setupRandom = new Random?[_stationCount];
        _rework = new PartQueue[_stationCount];
        _failures = new long[_stationCount];
        _scrapped = new long[_stationCount];
        _reworked = new long[_stationCount];
        _variantMismatches = new long[_stationCount];
        _shortTime = new double[]?[_stationCount];
        _short = new bool[]?[_stationCount];
        _shortSince = new double[_stationCount];
        for (int s = 0; s < _stationCount; s++)
        {
            ref readonly CompiledPlant.StationPlan plan = ref _plans[s];
            ref StationSlot slot = ref _station[s];
            slot.FirstServer = plan.FirstServer;
            slot.Servers = plan.Servers;
            slot.Input = plan.Input;
            slot.Output = plan.Output;
            slot.IdleUp = plan.Servers;
            slot.Assembly = plan.Assembly;
            slot.Rule = plan.Rule;
            slot.BoardsLoop = plan.BoardsLoop;
            slot.Crew = plan.Crew;
            _processing[s] = new ProcessingSampler(line.Processing[s], seed, replication, line.ProcessingStream[s], plan.DrawsOtherDistributions);
            _rework[s] = new PartQueue(4);
            if (model.Stations[s].Quality is not null)
            {
                _qualityRandom[s] = RandomStreams.Create(seed, replication, plan.QualityStream);
            }

            if (plan.RoutingCumulative is not null)
            {
                _routingRandom[s] = RandomStreams.Create(seed, replication, plan.RoutingStream);
            }

            if (plan.SetupTimes is not null)
            {
                _setupRandom[s] = RandomStreams.Create(seed, replication, plan.SetupStream);
            }

            if (plan.Assembly && _inputsOf[s].Length > 1)
            {
                _shortTime[s] = new double[_inputsOf[s].Length];
                _short[s] = new bool[_inputsOf[s].Length];
            }
        }

        int servers = _serverCount = _plant.ServerCount;
        _server = new ServerSlot[servers];
        _failureRandom = new Random?[servers];
        _repairRandom = new Random?[servers];
        for (int s = 0; s < _stationCount; s++)
        {
            ref StationSlot slot = ref _station[s];
            for (int k = 0; k < slot.Servers; k++)
            {
                int m = slot.FirstServer + k;
                ref ServerSlot server = ref _server[m];
                server.Station = s;
                server.Part = -1;
                server.LastVariant = -1;
                server.Target = NoTarget;
                server.State = StationState.Starved;
                if (line.Failures[s] is { } failures)
                {
                    server.Fails = true;
                    server.FailsInOperation = failures.Mode == FailureMode.OperationDependent;
                    _failureRandom[m] = RandomStreams.Create(seed, replication, _plant.ServerFailureStreams[m]);
                    _repairRandom[m] = RandomStreams.Create(seed, replication, _plant.ServerRepairStreams[m]);
                }
            }
        }

        _link = new LinkSlot[_links.Length];
        // Each link's parts in a ring a power of two long, wrapped by a mask rather than a branch the processor would
        // mispredict.
        _items = new int[_links.Length][];
        _readyAt = new double[]?[_links.Length];
        _arrivalRandom = new Random?[_links.Length];
        _arrivalBlocked = new bool[_links.Length];
        for (int l = 0; l < _links.Length; l++)
        {
            LineTopology.Link link = _links[l];
            ref LinkSlot slot = ref _link[l];
            slot.From = link.From;
            slot.To = link.To;
            slot.Capacity = link.Capacity;
            slot.Quantity = link.Quantity;
            slot.Travel = link.Conveyor?.TravelTime ?? 0;
            slot.IsConveyor = link.Conveyor is not null;
            slot.UnlimitedSupply = link.Supply is { IsUnlimited: true };
            _items[l] = new int[BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(link.Capacity, 1, 64))];
            if (slot.IsConveyor)
            {
                _readyAt[l] = new double[_items[l].Length];
            }

            if (link.Supply is { IsUnlimited: false })
            {
                _arrivalRandom[l] = RandomStreams.Create(seed, replication, _plant.ArrivalStreams[l]);
            }
        }

        _crew = new CrewSlot[_plant.CrewSizes.Length];
        _crewQueue = new PartQueue[_crew.Length];
        for (int c = 0; c < _crew.Length; c++)
        {
            _crew[c].Size = _plant.CrewSizes[c];
            _crewQueue[c] = new PartQueue(Math.Max(1, servers));
        }

        _loop = new LoopSlot[_plant.Loops.Length];
        _returning = new double[_loop.Length][];
        for (int c = 0; c < _loop.Length; c++)
        {
            CompiledPlant.LoopPlan loop = _plant.Loops[c];
            ref LoopSlot slot = ref _loop[c];
            slot.Count = loop.Count;
            slot.Idle = loop.Count;
            slot.Board = loop.Board;
            slot.Release = loop.Release;
            slot.ReturnTime = loop.ReturnTime;
            _returning[c] = new double[loop.Count];
        }

        _variantSeed = RandomStreams.SeedFor(seed, replication, _plant.VariantStream);
        _supplied = new long[_links.Length];
        _variantOutput = new long[_plant.VariantNames.Length];
        _maintenance = new MaintenanceSlot[_plant.Maintenance.Length];
        for (int w = 0; w < _maintenance.Length; w++)
        {
            CompiledPlant.MaintenancePlan window = _plant.Maintenance[w];
            _maintenance[w] = new MaintenanceSlot { Station = window.Station, First = window.First, Every = window.Every, Duration = window.Duration };
        }

        _segment = new SegmentSlot[_plant.Segments.Length];
        for (int g = 0; g < _segment.Length; g++)
        {
            CompiledPlant.SegmentPlan segment = _plant.Segments[g];
            ref SegmentSlot slot = ref _segment[g];
            slot.First = segment.First;
            slot.Last = segment.Last;
            slot.TaktTime = segment.TaktTime;
            slot.LastIndex = -segment.TaktTime;
        }

        _linkTimers = _plant.LinkTimers;
        _loopTimers = _plant.LoopTimers;
        _segmentTimers = _plant.SegmentTimers;
        _maintenanceTimers = _plant.MaintenanceTimers;
        _warmupTimer = _plant.WarmupTimer;
        _calendar = new EventCalendar(_warmupTimer + 1);
        _simulator = new Simulator<Handler>(_calendar, new Handler(this));
        _work = new int[BitOperations.RoundUpToPowerOf2((uint)Math.Max(_stationCount, 1))];

        _enteredAt = new double[_parts.Capacity];
        _queuedAt = new double[_parts.Capacity];
        _loopOf = new int[_parts.Capacity];
        _variant = new int[_parts.Capacity];
    }

    private enum Phase : byte
    {
        Empty,
        Setup,
        Processing,
        WaitingToStart,
        Finished,
    }

    private enum StationState : byte
    {
        Working,
        Starved,
        Blocked,
        Down,
        Setup,
    }

    private double Now => _simulator.Now;

    /// <summary>
    /// The calendar time of what happens now (a part entering or leaving, a failure, a repair's end): at a working
    /// instant that ends one shift and starts the next, the end of the shift before; never past the window's end, which
    /// working time 0 maps beyond when no shift starts before it.
    /// </summary>
    private double Stamp => TFeatures.Calendar ? Math.Min(_workCalendar!.ToCalendar(_simulator.Now), _windowEnds) : _simulator.Now;

    /// <summary>The calendar time up to which time-averages are taken: <see cref="Stamp"/>, but never before the warm-up's end once it has passed.</summary>
    private double Clock => TFeatures.Calendar ? Math.Max(_clockFloor, Stamp) : _simulator.Now;

    private bool Trace => TFeatures.Extras && _trace;

    /// <summary>Whether a machine can be stopped (<see cref="ServerSlot.Down"/>): by failures, or by planned maintenance.</summary>
    private static bool Stoppable => TFeatures.Failures || TFeatures.Planning;

    private bool BeforeService => TFeatures.Extras && _beforeService;

    private IDepartureObserver? Observer => TFeatures.Extras ? _observer : null;

    /// <summary>Runs the replication to its end and returns its results; adds its lead times to <paramref name="leadTimes"/>, if given.</summary>
    public ReplicationResult Run(int replication, double? duration, LeadTimeDistribution? leadTimes = null)
    {
        double end = duration is { } d ? _warmup + d : double.PositiveInfinity;
        _windowEnds = end;
        Start();
        _simulator.RunUntil(ToWorking(end));
        if (_workCalendar is not null && double.IsFinite(end) && Now >= ToWorking(end))
        {
            _clockFloor = end;
        }

        FlushStatistics();
        leadTimes?.Add(_leadTime);
        return BuildResult(replication);
    }

    private void Start()
    {
        for (int m = 0; m < _serverCount; m++)
        {
            ref ServerSlot server = ref _server[m];
            if (server.Fails)
            {
                double timeToFailure = _line.Failures[server.Station]!.TimeToFailure.Sample(_failureRandom[m]!);
                if (server.FailsInOperation)
                {
                    server.TimeToFailure = timeToFailure;
                }
                else
                {
                    // Counted in calendar time, from time 0 of the run: Monday 00:00, not the first shift's start.
                    _calendar.Schedule(Timer(m, FailureTimer), FailureDue(m, timeToFailure, from: 0));
                }
            }
        }

        if (_warmup > 0)
        {
            _calendar.Schedule(_warmupTimer, _warmupWorking);
        }

        for (int w = 0; w < _maintenance.Length; w++)
        {
            ScheduleMaintenance(w);
        }

        for (int l = 0; l < _links.Length; l++)
        {
            if (_arrivalRandom[l] is { } random)
            {
                _calendar.Schedule(_linkTimers + l, _links[l].Supply!.InterarrivalTime!.Sample(random));
            }
        }

        for (int s = 0; s < _stationCount; s++)
        {
            Wake(s);
        }

        Settle();
    }

    private static int Timer(int server, int kind) => (server * TimersPerServer) + kind;

    private void Dispatch(int timer)
    {
        if (timer < _linkTimers)
        {
            int server = timer / TimersPerServer;
            switch (timer - (server * TimersPerServer))
            {
                case CompletionTimer:
                    _server[server].CompletionPending = false;
                    if (TFeatures.Planning && _server[server].Phase == Phase.Setup)
                    {
                        StartProcessing(server, _server[server].Remaining);
                    }
                    else if (TFeatures.Failures && _server[server].CompletionIsFailure)
                    {
                        Fail(server);
                    }
                    else
                    {
                        OnProcessingFinished(server);
                    }

                    break;
                case FailureTimer:
                    Fail(server);
                    break;
                default:
                    OnRepaired(server);
                    break;
            }
        }
        else if (timer < _loopTimers)
        {
            int link = timer - _linkTimers;
            if (TFeatures.Conveyors && _link[link].IsConveyor)
            {
                OnConveyorEnd(link);
            }
            else
            {
                OnArrival(link);
            }
        }
        else if (timer < _segmentTimers)
        {
            OnCarrierReturned(timer - _loopTimers);
        }
        else if (timer < _maintenanceTimers)
        {
            ref SegmentSlot segment = ref _segment[timer - _segmentTimers];
            Wake(segment.First);
        }
        else if (timer < _warmupTimer)
        {
            OnMaintenance(timer - _maintenanceTimers);
        }
        else
        {
            OnWarmupEnd();
        }

        Settle();
    }

    private void Wake(int s)
    {
        ref StationSlot station = ref _station[s];
        if (station.Queued)
        {
            return;
        }

        station.Queued = true;
        _work[(_workHead + _workCount) & (_work.Length - 1)] = s;
        _workCount++;
    }

    /// <summary>Advances every station on the work list, and those they put on it, until none can do more at this instant.</summary>
    private void Settle()
    {
        while (_workCount > 0)
        {
            int s = _work[_workHead];
            _workHead = (_workHead + 1) & (_work.Length - 1);

            _workCount--;
            _station[s].Queued = false;
            Advance(s);
        }
    }

    /// <summary>Station <paramref name="s"/> passes on what it can, takes what it can, and tells its inputs' sources about room it opened.</summary>
    private void Advance(int s)
    {
        ref StationSlot station = ref _station[s];
        if (TFeatures.Planning && _plans[s].Segment >= 0)
        {
            TryIndex(_plans[s].Segment);
        }
        else
        {
            if (station.Blocked > 0)
            {
                PassOnBlocked(s);
            }

            while (station.IdleUp > 0 && TryTake(s))
            {
            }
        }

        if (TFeatures.Cells && _short[s] is not null)
        {
            AccountShortage(s);
        }

        if (!TFeatures.Cells)
        {
            if (station.Input >= 0)
            {
                OfferRoom(station.Input);
            }

            return;
        }

        foreach (int l in _inputsOf[s])
        {
            OfferRoom(l);
        }
    }

    /// <summary>Where link <paramref name="l"/> has room, its station upstream, if blocked, is woken, or its supply's blocked arrival enters.</summary>
    private void OfferRoom(int l)
    {
        int from = _link[l].From;
        if (from >= 0)
        {
            if (_station[from].Blocked > 0 && HasRoom(l))
            {
                Wake(from);
            }
        }
        else if (_arrivalBlocked[l] && HasRoom(l))
        {
            _arrivalBlocked[l] = false;
            EnterFromSupply(l);
        }
    }

    /// <summary>The servers of <paramref name="s"/> that hold a part they could not pass on, or may not start, go ahead where they now can, longest blocked first.</summary>
    private void PassOnBlocked(int s)
    {
        ref StationSlot station = ref _station[s];
        if (!TFeatures.Cells)
        {
            PassOnBlockedServer(station.FirstServer);
            return;
        }

        while (station.Blocked > 0)
        {
            int best = -1;
            int target = NoTarget;
            long since = long.MaxValue;
            for (int m = station.FirstServer; m < station.FirstServer + station.Servers; m++)
            {
                ref ServerSlot server = ref _server[m];
                if ((Stoppable && server.Down) || server.Phase is not (Phase.Finished or Phase.WaitingToStart) || server.BlockedSequence >= since)
                {
                    continue;
                }

                int room = TargetWithRoom(s, server.Target);
                if (room >= 0)
                {
                    best = m;
                    target = room;
                    since = server.BlockedSequence;
                }
            }

            if (best < 0)
            {
                return;
            }

            GoAhead(best, target);
        }
    }

    /// <summary>The single server <paramref name="m"/> of a station passes on its part, or starts it, if it is blocked and now can.</summary>
    private void PassOnBlockedServer(int m)
    {
        ref ServerSlot server = ref _server[m];
        if ((Stoppable && server.Down) || server.Phase is not (Phase.Finished or Phase.WaitingToStart))
        {
            return;
        }

        int room = TargetWithRoom(server.Station, server.Target);
        if (room >= 0)
        {
            GoAhead(m, room);
        }
    }

    /// <summary>Blocked server <paramref name="m"/> passes its finished part into link <paramref name="target"/>, or, waiting to start, reserves a place there and starts.</summary>
    private void GoAhead(int m, int target)
    {
        ref ServerSlot server = ref _server[m];
        if (server.Phase == Phase.Finished)
        {
            PassOn(m, target);
        }
        else
        {
            _station[server.Station].Blocked--;
            server.Target = target;
            _link[target].Reserved++;
            StartProcessing(m, server.Remaining);
        }
    }

    /// <summary>The link among <paramref name="target"/> (or, for <see cref="AnyTarget"/>, the outputs of <paramref name="s"/> in order) that has room; -1 when none.</summary>
    private int TargetWithRoom(int s, int target)
    {
        if (target >= 0)
        {
            return HasRoom(target) ? target : -1;
        }

        foreach (int l in _outputsOf[s])
        {
            if (HasRoom(l))
            {
                return l;
            }
        }

        return -1;
    }

    /// <summary>An idle server of <paramref name="s"/> takes a reworked part, or its inputs' next parts; false when it has none to take.</summary>
    private bool TryTake(int s)
    {
        ref StationSlot station = ref _station[s];
        int m = station.FirstServer;
        while (TFeatures.Cells && (_server[m].Phase != Phase.Empty || (Stoppable && _server[m].Down)))
        {
            m++;
        }

        int part = TakeNext(s);
        if (part < 0)
        {
            return false;
        }

        Begin(m, part);
        return true;
    }

    /// <summary>Takes the next part for station <paramref name="s"/>: a reworked one, or one (or an assembly's set) from its inputs, on a carrier if it boards one; -1 when there is none.</summary>
    private int TakeNext(int s)
    {
        // Every part starts at a boarding station on a free carrier, a part sent back for rework included (it got off
        // its carrier when it was sent back).
        if (!TFeatures.Carriers && !TFeatures.Quality)
        {
            return TakeFromInputs(s);
        }

        int loop = TFeatures.Carriers ? _station[s].BoardsLoop : -1;
        if (loop >= 0 && _loop[loop].Idle == 0)
        {
            return -1;
        }

        ref PartQueue rework = ref _rework[s];
        int part = TFeatures.Quality && rework.Count > 0 ? rework.Dequeue() : TakeFromInputs(s);
        if (part >= 0 && loop >= 0 && _loopOf[part] < 0)
        {
            ref LoopSlot carriers = ref _loop[loop];
            AccountLoop(loop);
            carriers.Idle--;
            carriers.Loaded++;
            _loopOf[part] = loop;
        }

        return part;
    }

    /// <summary>Takes the next part from the inputs of <paramref name="s"/> (a set of parts, for an assembly, kept as one); -1 when they have none.</summary>
    private int TakeFromInputs(int s)
    {
        ref StationSlot station = ref _station[s];
        int part;
        if (!TFeatures.Cells)
        {
            // One input: a supply, or a link whose parts (its quantity of them: the first carries on) are ready.
            int only = station.Input;
            if (TFeatures.Quality && only < 0)
            {
                return -1; // A rework station: it gets parts only as rework.
            }

            ref LinkSlot link = ref _link[only];
            if (link.UnlimitedSupply)
            {
                return NewPart(only);
            }

            if (Ready(ref link) < link.Quantity)
            {
                return -1;
            }

            part = TakeHead(only);
            for (int q = link.Quantity; q > 1; q--)
            {
                UseUp(TakeHead(only));
            }

            return part;
        }

        int[] inputs = _inputsOf[s];
        if (TFeatures.Quality && inputs.Length == 0)
        {
            return -1;
        }

        if (!station.Assembly)
        {
            // A join takes the part that has waited longest; a new part from an unlimited supply counts as arriving now.
            int chosen = -1;
            double oldest = double.PositiveInfinity;
            foreach (int l in inputs)
            {
                ref LinkSlot link = ref _link[l];
                double waitingSince = link.UnlimitedSupply ? Now : Ready(ref link) > 0 ? _queuedAt[_items[l][link.Head]] : double.PositiveInfinity;
                if (waitingSince < oldest)
                {
                    oldest = waitingSince;
                    chosen = l;
                }
            }

            if (chosen < 0)
            {
                return -1;
            }

            part = _link[chosen].UnlimitedSupply ? NewPart(chosen) : TakeHead(chosen);
        }
        else
        {
            foreach (int l in inputs)
            {
                ref LinkSlot link = ref _link[l];
                if (!link.UnlimitedSupply && Ready(ref link) < link.Quantity)
                {
                    return -1;
                }
            }

            part = -1;
            bool mismatch = false;
            foreach (int l in inputs)
            {
                for (int q = _link[l].Quantity; q > 0; q--)
                {
                    int taken = _link[l].UnlimitedSupply ? NewPart(l) : TakeHead(l);
                    if (part < 0)
                    {
                        part = taken;
                    }
                    else
                    {
                        mismatch |= _variant[taken] != _variant[part];
                        UseUp(taken);
                    }
                }
            }

            // The assembly keeps the variant of its first input's part; components of another variant were joined to it.
            if (mismatch && Now > _windowOpens)
            {
                _variantMismatches[s]++;
            }
        }

        return part;
    }

    /// <summary>Whether <see cref="TakeNext"/> would find a part for station <paramref name="s"/>.</summary>
    private bool HasNext(int s)
    {
        ref StationSlot station = ref _station[s];
        if (station.BoardsLoop >= 0 && _loop[station.BoardsLoop].Idle == 0)
        {
            return false;
        }

        if (_rework[s].Count > 0)
        {
            return true;
        }

        if (_inputsOf[s].Length == 0)
        {
            return false;
        }

        foreach (int l in _inputsOf[s])
        {
            ref LinkSlot link = ref _link[l];
            bool ready = link.UnlimitedSupply || Ready(ref link) >= (station.Assembly ? link.Quantity : 1);
            if (ready != station.Assembly)
            {
                return ready; // A join needs one input ready, an assembly every input.
            }
        }

        return station.Assembly;
    }

    private static int Ready(ref LinkSlot link) => TFeatures.Conveyors && link.IsConveyor ? link.Ready : link.Count;

    /// <summary>Takes the first part out of link <paramref name="l"/>.</summary>
    private int TakeHead(int l)
    {
        ref LinkSlot link = ref _link[l];
        AccountLink(l);
        int[] items = _items[l];
        int part = items[link.Head];
        link.Head = (link.Head + 1) & (items.Length - 1);
        link.Count--;
        if (TFeatures.Conveyors && link.IsConveyor)
        {
            link.Ready--;
        }

        return part;
    }

    /// <summary>Whether link <paramref name="l"/> can take one more part now.</summary>
    private bool HasRoom(int l)
    {
        ref LinkSlot link = ref _link[l];
        if (link.UnlimitedSupply)
        {
            return false;
        }

        // In long: an unlimited input buffer has capacity int.MaxValue.
        long free = (long)link.Capacity - link.Count - link.Reserved;
        if (free > 0)
        {
            return true;
        }

        int s = link.To;
        ref StationSlot station = ref _station[s];
        if (TFeatures.Conveyors && link.IsConveyor && !station.Assembly)
        {
            return false;
        }

        // Parts sent back for rework take the idle machines, and at a boarding station the free carriers, first.
        long idle = station.IdleUp;
        if (TFeatures.Carriers && station.BoardsLoop >= 0)
        {
            idle = Math.Min(idle, _loop[station.BoardsLoop].Idle);
        }

        if (TFeatures.Quality)
        {
            idle -= _rework[s].Count;
        }

        if (idle <= 0)
        {
            return false;
        }

        // A station of one input takes its parts as an assembly of one does (a join's quantity is 1).
        if (!TFeatures.Cells || station.Assembly)
        {
            // Each idle machine's fixture holds the input's quantity; from a conveyor, only parts that reached its end,
            // whose places on the conveyor are then free.
            long fixtures = idle * link.Quantity;
            return free + (TFeatures.Conveyors && link.IsConveyor ? Math.Min(link.Ready, fixtures) : fixtures) > 0;
        }

        // A join's idle machines are shared by its inputs: parts beyond any input's capacity already claim them.
        foreach (int other in _inputsOf[s])
        {
            ref LinkSlot input = ref _link[other];
            idle -= Math.Max(0, (long)input.Count + input.Reserved - input.Capacity);
        }

        return idle > 0;
    }

    /// <summary>Server <paramref name="m"/> takes <paramref name="part"/>, and starts it or, blocking before service, waits for a downstream place.</summary>
    private void Begin(int m, int part)
    {
        ref ServerSlot server = ref _server[m];
        int s = server.Station;
        ref StationSlot station = ref _station[s];
        station.IdleUp--;
        server.Part = part;
        Distribution? own = TFeatures.Planning && _variant[part] >= 0 ? _plans[s].VariantProcessing?[_variant[part]] : null;
        double work = own is null ? _processing[s].Next() : _processing[s].Next(own);
        server.Target = NoTarget;
        if (BeforeService && _outputsOf[s].Length > 0 && !(TFeatures.Planning && _plans[s].Segment >= 0))
        {
            int target = ChooseTarget(s, part);
            int room = TargetWithRoom(s, target);
            if (room < 0)
            {
                server.Target = target;
                server.Remaining = work;
                server.Phase = Phase.WaitingToStart;
                server.BlockedSequence = ++_blockSequence;
                station.Blocked++;
                SetState(ref server, StationState.Blocked);
                return;
            }

            server.Target = room;
            _link[room].Reserved++;
        }

        if (TFeatures.Planning)
        {
            Start(m, work);
        }
        else
        {
            StartProcessing(m, work);
        }
    }

    /// <summary>Server <paramref name="m"/> starts its part: after a setup, when the part's variant differs from the last one it made and the station has one.</summary>
    private void Start(int m, double work)
    {
        ref ServerSlot server = ref _server[m];
        int s = server.Station;
        int variant = _variant[server.Part];
        int last = server.LastVariant;
        server.LastVariant = variant;
        Distribution?[]? setups = _plans[s].SetupTimes;
        if (setups is null || last < 0 || variant < 0 || last == variant || setups[(last * _plant.VariantNames.Length) + variant] is not { } setup)
        {
            StartProcessing(m, work);
            return;
        }

        server.Phase = Phase.Setup;
        server.Remaining = work;
        SetState(ref server, StationState.Setup);
        ScheduleCompletion(m, Now + setup.Sample(_setupRandom[s]!));
    }

    private void ScheduleCompletion(int m, double due)
    {
        _calendar.Schedule(Timer(m, CompletionTimer), due);
        _server[m].CompletionPending = true;
    }

    /// <summary>The output link for <paramref name="part"/> at <paramref name="s"/> under its routing; <see cref="AnyTarget"/> for the first with space.</summary>
    private int ChooseTarget(int s, int part)
    {
        if (!TFeatures.Cells)
        {
            return _station[s].Output;
        }

        int[] outputs = _outputsOf[s];
        if (outputs.Length == 1)
        {
            return outputs[0];
        }

        ref StationSlot station = ref _station[s];
        switch (station.Rule)
        {
            case RoutingRule.Probability:
                double[] cumulative = _plans[s].RoutingCumulative!;
                double u = _routingRandom[s]!.NextDouble();
                for (int t = 0; t < cumulative.Length - 1; t++)
                {
                    if (u < cumulative[t])
                    {
                        return outputs[t];
                    }
                }

                return outputs[^1];
            case RoutingRule.RoundRobin:
                int next = station.NextTarget;
                station.NextTarget = next + 1 == outputs.Length ? 0 : next + 1;
                return outputs[next];
            case RoutingRule.ByVariant:
                int variant = _variant[part];
                return _plans[s].VariantTargets![Math.Max(0, variant)];
            default:
                return AnyTarget;
        }
    }

    /// <summary>Processes <paramref name="work"/> seconds on server <paramref name="m"/>, or up to its next operation-dependent failure.</summary>
    private void StartProcessing(int m, double work)
    {
        ref ServerSlot server = ref _server[m];
        server.Phase = Phase.Processing;
        SetState(ref server, StationState.Working);
        double due = Now + (TFeatures.Failures
            ? OperationFailures.UntilNextEvent(server.FailsInOperation, ref server.TimeToFailure, ref server.Remaining, work, out server.CompletionIsFailure)
            : work);

        ScheduleCompletion(m, due);
        if (Trace)
        {
            long number = _parts.Number(server.Part);
            _logger.ProcessingStarted(Now, _line.Names[server.Station], number, due);
        }
    }

    private void OnProcessingFinished(int m)
    {
        ref ServerSlot server = ref _server[m];
        int s = server.Station;
        ref StationSlot station = ref _station[s];
        int part = server.Part;
        bool inWindow = Now > _windowOpens;
        if (inWindow)
        {
            station.Processed++;
        }

        if (Trace)
        {
            long number = _parts.Number(part);
            _logger.ProcessingFinished(Now, _line.Names[s], number);
        }

        if (BeforeService && server.Target >= 0)
        {
            // The reserved place is the part's to use now, or, if it failed its check, free again.
            _link[server.Target].Reserved--;
        }

        Random? quality = TFeatures.Quality ? _qualityRandom[s] : null;
        double u = quality is null ? 0 : quality.NextDouble();
        if (TFeatures.Quality && u >= _plans[s].Yield)
        {
            FailedCheck(s, part, (u - _plans[s].Yield) / (1 - _plans[s].Yield), inWindow);
            server.Part = -1;
            Emptied(m);
            return;
        }

        server.Phase = Phase.Finished;
        station.Blocked++;
        if (TFeatures.Cells)
        {
            // Orders the station's blocked servers; a single server needs no order.
            server.BlockedSequence = ++_blockSequence;
        }

        if (TFeatures.Planning && _plans[s].Segment >= 0)
        {
            // A paced station holds its part until the segment indexes.
            if (s == _segment[_plans[s].Segment].Last && _outputsOf[s].Length > 0)
            {
                server.Target = ChooseTarget(s, part);
            }

            SetState(ref server, StationState.Blocked);
            Wake(s);
            return;
        }

        if (TFeatures.Cells ? _outputsOf[s].Length == 0 : station.Output < 0)
        {
            Depart(s, part);
            station.Blocked--;
            server.Part = -1;
            Emptied(m);
            return;
        }

        if (!BeforeService)
        {
            server.Target = ChooseTarget(s, part);
        }

        int target = TargetWithRoom(s, server.Target);
        if (target >= 0)
        {
            PassOn(m, target);
            return;
        }

        SetState(ref server, StationState.Blocked);
        if (Trace)
        {
            long number = _parts.Number(part);
            _logger.StationBlocked(Now, _line.Names[s], number);
        }
    }

    /// <summary>A part failed the quality check of <paramref name="s"/>: <paramref name="v"/>, uniform on [0, 1), picks rework or scrap.</summary>
    private void FailedCheck(int s, int part, double v, bool inWindow)
    {
        double[] cumulative = _plans[s].ReworkCumulative;
        for (int r = 0; r < cumulative.Length; r++)
        {
            if (v < cumulative[r])
            {
                int to = _plans[s].ReworkTargets[r];
                if (inWindow)
                {
                    _reworked[s]++;
                }

                if (Trace)
                {
                    long number = _parts.Number(part);
                    _logger.PartSentToRework(Now, _line.Names[s], number, _line.Names[to]);
                }

                Observer?.OnDeparture(s, _parts.Number(part), Stamp);

                // Sent back to the boarding station of its carrier loop, or before it, the part gets off its carrier here
                // and boards a free one there like any other part; riding on, parts sent back could hold every carrier
                // while the boarding station waits for a free one, and the line would stop for good.
                int loop = TFeatures.Carriers ? _loopOf[part] : -1;
                if (loop >= 0 && _plant.Loops[loop].ReachesBoard[to])
                {
                    ReleaseCarrier(part);
                }

                _rework[to].Enqueue(part);
                Wake(to);
                return;
            }
        }

        if (inWindow)
        {
            _scrapped[s]++;
        }

        if (Trace)
        {
            long number = _parts.Number(part);
            _logger.PartScrapped(Now, _line.Names[s], number);
        }

        _scrappedSinceStart++;
        LeaveLine(part);
    }

    /// <summary>Server <paramref name="m"/>, holding a finished part, passes it into link <paramref name="l"/>, which has room.</summary>
    private void PassOn(int m, int l)
    {
        ref ServerSlot server = ref _server[m];
        int s = server.Station;
        Deliver(s, server.Part, l);
        server.Part = -1;
        _station[s].Blocked--;
        Emptied(m);
    }

    /// <summary>Server <paramref name="m"/> holds no part now; unless it is down it is idle, and its station takes its next part.</summary>
    private void Emptied(int m)
    {
        ref ServerSlot server = ref _server[m];
        server.Phase = Phase.Empty;
        server.Target = NoTarget;
        if (!(Stoppable && server.Down))
        {
            _station[server.Station].IdleUp++;
            SetState(ref server, StationState.Starved);
        }

        Wake(server.Station);
    }

    /// <summary>Puts <paramref name="part"/> from station <paramref name="from"/> (-1: a supply) into link <paramref name="l"/>, which has room.</summary>
    private void Deliver(int from, int part, int l)
    {
        if (from >= 0)
        {
            Observer?.OnDeparture(from, _parts.Number(part), Stamp);
            if (TFeatures.Carriers && _loopOf[part] is int loop and >= 0 && _loop[loop].Release == from)
            {
                ReleaseCarrier(part);
            }
        }

        ref LinkSlot link = ref _link[l];
        AccountLink(l);
        int[] items = _items[l];
        if (link.Count == items.Length)
        {
            items = _items[l] = PartQueue.Grow(items, link.Head, link.Count);
            if (_readyAt[l] is { } readyAt)
            {
                _readyAt[l] = PartQueue.Grow(readyAt, link.Head, link.Count);
            }

            link.Head = 0;
        }

        int tail = (link.Head + link.Count) & (items.Length - 1);
        items[tail] = part;
        if (TFeatures.Cells)
        {
            _queuedAt[part] = Now;
        }

        link.Count++;
        if (TFeatures.Conveyors && link.IsConveyor)
        {
            double due = Now + link.Travel;
            _readyAt[l]![tail] = due;
            if (link.Count - 1 == link.Ready)
            {
                // The only part still travelling: its arrival is the link's next event.
                if (link.Travel > 0)
                {
                    _calendar.Schedule(_linkTimers + l, due);
                    return;
                }

                link.Ready++;
            }
            else
            {
                return;
            }
        }

        // A station without an idle machine can do nothing with the part yet; in a plant of single machines, one input
        // each and none of the features that look at arrivals, it need not be woken for it.
        int to = _link[l].To;
        if (TFeatures.Cells || TFeatures.Planning || TFeatures.Carriers || _station[to].IdleUp > 0)
        {
            Wake(to);
        }
    }

    /// <summary>The first part still travelling on conveyor <paramref name="l"/> has reached its end (with any due at the same instant).</summary>
    private void OnConveyorEnd(int l)
    {
        ref LinkSlot link = ref _link[l];
        double[] readyAt = _readyAt[l]!;
        while (link.Ready < link.Count)
        {
            double due = readyAt[(link.Head + link.Ready) & (readyAt.Length - 1)];
            if (due > Now)
            {
                _calendar.Schedule(_linkTimers + l, due);
                break;
            }

            link.Ready++;
        }

        Wake(_link[l].To);
    }

    private void OnArrival(int l)
    {
        if (HasRoom(l))
        {
            EnterFromSupply(l);
        }
        else
        {
            _arrivalBlocked[l] = true;
        }
    }

    /// <summary>A part from the supply of link <paramref name="l"/> enters it; the next interarrival time starts.</summary>
    private void EnterFromSupply(int l)
    {
        Deliver(-1, NewPart(l), l);
        _calendar.Schedule(_linkTimers + l, Now + _links[l].Supply!.InterarrivalTime!.Sample(_arrivalRandom[l]!));
    }

    private void OnWarmupEnd()
    {
        _clockFloor = _warmup;
        FlushStatistics();
        for (int m = 0; m < _serverCount; m++)
        {
            _server[m].Times = default;
            _server[m].WaitedForCrew = 0;
        }

        for (int s = 0; s < _stationCount; s++)
        {
            _station[s].MaintenanceTime = 0;
        }

        for (int g = 0; g < _segment.Length; g++)
        {
            _segment[g].StopTimes = default;
            _segment[g].StopSince = Now;
        }

        for (int l = 0; l < _links.Length; l++)
        {
            ref LinkSlot link = ref _link[l];
            link.LevelArea = 0;
            link.FullTime = 0;
            link.EmptyTime = 0;
        }

        foreach (double[]? times in _shortTime)
        {
            times?.AsSpan().Clear();
        }

        for (int c = 0; c < _crew.Length; c++)
        {
            _crew[c].BusyArea = 0;
            _crew[c].WaitingArea = 0;
        }

        for (int c = 0; c < _loop.Length; c++)
        {
            ref LoopSlot loop = ref _loop[c];
            loop.LoadedArea = 0;
            loop.ReturningArea = 0;
            loop.IdleArea = 0;
            loop.NoneIdleTime = 0;
        }

        _workInProcessArea = 0;

        // The window opens at the end of the warm-up, in calendar time. Clock cannot say so when the warm-up ends off
        // shift before the first working instant of the run: working time 0 maps to the start of the first shift.
        _windowStart = _warmup;
        _windowStartWorking = Now;
        if (Trace)
        {
            _logger.WarmupEnded(Now);
        }
    }

    /// <summary>A new part enters from the supply of link <paramref name="supply"/>.</summary>
    private int NewPart(int supply)
    {
        int part = _parts.Enter(Stamp);
        if (_variant.Length < _parts.Capacity)
        {
            Array.Resize(ref _enteredAt, _parts.Capacity);
            Array.Resize(ref _queuedAt, _parts.Capacity);
            Array.Resize(ref _loopOf, _parts.Capacity);
            Array.Resize(ref _variant, _parts.Capacity);
        }

        _variant[part] = TFeatures.Planning ? VariantOf(_supplied[supply]++ / _plant.PartsPerSet[supply]) : -1;
        _enteredAt[part] = Now;
        if (TFeatures.Carriers)
        {
            _loopOf[part] = -1;
        }

        AccountWorkInProcess();
        _workInProcess++;
        if (Trace)
        {
            long number = _parts.Number(part);
            _logger.PartEntered(Now, number);
        }

        return part;
    }

    /// <summary>An assembly station used <paramref name="part"/> up as a component.</summary>
    private void UseUp(int part)
    {
        _assembled++;
        LeaveLine(part);
    }

    /// <summary><paramref name="part"/> leaves the line without being counted as output (scrapped, or used up in an assembly).</summary>
    private void LeaveLine(int part)
    {
        if (TFeatures.Carriers && _loopOf[part] >= 0)
        {
            ReleaseCarrier(part);
        }

        AccountWorkInProcess();
        _workInProcess--;
        _parts.Leave(part);
    }

    /// <summary><paramref name="part"/> leaves the line from station <paramref name="s"/>, which feeds no other.</summary>
    private void Depart(int s, int part)
    {
        Observer?.OnDeparture(s, _parts.Number(part), Stamp);
        if (TFeatures.Carriers && _loopOf[part] >= 0)
        {
            ReleaseCarrier(part);
        }

        AccountWorkInProcess();
        _workInProcess--;
        _completed++;
        double clock = Stamp;
        double leadTime = Now - _enteredAt[part];
        double calendarLeadTime = clock - _parts.EntryTime(part);
        _parts.Leave(part);
        if (Trace)
        {
            long number = _parts.Number(part);
            _logger.PartLeft(Now, number, leadTime);
        }

        // Once the part count is reached, parts leaving at the same instant leave, but the window is closed.
        if (Now > _windowOpens && _partsOut < _stopAfterParts)
        {
            _partsOut++;
            _leadTime.Add(leadTime);
            if (TFeatures.Calendar)
            {
                _calendarLeadTime!.Add(calendarLeadTime);
                CountCalendarOutput(clock);
            }

            if (TFeatures.Extras)
            {
                _output?.Add(clock);
            }

            if (TFeatures.Planning && _variant[part] >= 0)
            {
                _variantOutput[_variant[part]]++;
            }

            if (_partsOut >= _stopAfterParts)
            {
                _simulator.Stop();
            }
        }
    }


    /// <summary>Puts a server in <paramref name="state"/>, counting the time it spent in the old one.</summary>
    private void SetState(ref ServerSlot server, StationState state)
    {
        double now = Now;
        server.Times[(int)server.State] += now - server.StateSince;
        server.StateSince = now;
        server.State = state;
    }

    /// <summary>Counts the time link <paramref name="l"/> spent at its current level; call before the level changes.</summary>
    private void AccountLink(int l)
    {
        ref LinkSlot link = ref _link[l];
        double now = Clock;
        double elapsed = now - link.LevelSince;

        // Parts beyond the capacity sit on idle machines' fixtures, not in the buffer.
        int level = Math.Min(link.Count, link.Capacity);
        if (TFeatures.Extras)
        {
            _levels?[l].Add(link.LevelSince, now, level);
        }

        link.LevelArea += level * elapsed;
        // Full and empty add the elapsed time once or not at all, without a branch on the level, which would be a coin
        // toss the processor mispredicts.
        link.FullTime += elapsed * Unsafe.BitCast<bool, byte>(level >= link.Capacity);
        link.EmptyTime += elapsed * Unsafe.BitCast<bool, byte>(level == 0);
        link.LevelSince = now;
    }

    /// <summary>Counts, per input of assembly station <paramref name="s"/>, the time it had an idle machine while the input lacked parts.</summary>
    private void AccountShortage(int s)
    {
        double[] times = _shortTime[s]!;
        bool[] shortOf = _short[s]!;
        double elapsed = Now - _shortSince[s];
        _shortSince[s] = Now;
        bool idle = _station[s].IdleUp > 0;
        int[] inputs = _inputsOf[s];
        for (int k = 0; k < inputs.Length; k++)
        {
            if (shortOf[k])
            {
                times[k] += elapsed;
            }

            ref LinkSlot link = ref _link[inputs[k]];
            shortOf[k] = idle && !link.UnlimitedSupply && Ready(ref link) < link.Quantity;
        }
    }

    private void AccountWorkInProcess()
    {
        double now = Clock;
        _workInProcessArea += _workInProcess * (now - _workInProcessSince);
        _workInProcessSince = now;
    }

    private void FlushStatistics()
    {
        for (int m = 0; m < _serverCount; m++)
        {
            ref ServerSlot server = ref _server[m];
            SetState(ref server, server.State);
            if (server.WaitingForCrew)
            {
                server.WaitedForCrew += Now - Math.Max(server.WaitingSince, _windowStartWorking);
                server.WaitingSince = Now;
            }
        }

        for (int l = 0; l < _links.Length; l++)
        {
            AccountLink(l);
        }

        for (int s = 0; s < _stationCount; s++)
        {
            if (_short[s] is not null)
            {
                AccountShortage(s);
            }

            ref StationSlot station = ref _station[s];
            if (station.MaintenanceOpen > 0)
            {
                station.MaintenanceTime += (Now - Math.Max(station.MaintenanceSince, _windowStartWorking)) * station.Servers;
                station.MaintenanceSince = Now;
            }
        }

        for (int g = 0; g < _segment.Length; g++)
        {
            ref SegmentSlot segment = ref _segment[g];
            if (segment.Cause != StopCause.None)
            {
                segment.StopTimes[(int)segment.Cause - 1] += Now - Math.Max(segment.StopSince, _windowStartWorking);
                segment.StopSince = Now;
            }
        }

        for (int c = 0; c < _crew.Length; c++)
        {
            AccountCrew(c);
        }

        for (int c = 0; c < _loop.Length; c++)
        {
            AccountLoop(c);
        }

        AccountWorkInProcess();
    }

    private ReplicationResult BuildResult(int replication)
    {
        double end = Clock;
        double observed = end - _windowStart;
        double perSecond = observed > 0 ? 1 / observed : 0;
        double working = Now - _windowStartWorking;
        var totals = new WindowTotals(_line)
        {
            WindowStart = _windowStart,
            End = end,
            WorkingTime = _workCalendar is null ? null : working,
            WorkInProcessArea = _workInProcessArea,
            Released = _parts.Entered,
            Completed = _completed,
            WorkInProcessAtEnd = _workInProcess,
            PartsOut = _partsOut,
            EventsProcessed = _simulator.EventsProcessed,
            ScrappedSinceStart = _scrappedSinceStart,
            Assembled = _assembled,
        };
        for (int s = 0; s < _stationCount; s++)
        {
            ref StationSlot station = ref _station[s];
            double[]? serverWorking = station.Servers > 1 ? new double[station.Servers] : null;
            for (int k = 0; k < station.Servers; k++)
            {
                ref ServerSlot server = ref _server[station.FirstServer + k];
                StationTimes times = server.Times;
                totals.Working[s] += times[(int)StationState.Working];
                totals.Starved[s] += times[(int)StationState.Starved];
                totals.Blocked[s] += times[(int)StationState.Blocked];
                totals.Down[s] += times[(int)StationState.Down];
                totals.Setup[s] += times[(int)StationState.Setup];
                totals.WaitingForCrew[s] += server.WaitedForCrew;
                serverWorking?[k] = times[(int)StationState.Working];
            }

            totals.ServerWorking[s] = serverWorking!;
            totals.Maintenance[s] = station.MaintenanceTime;
            totals.StarvedByInput[s] = _shortTime[s]!;
            totals.Processed[s] = station.Processed;
            totals.Failures[s] = _failures[s];
            totals.Scrapped[s] = _scrapped[s];
            totals.Reworked[s] = _reworked[s];
            totals.VariantMismatches[s] = _variantMismatches[s];
        }

        for (int l = 0; l < _links.Length; l++)
        {
            totals.LevelArea[l] = _link[l].LevelArea;
            totals.FullTime[l] = _link[l].FullTime;
            totals.EmptyTime[l] = _link[l].EmptyTime;
        }

        LineModel model = _line.Model;
        totals.Crews = [.. _crew.Select((crew, c) => new CrewStatistics(
            model.Crews[c].Name, crew.Size, crew.BusyArea * perSecond, crew.WaitingArea * perSecond, crew.Repairs))];
        totals.OutputByVariant = [.. _plant.VariantNames.Select((name, v) => new VariantOutput(name, _variantOutput[v]))];
        totals.Segments = [.. _segment.Select((segment, g) => new SegmentStatistics(
            model.Segments[g].Name,
            segment.Indexes,
            segment.LateIndexes,
            segment.StopTimes[(int)StopCause.Busy - 1] * perSecond,
            segment.StopTimes[(int)StopCause.Failure - 1] * perSecond,
            segment.StopTimes[(int)StopCause.Starved - 1] * perSecond,
            segment.StopTimes[(int)StopCause.Blocked - 1] * perSecond))];
        if (_workCalendar is not null)
        {
            // Days and weeks at the end of the window without output still count.
            Pad(_outputPerDay, (int)Math.Ceiling(observed / 86_400));
            Pad(_outputPerWeek, (int)Math.Ceiling(observed / 604_800));
            totals.OutputPerDay = [.. _outputPerDay];
            totals.OutputPerWeek = [.. _outputPerWeek];
            totals.OutputPerShift = ShiftOutputs(_windowStart, end);
        }

        totals.Carriers = [.. _loop.Select((loop, c) => new CarrierStatistics(
            model.Carriers[c].Name, loop.Count, loop.LoadedArea * perSecond, loop.ReturningArea * perSecond, loop.IdleArea * perSecond, loop.NoneIdleTime * perSecond))];
        return totals.ToResult(_line, replication, EngineKind.Event, _leadTime, _output, _levels, _calendarLeadTime);
    }

    /// <summary>Time spent in each <see cref="StationState"/>, indexed by it.</summary>
    [InlineArray(5)]
    private struct StationTimes
    {
        private double _element;
    }

    /// <summary>What the run tracks about one station; its servers are <see cref="FirstServer"/> onwards.</summary>
    private struct StationSlot
    {
        public int FirstServer;
        public int Servers;

        /// <summary>The station's only input link, or -1 (none, or several); its only output link likewise (-1: an exit).</summary>
        public int Input;
        public int Output;

        /// <summary>Whether the station is on the work list.</summary>
        public bool Queued;

        /// <summary>Parts processed in the window.</summary>
        public long Processed;

        /// <summary>Servers that are empty and up.</summary>
        public int IdleUp;

        /// <summary>Servers holding a finished part not yet passed on, or a part they may not start.</summary>
        public int Blocked;

        public bool Assembly;
        public RoutingRule Rule;
        public int NextTarget;
        public int BoardsLoop;
        public int Crew;

        /// <summary>Maintenance windows open now; while any is, every server is stopped.</summary>
        public int MaintenanceOpen;

        public double MaintenanceSince;

        /// <summary>Server-seconds of maintenance in the window.</summary>
        public double MaintenanceTime;
    }

    /// <summary>What the run tracks about one server (machine).</summary>
    private struct ServerSlot
    {
        public int Station;
        public Phase Phase;
        public StationState State;
        public bool Down;
        public bool Fails;
        public bool FailsInOperation;
        public bool CompletionIsFailure;
        public bool CompletionPending;
        public bool WaitingForCrew;

        /// <summary>Failed (in repair or waiting for it); <see cref="Down"/> also while the station is in maintenance.</summary>
        public bool Failed;

        /// <summary>Whether a completion was frozen when the server stopped, with <see cref="Frozen"/> seconds left.</summary>
        public bool IsFrozen;

        public int Part;
        public int LastVariant;
        public double Frozen;

        /// <summary>The link the part goes to; <see cref="NoTarget"/> before it is chosen, <see cref="AnyTarget"/> for the first with space.</summary>
        public int Target;

        /// <summary>Orders blocked servers of a station: the longest blocked goes first.</summary>
        public long BlockedSequence;

        public double StateSince;

        /// <summary>Work left on the part: interrupted by a failure, or drawn while waiting to start.</summary>
        public double Remaining;

        /// <summary>Processing time left before the next operation-dependent failure.</summary>
        public double TimeToFailure;

        public double WaitingSince;
        public double WaitedForCrew;
        public StationTimes Times;

        /// <summary>With failures counted in calendar time: when the pending time-dependent failure is due, in calendar time.</summary>
        public double FailureDueAt;

        /// <summary>With failures counted in calendar time: when the last one took effect, in calendar time (when work resumed, if it was due off shift).</summary>
        public double FailedAt;

        /// <summary>With failures counted in calendar time: a failure due off shift has been put behind the events due at the working instant it takes effect.</summary>
        public bool FailureHeldBack;
    }

    /// <summary>What the run tracks about one link; its parts are in <see cref="_items"/>.</summary>
    private struct LinkSlot
    {
        /// <summary>The station the link takes parts from (-1: a supply) and the one it feeds, as the topology has them.</summary>
        public int From;
        public int To;
        public int Count;
        public int Head;
        public int Capacity;
        public int Reserved;
        public int Quantity;

        /// <summary>For a conveyor, the parts at its far end, ready to be taken: the first <see cref="Ready"/> of the queue.</summary>
        public int Ready;

        public bool IsConveyor;
        public bool UnlimitedSupply;
        public double Travel;
        public double LevelSince;
        public double LevelArea;
        public double FullTime;
        public double EmptyTime;
    }

    /// <summary>Dispatches the simulator's events to the run without a virtual call.</summary>
    private readonly struct Handler(PlantRun<TFeatures> run) : IEventHandler
    {
        public void Handle(int timer) => run.Dispatch(timer);
    }
}
