using System.Collections.Immutable;
using System.Diagnostics;
using LineSim.Engine;
using LineSim.Logging;
using LineSim.Model;
using LineSim.Results;
using Microsoft.Extensions.Logging;

namespace LineSim.Execution;

/// <summary>
/// One replication of a serial line on the discrete-event engine. Every station owns three timers (the end of its
/// processing or an operation-dependent failure, a time-dependent failure, the end of a repair); the source owns one
/// for the next arrival and the run one for the end of the warm-up.
/// </summary>
/// <remarks>
/// All state lives in arrays made up front, so the event loop allocates nothing in steady state (buffers that are
/// unlimited grow by doubling, and so does the pool of part ids when work in process grows).
/// </remarks>
internal sealed class EventLineRun
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
    private readonly long _stopAfterParts;
    private readonly bool _beforeService;
    private readonly bool _unlimitedSupply;
    private readonly ILogger _logger;
    private readonly bool _trace;
    private readonly IDepartureObserver? _observer;

    // Random streams.
    private readonly Random[] _processingRandom;
    private readonly Random?[] _failureRandom;
    private readonly Random?[] _repairRandom;
    private readonly Random? _arrivalRandom;

    // Station state.
    private readonly Phase[] _phase;
    private readonly bool[] _down;
    private readonly int[] _part;
    private readonly double[] _remaining;
    private readonly double[] _timeToFailure;
    private readonly bool[] _completionIsFailure;
    private readonly FailureMode[] _failureMode;
    private readonly bool[] _fails;

    // Links: link j is the buffer before station j.
    private readonly PartQueue[] _queue;
    private readonly int[] _capacity;
    private readonly int[] _reserved;

    // Statistics over the observation window.
    private readonly StationState[] _state;
    private readonly double[] _stateSince;
    private readonly double[] _stateTime;
    private readonly long[] _processed;
    private readonly long[] _failures;
    private readonly double[] _levelSince;
    private readonly double[] _levelArea;
    private readonly double[] _fullTime;
    private readonly double[] _emptyTime;
    private readonly LeadTimeStatistics _leadTime = new();
    private long _workInProcess;
    private double _workInProcessSince;
    private double _workInProcessArea;
    private double _windowStart;
    private long _released;
    private long _completed;
    private long _partsOut;

    // Parts: ids are recycled; each keeps its entry time and its number in order of entry.
    private double[] _entryTime;
    private long[] _partNumber;
    private int[] _freeParts;
    private int _freeCount;
    private long _nextPartNumber;

    private bool _sourceBlocked;

    public EventLineRun(CompiledLine line, SimulationOptions options, int replication, ILogger logger, IDepartureObserver? observer = null)
    {
        _line = line;
        int k = _stations = line.StationCount;
        _warmup = options.Warmup;
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

        _processingRandom = new Random[k];
        _failureRandom = new Random?[k];
        _repairRandom = new Random?[k];
        _phase = new Phase[k];
        _down = new bool[k];
        _part = new int[k];
        _remaining = new double[k];
        _timeToFailure = new double[k];
        _completionIsFailure = new bool[k];
        _failureMode = new FailureMode[k];
        _fails = new bool[k];
        _queue = new PartQueue[k];
        _capacity = line.LinkCapacity;
        _reserved = new int[k];
        _state = new StationState[k];
        _stateSince = new double[k];
        _stateTime = new double[k * StationStateCount];
        _processed = new long[k];
        _failures = new long[k];
        _levelSince = new double[k];
        _levelArea = new double[k];
        _fullTime = new double[k];
        _emptyTime = new double[k];

        long seed = options.Seed;
        for (int i = 0; i < k; i++)
        {
            _processingRandom[i] = RandomStreams.Create(seed, replication, line.ProcessingStream[i]);
            if (line.Failures[i] is { } failures)
            {
                _fails[i] = true;
                _failureMode[i] = failures.Mode;
                _failureRandom[i] = RandomStreams.Create(seed, replication, line.FailureStream[i]);
                _repairRandom[i] = RandomStreams.Create(seed, replication, line.RepairStream[i]);
            }

            _part[i] = -1;
            _queue[i] = new PartQueue(Math.Min(_capacity[i], 64));
        }

        if (!_unlimitedSupply)
        {
            _arrivalRandom = RandomStreams.Create(seed, replication, line.ArrivalStream);
        }

        int initialParts = 16;
        _entryTime = new double[initialParts];
        _partNumber = new long[initialParts];
        _freeParts = new int[initialParts];
        for (int p = 0; p < initialParts; p++)
        {
            _freeParts[p] = initialParts - 1 - p;
        }

        _freeCount = initialParts;
    }

    private const int StationStateCount = 4;

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

    /// <summary>Runs the replication to its end and returns its results.</summary>
    public ReplicationResult Run(int replication, double? duration)
    {
        Start();
        double horizon = duration is { } d ? _warmup + d : double.PositiveInfinity;
        _simulator.RunUntil(horizon);
        FlushStatistics();
        return BuildResult(replication);
    }

    private void Start()
    {
        for (int i = 0; i < _stations; i++)
        {
            _state[i] = StationState.Starved;
            if (_fails[i])
            {
                double timeToFailure = _line.Failures[i]!.TimeToFailure.Sample(_failureRandom[i]!);
                if (_failureMode[i] == FailureMode.OperationDependent)
                {
                    _timeToFailure[i] = timeToFailure;
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
                if (_completionIsFailure[station])
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
        _processed[i]++;
        _phase[i] = Phase.Finished;
        if (_trace)
        {
            _logger.ProcessingFinished(Now, _line.Names[i], _part[i]);
        }

        if (_beforeService && i + 1 < _stations)
        {
            _reserved[i + 1]--;
        }

        TryPassOn(i);
    }

    /// <summary>Station <paramref name="i"/> holds a finished part: it passes it on, or is blocked.</summary>
    private void TryPassOn(int i)
    {
        int part = _part[i];
        if (i + 1 == _stations)
        {
            Depart(part);
        }
        else if (FreeSlots(i + 1) > 0)
        {
            Deliver(i, part, i + 1);
        }
        else
        {
            Refresh(i);
            if (_trace)
            {
                _logger.StationBlocked(Now, _line.Names[i], part);
            }

            return;
        }

        _part[i] = -1;
        _phase[i] = Phase.Empty;
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
                if (_sourceBlocked && FreeSlots(0) > 0)
                {
                    _sourceBlocked = false;
                    EnterFromSource();
                }

                return;
            }

            int u = j - 1;
            if (_down[u])
            {
                return;
            }

            if (_phase[u] == Phase.Finished)
            {
                if (FreeSlots(j) <= 0)
                {
                    return;
                }

                Deliver(u, _part[u], j);
                _part[u] = -1;
                _phase[u] = Phase.Empty;
                j = u;
                continue;
            }

            if (_phase[u] == Phase.WaitingToStart && FreeSlots(j) > 0)
            {
                _reserved[j]++;
                StartProcessing(u, _remaining[u]);
            }

            return;
        }
    }

    /// <summary>Station <paramref name="j"/>, empty and up, takes the next part from its buffer or the supply, or starves.</summary>
    private void Pull(int j)
    {
        PartQueue queue = _queue[j];
        if (queue.Count > 0)
        {
            AccountLink(j);
            BeginPart(j, queue.Dequeue());
        }
        else if (j == 0 && _unlimitedSupply)
        {
            BeginPart(0, NewPart());
        }
        else
        {
            Refresh(j);
        }
    }

    /// <summary>The places still free in link <paramref name="j"/>: its buffer, plus the station itself when it is empty and up, less reservations.</summary>
    private int FreeSlots(int j)
    {
        int free = _capacity[j] - _queue[j].Count - _reserved[j];
        if (_phase[j] == Phase.Empty && !_down[j])
        {
            free++;
        }

        return free;
    }

    /// <summary>Moves <paramref name="part"/> from station <paramref name="from"/> (-1: the source) into link <paramref name="j"/>, which has room.</summary>
    private void Deliver(int from, int part, int j)
    {
        if (from >= 0)
        {
            _observer?.OnDeparture(from, _partNumber[part], Now);
        }

        if (_phase[j] == Phase.Empty && !_down[j])
        {
            Debug.Assert(_queue[j].Count == 0, "An empty station that is up has an empty buffer.");
            BeginPart(j, part);
        }
        else
        {
            Debug.Assert(_queue[j].Count < _capacity[j], "A buffer never exceeds its capacity.");
            AccountLink(j);
            _queue[j].Enqueue(part);
        }
    }

    /// <summary>Station <paramref name="i"/> takes <paramref name="part"/> and starts it, or, blocking before service, waits for a downstream place.</summary>
    private void BeginPart(int i, int part)
    {
        _part[i] = part;
        double work = _line.Processing[i].Sample(_processingRandom[i]);
        if (_beforeService && i + 1 < _stations)
        {
            if (FreeSlots(i + 1) <= 0)
            {
                _remaining[i] = work;
                _phase[i] = Phase.WaitingToStart;
                Refresh(i);
                return;
            }

            _reserved[i + 1]++;
        }

        StartProcessing(i, work);
    }

    /// <summary>Processes <paramref name="work"/> seconds at station <paramref name="i"/>, or up to its next operation-dependent failure.</summary>
    private void StartProcessing(int i, double work)
    {
        _phase[i] = Phase.Processing;
        Refresh(i);
        double due;
        if (_fails[i] && _failureMode[i] == FailureMode.OperationDependent && _timeToFailure[i] < work)
        {
            // The same arithmetic as the sample-path engine's, so that both give bit-identical times.
            _remaining[i] = work - _timeToFailure[i];
            _completionIsFailure[i] = true;
            due = Now + _timeToFailure[i];
        }
        else
        {
            if (_fails[i])
            {
                _timeToFailure[i] -= work;
            }

            _completionIsFailure[i] = false;
            due = Now + work;
        }

        _calendar.Schedule(Timer(i, CompletionTimer), due);
        if (_trace)
        {
            _logger.ProcessingStarted(Now, _line.Names[i], _part[i], due);
        }
    }

    private void OnTimeDependentFailure(int i)
    {
        if (_phase[i] == Phase.Processing)
        {
            int timer = Timer(i, CompletionTimer);
            _remaining[i] = _calendar.TimeOf(timer) - Now;
            _calendar.Cancel(timer);
        }

        Fail(i);
    }

    private void Fail(int i)
    {
        _down[i] = true;
        _failures[i]++;
        Refresh(i);
        double repaired = Now + _line.Failures[i]!.TimeToRepair.Sample(_repairRandom[i]!);
        _calendar.Schedule(Timer(i, RepairTimer), repaired);
        if (_trace)
        {
            _logger.StationFailed(Now, _line.Names[i], repaired);
        }
    }

    private void OnRepaired(int i)
    {
        _down[i] = false;
        if (_trace)
        {
            _logger.StationRepaired(Now, _line.Names[i]);
        }

        double timeToFailure = _line.Failures[i]!.TimeToFailure.Sample(_failureRandom[i]!);
        if (_failureMode[i] == FailureMode.OperationDependent)
        {
            // An operation-dependent failure only interrupts processing, which resumes now.
            _timeToFailure[i] = timeToFailure;
            StartProcessing(i, _remaining[i]);
            return;
        }

        _calendar.Schedule(Timer(i, FailureTimer), Now + timeToFailure);
        switch (_phase[i])
        {
            case Phase.Processing:
                Refresh(i);
                _calendar.Schedule(Timer(i, CompletionTimer), Now + _remaining[i]);
                break;
            case Phase.Finished:
                TryPassOn(i);
                break;
            case Phase.WaitingToStart:
                Refresh(i);
                if (FreeSlots(i + 1) > 0)
                {
                    _reserved[i + 1]++;
                    StartProcessing(i, _remaining[i]);
                }

                break;
            default:
                Vacated(i);
                break;
        }
    }

    private void OnArrival()
    {
        if (FreeSlots(0) > 0)
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
        Array.Clear(_stateTime);
        Array.Clear(_processed);
        Array.Clear(_failures);
        Array.Clear(_levelArea);
        Array.Clear(_fullTime);
        Array.Clear(_emptyTime);
        _workInProcessArea = 0;
        _partsOut = 0;
        _leadTime.Clear();
        _windowStart = Now;
        if (_trace)
        {
            _logger.WarmupEnded(Now);
        }
    }

    private int NewPart()
    {
        if (_freeCount == 0)
        {
            GrowPartPool();
        }

        int part = _freeParts[--_freeCount];
        _entryTime[part] = Now;
        _partNumber[part] = _nextPartNumber++;
        _released++;
        AccountWorkInProcess();
        _workInProcess++;
        if (_trace)
        {
            _logger.PartEntered(Now, part);
        }

        return part;
    }

    private void Depart(int part)
    {
        _observer?.OnDeparture(_stations - 1, _partNumber[part], Now);
        AccountWorkInProcess();
        _workInProcess--;
        _completed++;
        double leadTime = Now - _entryTime[part];
        if (Now >= _windowStart)
        {
            _partsOut++;
            _leadTime.Add(leadTime);
        }

        _freeParts[_freeCount++] = part;
        if (_trace)
        {
            _logger.PartLeft(Now, part, leadTime);
        }

        if (_partsOut >= _stopAfterParts && Now >= _warmup)
        {
            _simulator.Stop();
        }
    }

    private void GrowPartPool()
    {
        int size = _entryTime.Length;
        Array.Resize(ref _entryTime, size * 2);
        Array.Resize(ref _partNumber, size * 2);
        Array.Resize(ref _freeParts, size * 2);
        for (int p = 0; p < size; p++)
        {
            _freeParts[_freeCount++] = (2 * size) - 1 - p;
        }
    }

    /// <summary>Brings station <paramref name="i"/>'s state up to date with its phase, counting the time spent in the old one.</summary>
    private void Refresh(int i)
    {
        StationState state = _down[i] ? StationState.Down : _phase[i] switch
        {
            Phase.Processing => StationState.Working,
            Phase.Empty => StationState.Starved,
            _ => StationState.Blocked,
        };

        double now = Now;
        _stateTime[(i * StationStateCount) + (int)_state[i]] += now - _stateSince[i];
        _stateSince[i] = now;
        _state[i] = state;
    }

    /// <summary>Counts the time link <paramref name="j"/> spent at its current level; call before the level changes.</summary>
    private void AccountLink(int j)
    {
        double now = Now;
        double elapsed = now - _levelSince[j];
        int level = _queue[j].Count;
        _levelArea[j] += level * elapsed;
        if (level >= _capacity[j])
        {
            _fullTime[j] += elapsed;
        }

        if (level == 0)
        {
            _emptyTime[j] += elapsed;
        }

        _levelSince[j] = now;
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
            Refresh(i);
            AccountLink(i);
        }

        AccountWorkInProcess();
    }

    private ReplicationResult BuildResult(int replication)
    {
        double observed = Now - _windowStart;
        double perSecond = observed > 0 ? 1 / observed : 0;
        var stations = ImmutableArray.CreateBuilder<StationStatistics>(_stations);
        for (int i = 0; i < _stations; i++)
        {
            int at = i * StationStateCount;
            stations.Add(new StationStatistics(
                _line.Names[i],
                _stateTime[at + (int)StationState.Working] * perSecond,
                _stateTime[at + (int)StationState.Starved] * perSecond,
                _stateTime[at + (int)StationState.Blocked] * perSecond,
                _stateTime[at + (int)StationState.Down] * perSecond,
                _processed[i],
                _failures[i]));
        }

        BufferStatistics LinkStatistics(int j) => new(
            j == 0 ? null : _line.Names[j - 1],
            _line.Names[j],
            _capacity[j],
            _levelArea[j] * perSecond,
            _fullTime[j] * perSecond,
            _emptyTime[j] * perSecond);

        var buffers = ImmutableArray.CreateBuilder<BufferStatistics>(_stations - 1);
        for (int j = 1; j < _stations; j++)
        {
            buffers.Add(LinkStatistics(j));
        }

        double throughputPerHour = _partsOut * 3600 * perSecond;
        return new ReplicationResult
        {
            Index = replication,
            Engine = EngineKind.Event,
            ObservedTime = observed,
            EndTime = Now,
            Released = _released,
            Completed = _completed,
            WorkInProcessAtEnd = _workInProcess,
            PartsOut = _partsOut,
            ThroughputPerHour = throughputPerHour,
            TaktAttainment = throughputPerHour * _line.TaktTime / 3600,
            WorkInProcess = _workInProcessArea * perSecond,
            LeadTime = _leadTime.Mean,
            LeadTimeP50 = _leadTime.Median,
            LeadTimeP95 = _leadTime.Percentile95,
            Stations = stations.MoveToImmutable(),
            Buffers = buffers.MoveToImmutable(),
            InputBuffer = _unlimitedSupply ? null : LinkStatistics(0),
            EventsProcessed = _simulator.EventsProcessed,
        };
    }

    /// <summary>Dispatches the simulator's events to the run without a virtual call.</summary>
    private readonly struct Handler(EventLineRun run) : IEventHandler
    {
        public void Handle(int timer) => run.Dispatch(timer);
    }
}
