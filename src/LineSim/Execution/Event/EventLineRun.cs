using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using LineSim.Engine;
using LineSim.Execution.Compiled;
using LineSim.Execution.Statistics;
using LineSim.Logging;
using LineSim.Model;
using LineSim.RandomNumbers;
using LineSim.Results;
using Microsoft.Extensions.Logging;

namespace LineSim.Execution.Event;

/// <summary>Runs replications of serial lines on the discrete-event engine (<see cref="EventLineRun{TFeatures}"/>).</summary>
internal static class EventLineRun
{
    /// <summary>
    /// Runs replication <paramref name="replication"/> of <paramref name="line"/> to its end and returns its results;
    /// adds its lead times to <paramref name="leadTimes"/>, if given. A line that uses none of the features that
    /// <see cref="EventLineRun{TFeatures}"/> tests for on every event runs compiled without those tests.
    /// </summary>
    public static ReplicationResult Run(CompiledLine line, SimulationOptions options, int replication, ILogger logger, IDepartureObserver? observer, LeadTimeDistribution? leadTimes, ReplicationProgress? progress)
    {
        bool features = logger.IsEnabled(LogLevel.Trace)
            || line.Blocking == BlockingPolicy.BeforeService
            || Array.Exists(line.Failures, failures => failures is not null)
            || observer is not null
            || options.OutputInterval is not null;
        return features
            ? new EventLineRun<On>(line, options, replication, logger, observer).Run(replication, options.Duration, leadTimes, progress)
            : new EventLineRun<Off>(line, options, replication, logger, observer).Run(replication, options.Duration, leadTimes, progress);
    }
}

/// <summary>
/// One replication of a serial line on the discrete-event engine. Every station owns three timers (the end of its
/// processing or an operation-dependent failure, a time-dependent failure, the end of a repair); the source owns one
/// for the next arrival and the run one for the end of the warm-up.
/// </summary>
/// <remarks>
/// <para>
/// All state lives in arrays made up front, so the event loop allocates nothing in steady state (buffers that are
/// unlimited grow by doubling, and so does the pool of part ids when work in process grows).
/// </para>
/// <para>
/// <typeparamref name="TFeatures"/> is <see cref="On"/> when the line or the run uses any of tracing, blocking before
/// service, failures, a departure observer or level series, <see cref="Off"/> otherwise: the tests for them on every
/// event are then compiled out (about 5% of the time of LINE(10, 5), see docs/performance.md).
/// </para>
/// </remarks>
/// <typeparam name="TFeatures">Whether any of those features is in use.</typeparam>
internal sealed class EventLineRun<TFeatures>
    where TFeatures : struct, IFlag
{
    private const int TimersPerStation = 3;
    private const int CompletionTimer = 0;
    private const int FailureTimer = 1;
    private const int RepairTimer = 2;

    private readonly CompiledLine _line;
    private readonly int _stations;
    private readonly Simulator<Handler> _simulator;
    private readonly EventCalendar _calendar;
    private readonly int _arrivalTimer;
    private readonly int _warmupTimer;
    private readonly double _warmup;

    // Counts and lead times are taken only after this instant (SimulationOptions.WindowOpensAfter).
    private readonly double _windowOpens;
    private readonly long _stopAfterParts;
    private readonly bool _beforeService;
    private readonly bool _unlimitedSupply;
    private readonly ILogger _logger;
    private readonly bool _trace;
    private readonly IDepartureObserver? _observer;

    // Random streams.
    private readonly Random?[] _failureRandom;
    private readonly Random?[] _repairRandom;
    private readonly Random? _arrivalRandom;

    // Each station with the buffer before it in one struct, so that an event reaches what it touches through one
    // array; the parts waiting in buffer j are in _items[j], a ring whose length is a power of two, so that its ends
    // wrap by a mask rather than a branch the processor would mispredict.
    private readonly StationSlot[] _station;
    private readonly int[][] _items;

    // Statistics over the observation window.
    private readonly LeadTimeStatistics _leadTime = new();
    private readonly OutputSeries? _output;
    private readonly IntervalSeries[]? _levels;
    private long _workInProcess;
    private double _workInProcessSince;
    private double _workInProcessArea;
    private double _windowStart;
    private long _completed;
    private long _partsOut;

    // Parts, by id.
    private readonly PartPool _parts;

    private bool _sourceBlocked;

    public EventLineRun(CompiledLine line, SimulationOptions options, int replication, ILogger logger, IDepartureObserver? observer = null)
    {
        _line = line;
        _parts = PartPool.For(line, options);
        int k = _stations = line.StationCount;
        _warmup = options.Warmup;
        _windowOpens = options.WindowOpensAfter;
        _output = OutputSeries.For(options);
        _levels = IntervalSeries.ForLinks(k, options);
        _stopAfterParts = options.PartCount ?? long.MaxValue;
        _beforeService = line.Blocking == BlockingPolicy.BeforeService;
        _unlimitedSupply = line.Interarrival is null;
        _logger = logger;
        _trace = logger.IsEnabled(LogLevel.Trace);
        _observer = observer;

        _arrivalTimer = k * TimersPerStation;
        _warmupTimer = _arrivalTimer + 1;
        _calendar = new EventCalendar(_warmupTimer + 1);
        _simulator = new Simulator<Handler>(_calendar, new Handler(this));

        _failureRandom = new Random?[k];
        _repairRandom = new Random?[k];
        _station = new StationSlot[k];
        _items = new int[k][];

        long seed = options.Seed;
        for (int i = 0; i < k; i++)
        {
            ref StationSlot station = ref _station[i];
            station.Processing = new ProcessingSampler(line.Processing[i], seed, replication, line.ProcessingStream[i]);
            station.Part = -1;
            station.State = StationState.Starved;
            if (line.Failures[i] is { } failures)
            {
                station.Fails = true;
                station.FailsInOperation = failures.Mode == FailureMode.OperationDependent;
                _failureRandom[i] = RandomStreams.Create(seed, replication, line.FailureStream[i]);
                _repairRandom[i] = RandomStreams.Create(seed, replication, line.RepairStream[i]);
            }

            station.Capacity = line.LinkCapacity[i];
            _items[i] = new int[BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(line.LinkCapacity[i], 1, 64))];
        }

        if (!_unlimitedSupply)
        {
            _arrivalRandom = RandomStreams.Create(seed, replication, line.ArrivalStream);
        }

    }

    private enum Phase : byte
    {
        Empty,
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
    }

    private double Now => _simulator.Now;

    private bool Trace => TFeatures.IsOn && _trace;

    private bool BeforeService => TFeatures.IsOn && _beforeService;

    private IDepartureObserver? Observer => TFeatures.IsOn ? _observer : null;

    /// <summary>Runs the replication to its end and returns its results; adds its lead times to <paramref name="leadTimes"/>, if given, and tells <paramref name="progress"/> how far it has come.</summary>
    public ReplicationResult Run(int replication, double? duration, LeadTimeDistribution? leadTimes = null, ReplicationProgress? progress = null)
    {
        Start();
        double horizon = duration is { } d ? _warmup + d : double.PositiveInfinity;
        if (progress is null)
        {
            _simulator.RunUntil(horizon);
        }
        else
        {
            _simulator.RunUntil(horizon, now => progress.At(replication, now, horizon, _partsOut, _stopAfterParts));
        }
        FlushStatistics();
        leadTimes?.Add(_leadTime);
        return BuildResult(replication);
    }

    private void Start()
    {
        for (int i = 0; i < _stations; i++)
        {
            ref StationSlot station = ref _station[i];
            if (station.Fails)
            {
                double timeToFailure = _line.Failures[i]!.TimeToFailure.Sample(_failureRandom[i]!);
                if (station.FailsInOperation)
                {
                    station.TimeToFailure = timeToFailure;
                }
                else
                {
                    _calendar.Schedule(Timer(i, FailureTimer), timeToFailure);
                }
            }
        }

        if (_warmup > 0)
        {
            _calendar.Schedule(_warmupTimer, _warmup);
        }

        if (_unlimitedSupply)
        {
            Vacated(0);
        }
        else
        {
            _calendar.Schedule(_arrivalTimer, _line.Interarrival!.Sample(_arrivalRandom!));
        }
    }

    private static int Timer(int station, int kind) => (station * TimersPerStation) + kind;

    private void Dispatch(int timer)
    {
        int station = timer / TimersPerStation;
        if (station == _stations)
        {
            if (timer == _arrivalTimer)
            {
                OnArrival();
            }
            else
            {
                OnWarmupEnd();
            }

            return;
        }

        switch (timer - (station * TimersPerStation))
        {
            case CompletionTimer:
                if (TFeatures.IsOn && _station[station].CompletionIsFailure)
                {
                    Fail(station);
                }
                else
                {
                    OnProcessingFinished(station);
                }

                break;
            case FailureTimer:
                OnTimeDependentFailure(station);
                break;
            default:
                OnRepaired(station);
                break;
        }
    }

    private void OnProcessingFinished(int i)
    {
        if (Now > _windowOpens)
        {
            _station[i].Processed++;
        }

        _station[i].Phase = Phase.Finished;
        if (Trace)
        {
            long number = _parts.Number(_station[i].Part);
            _logger.ProcessingFinished(Now, _line.Names[i], number);
        }

        if (BeforeService && i + 1 < _stations)
        {
            _station[i + 1].Reserved--;
        }

        TryPassOn(i);
    }

    /// <summary>Station <paramref name="i"/> holds a finished part: it passes it on, or is blocked.</summary>
    private void TryPassOn(int i)
    {
        ref StationSlot station = ref _station[i];
        int part = station.Part;
        if (i + 1 == _stations)
        {
            Depart(part);
        }
        else if (HasRoom(i + 1))
        {
            Deliver(i, part, i + 1);
        }
        else
        {
            SetState(ref station, StationState.Blocked);
            if (Trace)
            {
                long number = _parts.Number(part);
                _logger.StationBlocked(Now, _line.Names[i], number);
            }

            return;
        }

        station.Part = -1;
        station.Phase = Phase.Empty;
        Vacated(i);
    }

    /// <summary>
    /// Station <paramref name="j"/> is empty and up: it takes its next part, and the room this opens in its link
    /// lets a blocked upstream station pass its part on, which empties that station in turn, and so on upstream.
    /// </summary>
    private void Vacated(int j)
    {
        while (true)
        {
            Pull(j);
            if (j == 0)
            {
                if (_sourceBlocked && HasRoom(0))
                {
                    _sourceBlocked = false;
                    EnterFromSource();
                }

                return;
            }

            int u = j - 1;
            ref StationSlot upstream = ref _station[u];
            if (TFeatures.IsOn && upstream.Down)
            {
                return;
            }

            if (upstream.Phase == Phase.Finished)
            {
                if (!HasRoom(j))
                {
                    return;
                }

                Deliver(u, upstream.Part, j);
                upstream.Part = -1;
                upstream.Phase = Phase.Empty;
                j = u;
                continue;
            }

            if (upstream.Phase == Phase.WaitingToStart && HasRoom(j))
            {
                _station[j].Reserved++;
                StartProcessing(u, upstream.Remaining);
            }

            return;
        }
    }

    /// <summary>Station <paramref name="j"/>, empty and up, takes the next part from its buffer or the supply, or starves.</summary>
    private void Pull(int j)
    {
        ref StationSlot link = ref _station[j];
        if (link.Queued > 0)
        {
            AccountLink(j);
            int[] items = _items[j];
            int part = items[link.Head];
            link.Head = (link.Head + 1) & (items.Length - 1);
            link.Queued--;
            BeginPart(j, part);
        }
        else if (j == 0 && _unlimitedSupply)
        {
            BeginPart(0, NewPart());
        }
        else
        {
            SetState(ref _station[j], StationState.Starved);
        }
    }

    /// <summary>Whether link <paramref name="j"/> has a free place: in its buffer, or the station itself when it is empty and up, less reservations.</summary>
    private bool HasRoom(int j)
    {
        ref StationSlot link = ref _station[j];

        // In long: an unlimited input buffer has capacity int.MaxValue.
        long free = (long)link.Capacity - link.Queued - link.Reserved;
        if (link.Phase == Phase.Empty && !(TFeatures.IsOn && link.Down))
        {
            free++;
        }

        return free > 0;
    }

    /// <summary>Moves <paramref name="part"/> from station <paramref name="from"/> (-1: the source) into link <paramref name="j"/>, which has room.</summary>
    private void Deliver(int from, int part, int j)
    {
        if (from >= 0)
        {
            Observer?.OnDeparture(from, _parts.Number(part), Now);
        }

        ref StationSlot link = ref _station[j];
        if (link.Phase == Phase.Empty && !(TFeatures.IsOn && link.Down))
        {
            Debug.Assert(link.Queued == 0, "An empty station that is up has an empty buffer.");
            BeginPart(j, part);
            return;
        }

        Debug.Assert(link.Queued < link.Capacity, "A buffer never exceeds its capacity.");
        AccountLink(j);
        int[] items = _items[j];
        if (link.Queued == items.Length)
        {
            items = _items[j] = PartQueue.Grow(items, link.Head, link.Queued);
            link.Head = 0;
        }

        items[(link.Head + link.Queued) & (items.Length - 1)] = part;
        link.Queued++;
    }

    /// <summary>Station <paramref name="i"/> takes <paramref name="part"/> and starts it, or, blocking before service, waits for a downstream place.</summary>
    private void BeginPart(int i, int part)
    {
        ref StationSlot station = ref _station[i];
        station.Part = part;
        double work = station.Processing.Next();
        if (BeforeService && i + 1 < _stations)
        {
            if (!HasRoom(i + 1))
            {
                station.Remaining = work;
                station.Phase = Phase.WaitingToStart;
                SetState(ref station, StationState.Blocked);
                return;
            }

            _station[i + 1].Reserved++;
        }

        StartProcessing(i, work);
    }

    /// <summary>Processes <paramref name="work"/> seconds at station <paramref name="i"/>, or up to its next operation-dependent failure.</summary>
    private void StartProcessing(int i, double work)
    {
        ref StationSlot station = ref _station[i];
        station.Phase = Phase.Processing;
        SetState(ref station, StationState.Working);
        double due = Now + OperationFailures.UntilNextEvent(TFeatures.IsOn && station.FailsInOperation, ref station.TimeToFailure, ref station.Remaining, work, out station.CompletionIsFailure);

        _calendar.Schedule(Timer(i, CompletionTimer), due);
        if (Trace)
        {
            long number = _parts.Number(station.Part);
            _logger.ProcessingStarted(Now, _line.Names[i], number, due);
        }
    }

    private void OnTimeDependentFailure(int i)
    {
        ref StationSlot station = ref _station[i];
        if (station.Phase == Phase.Processing)
        {
            int timer = Timer(i, CompletionTimer);
            station.Remaining = _calendar.TimeOf(timer) - Now;
            _calendar.Cancel(timer);
        }

        Fail(i);
    }

    private void Fail(int i)
    {
        ref StationSlot station = ref _station[i];
        station.Down = true;
        if (Now > _windowOpens)
        {
            station.Failures++;
        }

        SetState(ref station, StationState.Down);
        double repaired = Now + _line.Failures[i]!.TimeToRepair.Sample(_repairRandom[i]!);
        _calendar.Schedule(Timer(i, RepairTimer), repaired);
        if (Trace)
        {
            _logger.StationFailed(Now, _line.Names[i], repaired);
        }
    }

    private void OnRepaired(int i)
    {
        ref StationSlot station = ref _station[i];
        station.Down = false;
        if (Trace)
        {
            _logger.StationRepaired(Now, _line.Names[i]);
        }

        double timeToFailure = _line.Failures[i]!.TimeToFailure.Sample(_failureRandom[i]!);
        if (station.FailsInOperation)
        {
            // An operation-dependent failure only interrupts processing, which resumes now.
            station.TimeToFailure = timeToFailure;
            StartProcessing(i, station.Remaining);
            return;
        }

        _calendar.Schedule(Timer(i, FailureTimer), Now + timeToFailure);
        switch (station.Phase)
        {
            case Phase.Processing:
                SetState(ref station, StationState.Working);
                _calendar.Schedule(Timer(i, CompletionTimer), Now + station.Remaining);
                break;
            case Phase.Finished:
                TryPassOn(i);
                break;
            case Phase.WaitingToStart:
                SetState(ref station, StationState.Blocked);
                if (HasRoom(i + 1))
                {
                    _station[i + 1].Reserved++;
                    StartProcessing(i, station.Remaining);
                }

                break;
            default:
                Vacated(i);
                break;
        }
    }

    private void OnArrival()
    {
        if (HasRoom(0))
        {
            EnterFromSource();
        }
        else
        {
            _sourceBlocked = true;
        }
    }

    /// <summary>A part from the arrival source enters the input buffer (or the first station); the next interarrival time starts.</summary>
    private void EnterFromSource()
    {
        Deliver(-1, NewPart(), 0);
        _calendar.Schedule(_arrivalTimer, Now + _line.Interarrival!.Sample(_arrivalRandom!));
    }

    private void OnWarmupEnd()
    {
        FlushStatistics();
        for (int i = 0; i < _stations; i++)
        {
            ref StationSlot link = ref _station[i];
            link.Times = default;
            link.LevelArea = 0;
            link.FullTime = 0;
            link.EmptyTime = 0;
        }

        _workInProcessArea = 0;
        _windowStart = Now;
        if (Trace)
        {
            _logger.WarmupEnded(Now);
        }
    }

    private int NewPart()
    {
        int part = _parts.Enter(Now);
        AccountWorkInProcess();
        _workInProcess++;
        if (Trace)
        {
            long number = _parts.Number(part);
            _logger.PartEntered(Now, number);
        }

        return part;
    }

    private void Depart(int part)
    {
        Observer?.OnDeparture(_stations - 1, _parts.Number(part), Now);
        AccountWorkInProcess();
        _workInProcess--;
        _completed++;
        double leadTime = Now - _parts.EntryTime(part);
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
            _output?.Add(Now);
            if (_partsOut >= _stopAfterParts)
            {
                _simulator.Stop();
            }
        }
    }

    /// <summary>Puts a station in <paramref name="state"/>, counting the time it spent in the old one.</summary>
    private void SetState(ref StationSlot station, StationState state)
    {
        double now = Now;
        station.Times[(int)station.State] += now - station.StateSince;
        station.StateSince = now;
        station.State = state;
    }

    /// <summary>Counts the time link <paramref name="j"/> spent at its current level; call before the level changes.</summary>
    private void AccountLink(int j)
    {
        ref StationSlot link = ref _station[j];
        double now = Now;
        double elapsed = now - link.LevelSince;
        int level = link.Queued;
        if (TFeatures.IsOn)
        {
            _levels?[j].Add(link.LevelSince, now, level);
        }

        link.LevelArea += level * elapsed;
        // Full and empty add the elapsed time once or not at all, without a branch on the level, which would be a coin
        // toss the processor mispredicts.
        link.FullTime += elapsed * Unsafe.BitCast<bool, byte>(level >= link.Capacity);
        link.EmptyTime += elapsed * Unsafe.BitCast<bool, byte>(level == 0);
        link.LevelSince = now;
    }

    private void AccountWorkInProcess()
    {
        double now = Now;
        _workInProcessArea += _workInProcess * (now - _workInProcessSince);
        _workInProcessSince = now;
    }

    private void FlushStatistics()
    {
        for (int i = 0; i < _stations; i++)
        {
            ref StationSlot station = ref _station[i];
            SetState(ref station, station.State);
            AccountLink(i);
        }

        AccountWorkInProcess();
    }

    private ReplicationResult BuildResult(int replication)
    {
        var totals = new WindowTotals(_line)
        {
            WindowStart = _windowStart,
            End = Now,
            WorkInProcessArea = _workInProcessArea,
            Released = _parts.Entered,
            Completed = _completed,
            WorkInProcessAtEnd = _workInProcess,
            PartsOut = _partsOut,
            EventsProcessed = _simulator.EventsProcessed,
        };
        for (int i = 0; i < _stations; i++)
        {
            ref StationSlot station = ref _station[i];
            totals.Working[i] = station.Times[(int)StationState.Working];
            totals.Starved[i] = station.Times[(int)StationState.Starved];
            totals.Blocked[i] = station.Times[(int)StationState.Blocked];
            totals.Down[i] = station.Times[(int)StationState.Down];
            totals.Processed[i] = station.Processed;
            totals.Failures[i] = station.Failures;
            totals.LevelArea[i] = station.LevelArea;
            totals.FullTime[i] = station.FullTime;
            totals.EmptyTime[i] = station.EmptyTime;
        }

        return totals.ToResult(_line, replication, EngineKind.Event, _leadTime, _output, _levels);
    }

    /// <summary>Time spent in each <see cref="StationState"/>, indexed by it.</summary>
    [InlineArray(4)]
    private struct StationTimes
    {
        private double _element;
    }

    /// <summary>Everything the run tracks about one station and the buffer before it (link j: buffer j and station j).</summary>
    private struct StationSlot
    {
        public Phase Phase;
        public StationState State;
        public bool Down;
        public bool Fails;
        public bool FailsInOperation;
        public bool CompletionIsFailure;
        public int Part;
        public double StateSince;

        /// <summary>Work left on the part: interrupted by a failure, or drawn while waiting to start.</summary>
        public double Remaining;

        /// <summary>Processing time left before the next operation-dependent failure.</summary>
        public double TimeToFailure;

        public StationTimes Times;
        public long Processed;
        public long Failures;
        public ProcessingSampler Processing;

        // The buffer: its parts are in _items[j], from Head on.
        public int Queued;
        public int Head;
        public int Capacity;

        /// <summary>Places promised to stations upstream that started a part, blocking before service.</summary>
        public int Reserved;
        public double LevelSince;
        public double LevelArea;
        public double FullTime;
        public double EmptyTime;
    }

    /// <summary>Dispatches the simulator's events to the run without a virtual call.</summary>
    private readonly struct Handler(EventLineRun<TFeatures> run) : IEventHandler
    {
        public void Handle(int timer) => run.Dispatch(timer);
    }
}
