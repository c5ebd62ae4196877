using System.Numerics;
using LineSim.Engine;
using LineSim.Execution.Compiled;
using LineSim.Execution.Statistics;
using LineSim.Model;
using LineSim.RandomNumbers;
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
/// Every server owns its timers (end of processing, of a setup or up to an operation-dependent failure; per failure
/// profile a time-dependent failure and the end of a repair; the end of a count-based stop), every link one (a conveyor's next part reaching its end, or a supply's
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
    // A server's timers (CompiledPlant.TimersPerServer): its completion, then per failure profile p a time-dependent
    // failure (FailureTimer(p)) and the end of a repair (RepairTimer(p)), then the end of a count-based stop.
    private const int CompletionTimer = 0;

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
    // Failure units: per server, one per failure profile of the plant's most (CompiledPlant.Profiles), u = m x profiles + p.
    private readonly int _profiles;
    private readonly int _timersPerServer;
    private readonly int _stopTimer;
    private readonly FailureSlot[] _unit;
    private readonly Random?[] _failureRandom;
    private readonly Random?[] _repairRandom;

    // Count-based stops: per server, the stream of their durations and the parts counted towards each of its station's stops.
    private readonly Random?[] _stopRandom;
    private readonly int[]?[] _stopCounts;
    private readonly Random?[] _qualityRandom;
    private readonly Random?[] _routingRandom;
    private readonly PartQueue[] _rework;

    // Links: a queue of part ids each, and for conveyors the time each part reaches the far end.
    private readonly LinkSlot[] _link;
    private readonly int[][] _items;
    private readonly double[]?[] _readyAt;
    private readonly Random?[] _arrivalRandom;
    private readonly bool[] _arrivalBlocked;

    // Per link fed by a scheduled supply, how far its schedule has come and the deliveries held back (CompiledPlant.SupplySchedules).
    private readonly SupplySlot[] _supply;

    // Repair crews and carrier loops.
    private readonly CrewSlot[] _crew;
    private readonly PartQueue[] _crewQueue;
    private readonly LoopSlot[] _loop;
    private readonly double[][] _returning;
    private readonly bool _finiteReturns;

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

    // Exits pulled on a schedule: per pull, the next of its times (CompiledPlant.PullPlan).
    private readonly PullSlot[] _pull;
    private readonly int _pullTimers;

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
    private readonly ActivePeriods? _activePeriods;
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
    private readonly PartPool _parts;

    private double[] _enteredAt;
    private double[] _queuedAt;
    private int[] _loopOf;
    private int[] _variant;

    public PlantRun(CompiledLine line, SimulationOptions options, int replication, ILogger logger, IDepartureObserver? observer = null, StateRecorder? recorder = null)
    {
        _line = line;
        _parts = PartPool.For(line, options);
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
        _profiles = _plant.Profiles;
        _timersPerServer = _plant.TimersPerServer;
        _stopTimer = _plant.StopTimer;
        _unit = new FailureSlot[servers * _profiles];
        _failureRandom = new Random?[servers * _profiles];
        _repairRandom = new Random?[servers * _profiles];
        _stopRandom = new Random?[servers];
        _stopCounts = new int[]?[servers];
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
                server.Activity = StationActivity.Starved;
                server.Number = k;
                PrepareStoppages(m, seed, replication);
            }
        }

        _link = new LinkSlot[_links.Length];
        // Each link's parts in a ring a power of two long, wrapped by a mask rather than a branch the processor would
        // mispredict.
        _items = new int[_links.Length][];
        _readyAt = new double[]?[_links.Length];
        _arrivalRandom = new Random?[_links.Length];
        _arrivalBlocked = new bool[_links.Length];
        _supply = new SupplySlot[_links.Length];
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

            if (link.Supply is { InterarrivalTime: not null })
            {
                _arrivalRandom[l] = RandomStreams.Create(seed, replication, _plant.ArrivalStreams[l]);
            }
        }

        _crew = new CrewSlot[_plant.CrewSizes.Length];
        _crewQueue = new PartQueue[_crew.Length];
        for (int c = 0; c < _crew.Length; c++)
        {
            _crew[c].Size = _plant.CrewSizes[c];
            _crewQueue[c] = new PartQueue(Math.Max(1, servers * _profiles));
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
            slot.ReturnCapacity = loop.ReturnCapacity;
            slot.Storage = loop.Storage;
            slot.Finite = loop.Finite;
            if (loop.Finite)
            {
                // The carriers start in the storage, then at the return's far end; any more wait to get on the return.
                slot.Idle = (int)Math.Min(loop.Count, (long)loop.Storage + loop.ReturnCapacity);
                slot.Waiting = loop.Count - slot.Idle;
            }

            _returning[c] = new double[Math.Min(loop.Count, loop.ReturnCapacity)];
        }

        _finiteReturns = _plant.HasFiniteReturns;

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
        _pullTimers = _plant.PullTimers;
        _pull = new PullSlot[_plant.Pulls.Length];
        _warmupTimer = _plant.WarmupTimer;
        _calendar = new EventCalendar(_warmupTimer + 1);
        _simulator = new Simulator<Handler>(_calendar, new Handler(this));
        _work = new int[BitOperations.RoundUpToPowerOf2((uint)Math.Max(_stationCount, 1))];

        _activePeriods = TFeatures.Bottlenecks ? ActivePeriods.For(_plant, _workCalendar, options.Warmup > 0 ? _warmupWorking : 0) : null;
        _activePeriods?.Recorder = recorder;
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

    /// <summary>Runs the replication to its end and returns its results; adds its lead times to <paramref name="leadTimes"/>, if given, and tells <paramref name="progress"/> how far it has come.</summary>
    public ReplicationResult Run(int replication, double? duration, LeadTimeDistribution? leadTimes = null, ReplicationProgress? progress = null)
    {
        double end = duration is { } d ? _warmup + d : double.PositiveInfinity;
        _windowEnds = end;
        Start();
        double horizon = ToWorking(end);
        if (progress is null)
        {
            _simulator.RunUntil(horizon);
        }
        else
        {
            _simulator.RunUntil(horizon, now => progress.At(replication, now, horizon, _partsOut, _stopAfterParts));
        }
        if (_workCalendar is not null && double.IsFinite(end) && Now >= ToWorking(end))
        {
            _clockFloor = end;
        }

        FlushStatistics();
        _activePeriods?.Finish(Now);
        leadTimes?.Add(_leadTime);
        return BuildResult(replication);
    }

    private int Timer(int server, int kind) => (server * _timersPerServer) + kind;

    private static int FailureTimer(int profile) => 1 + (2 * profile);

    private static int RepairTimer(int profile) => 2 + (2 * profile);

    private void Dispatch(int timer)
    {
        if (timer < _linkTimers)
        {
            int server = timer / _timersPerServer;
            int kind = timer - (server * _timersPerServer);
            if (kind == CompletionTimer)
            {
                _server[server].CompletionPending = false;
                if (TFeatures.Planning && _server[server].Phase == Phase.Setup)
                {
                    StartProcessing(server, _server[server].Remaining);
                }
                else if (TFeatures.Failures && _server[server].CompletionIsFailure)
                {
                    Fail(server, _server[server].NextFailure);
                }
                else
                {
                    OnProcessingFinished(server);
                }
            }
            else if (TFeatures.Planning && kind == _stopTimer)
            {
                OnStopEnd(server);
            }
            else if (((kind - 1) & 1) == 0)
            {
                Fail(server, (kind - 1) >> 1);
            }
            else
            {
                OnRepaired(server, (kind - 1) >> 1);
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
        else if (timer < _pullTimers)
        {
            OnMaintenance(timer - _maintenanceTimers);
        }
        else if (timer < _warmupTimer)
        {
            OnPull(timer - _pullTimers);
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

    /// <summary>Dispatches the simulator's events to the run without a virtual call.</summary>
    private readonly struct Handler(PlantRun<TFeatures> run) : IEventHandler
    {
        public void Handle(int timer) => run.Dispatch(timer);
    }
}
