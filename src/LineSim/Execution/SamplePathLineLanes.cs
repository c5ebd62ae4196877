using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using LineSim.Engine;
using LineSim.Model;
using LineSim.Results;
using static LineSim.Execution.SamplePathTime;

namespace LineSim.Execution;

/// <summary>
/// Several replications of a serial line on the sample-path engine at once, one per lane of a vector register: part n
/// goes through every station in every lane before part n + 1, each lane with its own random streams, so that one pass
/// of <see cref="SamplePathLineRun"/>'s (max, +) recursion advances them all. Every lane's result is bit-identical to
/// its replication run alone.
/// </summary>
/// <remarks>
/// <para>
/// A lane adds, subtracts and takes maxima of the same numbers in the same order as the scalar run (no fused
/// multiply-add, maxima as <c>a &gt; b ? a : b</c>), and draws its exponential times from its own stream with the same
/// bits (<see cref="XoshiroLanes"/>), so the vector width changes nothing but the speed. A part whose time at a station
/// lies wholly inside the observation window in every lane of a register, the usual case, is counted with vector
/// additions; otherwise, and for operation-dependent failures and other distributions' draws, each lane goes on alone
/// with the scalar run's arithmetic. A lane whose run has ended keeps its result and rides along until the others end.
/// </para>
/// <para>
/// State is kept lane by lane next to each other (station i, lane j at i x lanes + j; ring place m at
/// m x lanes + j), so that a register loads one station's value for all its lanes. Lines whose rings might grow (a
/// buffer over 1,022 places) run alone (<see cref="Supports"/>).
/// </para>
/// </remarks>
internal sealed class SamplePathLineLanes
{
    private const int BatchSize = 256;
    private const int RingLimit = 1024;

    private readonly CompiledLine _line;
    private readonly LaneWidth _width;
    private readonly int[] _replications;
    private readonly int _count;
    private readonly int _lanes;
    private readonly int _stations;
    private readonly double _warmup;
    private readonly double _windowOpens;
    private readonly long _stopAfterParts;
    private readonly bool _beforeService;
    private readonly bool _unlimitedSupply;
    private readonly bool _anyFailures;

    // Per station: the link before it and its rings of departures and takes, lane by lane.
    private readonly int[] _capacity;
    private readonly bool[] _hasLink;
    private readonly bool[] _hasRing;
    private readonly bool[] _fails;
    private readonly long[] _ringMask;
    private readonly double[][] _departures;
    private readonly double[][] _takes;

    // Per station and lane (i x lanes + j).
    private readonly double[] _lastDeparture;
    private readonly double[] _lastTake;
    private readonly double[] _fullEnd;
    private readonly double[] _working;
    private readonly double[] _blocked;
    private readonly double[] _down;
    private readonly double[] _levelArea;
    private readonly double[] _nonEmpty;
    private readonly double[] _full;

    // Parts wholly inside the window, counted by vector additions (exact below 2^53), and the others' counts lane by lane.
    private readonly double[] _insideParts;
    private readonly long[] _completions;
    private readonly long[] _processed;
    private readonly long[] _failures;
    private readonly double[] _timeToFailure;
    private readonly Random?[] _failureRandom;
    private readonly Random?[] _repairRandom;

    // Processing times, a batch per station: slot s of station i, lane j at (i x BatchSize + s) x lanes + j.
    private readonly double[] _work;
    private readonly bool[] _constant;
    private readonly bool[] _exponential;
    private readonly double[] _exponentialMean;
    private readonly ulong[] _exponentialState;
    private readonly ProcessingSampler[] _processing;
    private readonly double[] _drawn = new double[BatchSize];

    // Per lane.
    private readonly double[] _end;
    private readonly double[] _opens;
    private readonly double[] _entry;
    private readonly double[] _arrival;
    private readonly Random?[] _arrivalRandom;
    private readonly double[] _workInProcessArea;
    private readonly long[] _completed;
    private readonly long[] _partsOut;
    private readonly bool[] _stopped;
    private readonly bool[] _finished;
    private readonly LeadTimeStatistics[] _leadTime;
    private readonly OutputSeries?[] _output;
    private readonly IntervalSeries[]?[] _levels;
    private readonly ReplicationResult[] _results;

    // One register's values, for the lanes that go on alone.
    private readonly double[] _scratch = new double[8 * 8];

    /// <param name="line">The line; <see cref="Supports"/> must hold.</param>
    /// <param name="options">Seed, warm-up and stop condition.</param>
    /// <param name="replications">The replications to run, one per lane.</param>
    /// <param name="width">The registers' width: lanes beyond the replications, up to a multiple of it, repeat the last replication.</param>
    public SamplePathLineLanes(CompiledLine line, SimulationOptions options, ReadOnlySpan<int> replications, LaneWidth width)
    {
        Debug.Assert(Supports(line) && replications.Length > 0, "lanes run lines whose rings never grow");
        _line = line;
        _width = width;
        _count = replications.Length;
        int perRegister = (int)width;
        int lanes = _lanes = (_count + perRegister - 1) / perRegister * perRegister;
        _replications = new int[lanes];
        for (int j = 0; j < lanes; j++)
        {
            _replications[j] = replications[Math.Min(j, _count - 1)];
        }

        int k = _stations = line.StationCount;
        _warmup = options.Warmup;
        _windowOpens = options.WindowOpensAfter;
        _stopAfterParts = options.PartCount ?? long.MaxValue;
        _beforeService = line.Blocking == BlockingPolicy.BeforeService;
        _unlimitedSupply = line.Interarrival is null;
        long seed = options.Seed;

        _capacity = new int[k];
        _hasLink = new bool[k];
        _hasRing = new bool[k];
        _fails = new bool[k];
        _ringMask = new long[k];
        _departures = new double[k][];
        _takes = new double[k][];
        _lastDeparture = new double[k * lanes];
        _lastTake = new double[k * lanes];
        _fullEnd = new double[k * lanes];
        _working = new double[k * lanes];
        _blocked = new double[k * lanes];
        _down = new double[k * lanes];
        _levelArea = new double[k * lanes];
        _nonEmpty = new double[k * lanes];
        _full = new double[k * lanes];
        _insideParts = new double[k * lanes];
        _completions = new long[k * lanes];
        _processed = new long[k * lanes];
        _failures = new long[k * lanes];
        _timeToFailure = new double[k * lanes];
        _failureRandom = new Random?[k * lanes];
        _repairRandom = new Random?[k * lanes];
        _work = new double[k * BatchSize * lanes];
        _constant = new bool[k];
        _exponential = new bool[k];
        _exponentialMean = new double[k];
        _exponentialState = new ulong[k * 4 * lanes];
        _processing = new ProcessingSampler[k * lanes];
        for (int i = 0; i < k; i++)
        {
            int capacity = _capacity[i] = line.LinkCapacity[i];
            _hasLink[i] = i > 0 || !_unlimitedSupply;
            _hasRing[i] = i > 0 || (!_unlimitedSupply && capacity < int.MaxValue);
            int size = _hasRing[i] ? (int)BitOperations.RoundUpToPowerOf2((uint)capacity + 2) : 0;
            _ringMask[i] = size - 1;
            _departures[i] = new double[size * lanes];
            _takes[i] = new double[size * lanes];
            _fails[i] = line.Failures[i] is not null;
            _anyFailures |= _fails[i];
            switch (line.Processing[i])
            {
                case ConstantDistribution constant:
                    // A constant draws nothing: its batch is filled once.
                    _constant[i] = true;
                    Array.Fill(_work, constant.Value, i * BatchSize * lanes, BatchSize * lanes);
                    break;
                case ExponentialDistribution exponential:
                    _exponential[i] = true;
                    _exponentialMean[i] = exponential.Mean;
                    for (int j = 0; j < lanes; j++)
                    {
                        XoshiroLanes.Seed(_exponentialState.AsSpan(i * 4 * lanes), lanes, j, RandomStreams.SeedFor(seed, _replications[j], line.ProcessingStream[i]));
                    }

                    break;
                default:
                    for (int j = 0; j < lanes; j++)
                    {
                        _processing[(i * lanes) + j] = new ProcessingSampler(line.Processing[i], seed, _replications[j], line.ProcessingStream[i]);
                    }

                    break;
            }

            if (_fails[i])
            {
                for (int j = 0; j < lanes; j++)
                {
                    _failureRandom[(i * lanes) + j] = RandomStreams.Create(seed, _replications[j], line.FailureStream[i]);
                    _repairRandom[(i * lanes) + j] = RandomStreams.Create(seed, _replications[j], line.RepairStream[i]);
                }
            }
        }

        _end = new double[lanes];
        _opens = new double[lanes];
        _entry = new double[lanes];
        _arrival = new double[lanes];
        _arrivalRandom = new Random?[lanes];
        _workInProcessArea = new double[lanes];
        _completed = new long[lanes];
        _partsOut = new long[lanes];
        _stopped = new bool[lanes];
        _finished = new bool[lanes];
        _leadTime = new LeadTimeStatistics[lanes];
        _output = new OutputSeries?[lanes];
        _levels = new IntervalSeries[]?[lanes];
        _results = new ReplicationResult[lanes];
        for (int j = 0; j < lanes; j++)
        {
            _leadTime[j] = new LeadTimeStatistics();
            _output[j] = OutputSeries.For(options);
            _levels[j] = IntervalSeries.ForLinks(k, options);
            if (!_unlimitedSupply)
            {
                _arrivalRandom[j] = RandomStreams.Create(seed, _replications[j], line.ArrivalStream);
            }
        }
    }

    /// <summary>Whether the lanes run <paramref name="line"/>: a serial line on the sample path whose rings never grow (every buffer up to 1,022 places, or an unlimited input buffer).</summary>
    public static bool Supports(CompiledLine line)
    {
        if (!line.IsSamplePathExact || !line.Topology.IsSerial)
        {
            return false;
        }

        for (int i = 0; i < line.StationCount; i++)
        {
            bool ring = i > 0 || (line.Interarrival is not null && line.LinkCapacity[i] < int.MaxValue);
            if (ring && line.LinkCapacity[i] + 2L > RingLimit)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Runs every lane to its end; returns the results of the replications given, in their order.</summary>
    /// <param name="duration">The observation window after the warm-up; <see langword="null"/> to run until the part count.</param>
    /// <param name="leadTimes">Collects the replications' lead times; may be <see langword="null"/>.</param>
    public ReplicationResult[] Run(double? duration, LeadTimeDistribution? leadTimes = null)
    {
        double end = duration is { } d ? _warmup + d : double.PositiveInfinity;
        Array.Fill(_end, end);
        Array.Fill(_opens, _windowOpens);
        switch (_width)
        {
            case LaneWidth.Vector512:
                Simulate<Vector512Lanes>(duration is null, leadTimes);
                break;
            case LaneWidth.Vector256:
                Simulate<Vector256Lanes>(duration is null, leadTimes);
                break;
            case LaneWidth.Vector128:
                Simulate<Vector128Lanes>(duration is null, leadTimes);
                break;
            default:
                Simulate<ScalarLanes>(duration is null, leadTimes);
                break;
        }

        return _results[.._count];
    }

    private void Simulate<TLanes>(bool untilPartCount, LeadTimeDistribution? leadTimes)
        where TLanes : struct, ILaneVector<TLanes>
    {
        if (_beforeService)
        {
            Simulate<TLanes, On>(untilPartCount, leadTimes);
        }
        else
        {
            Simulate<TLanes, Off>(untilPartCount, leadTimes);
        }
    }

    private void Simulate<TLanes, TBeforeService>(bool untilPartCount, LeadTimeDistribution? leadTimes)
        where TLanes : struct, ILaneVector<TLanes>
        where TBeforeService : struct, IFlag
    {
        if (_anyFailures)
        {
            Simulate<TLanes, TBeforeService, On>(untilPartCount, leadTimes);
        }
        else
        {
            Simulate<TLanes, TBeforeService, Off>(untilPartCount, leadTimes);
        }
    }

    private void Simulate<TLanes, TBeforeService, TFailures>(bool untilPartCount, LeadTimeDistribution? leadTimes)
        where TLanes : struct, ILaneVector<TLanes>
        where TBeforeService : struct, IFlag
        where TFailures : struct, IFlag
    {
        if (_levels[0] is not null)
        {
            Simulate<TLanes, TBeforeService, TFailures, On>(untilPartCount, leadTimes);
        }
        else
        {
            Simulate<TLanes, TBeforeService, TFailures, Off>(untilPartCount, leadTimes);
        }
    }

    /// <summary>Computes parts until every lane's next part enters after its end.</summary>
    private void Simulate<TLanes, TBeforeService, TFailures, TLevels>(bool untilPartCount, LeadTimeDistribution? leadTimes)
        where TLanes : struct, ILaneVector<TLanes>
        where TBeforeService : struct, IFlag
        where TFailures : struct, IFlag
        where TLevels : struct, IFlag
    {
        int k = _stations;
        int lanes = _lanes;
        int width = TLanes.Count;
        uint all = (uint)((1UL << width) - 1);
        bool beforeService = TBeforeService.IsOn;
        int live = lanes;

        // The event engine draws every station's first time to failure at time 0.
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < lanes && _fails[i]; j++)
            {
                _timeToFailure[(i * lanes) + j] = _line.Failures[i]!.TimeToFailure.Sample(_failureRandom[(i * lanes) + j]!);
            }
        }

        for (int j = 0; j < lanes && !_unlimitedSupply; j++)
        {
            _arrival[j] = _line.Interarrival!.Sample(_arrivalRandom[j]!);
        }

        TLanes zero = TLanes.Create(0);
        TLanes one = TLanes.Create(1);
        int slot = BatchSize;
        for (long n = 0; ; n++)
        {
            if (slot == BatchSize)
            {
                FillBatch<TLanes>();
                slot = 0;
            }

            // The part enters every lane, from the unlimited supply when station 0 frees, or from the source when the
            // input buffer has room; a lane whose part enters after its end has finished.
            for (int o = 0; o < lanes; o += width)
            {
                TLanes entry;
                if (_unlimitedSupply)
                {
                    entry = TLanes.Load(ref _lastDeparture[o]);
                }
                else
                {
                    entry = TLanes.Load(ref _arrival[o]);
                    if (_hasRing[0])
                    {
                        entry = TLanes.Max(entry, TLanes.Load(ref _departures[0][(((n - _capacity[0] - 1) & _ringMask[0]) * lanes) + o]));
                    }
                }

                TLanes.Store(entry, ref _entry[o]);
                for (uint over = TLanes.GreaterThan(entry, TLanes.Load(ref _end[o])); over != 0; over &= over - 1)
                {
                    Finish(o + BitOperations.TrailingZeroCount(over), n, leadTimes);
                    live--;
                }
            }

            if (live == 0)
            {
                return;
            }

            for (int j = 0; j < lanes && !_unlimitedSupply; j++)
            {
                if (!_finished[j])
                {
                    // The next interarrival time starts when this part enters.
                    _arrival[j] = _entry[j] + _line.Interarrival!.Sample(_arrivalRandom[j]!);
                }
            }

            for (int o = 0; o < lanes; o += width)
            {
                TLanes opens = TLanes.Load(ref _opens[o]);
                TLanes end = TLanes.Load(ref _end[o]);
                TLanes up = TLanes.Load(ref _entry[o]);
                for (int i = 0; i < k; i++)
                {
                    int at = (i * lanes) + o;
                    TLanes take = TLanes.Max(up, TLanes.Load(ref _lastDeparture[at]));

                    // The downstream link has room for this part once part n - b - 1 has left the next station.
                    TLanes room = zero;
                    if (i + 1 < k)
                    {
                        room = TLanes.Load(ref _departures[i + 1][(((n - _capacity[i + 1] - 1) & _ringMask[i + 1]) * lanes) + o]);
                    }

                    TLanes start = beforeService ? TLanes.Max(room, take) : take;
                    TLanes work = TLanes.Load(ref _work[(((i * BatchSize) + slot) * lanes) + o]);
                    bool fails = TFailures.IsOn && _fails[i];
                    TLanes done = fails ? Fold(i, o, start, work) : TLanes.Add(start, work);
                    TLanes departure = beforeService ? done : TLanes.Max(room, done);
                    uint inside = TLanes.GreaterThan(up, opens) & TLanes.LessThanOrEqual(departure, end);
                    if (inside == all)
                    {
                        if (!fails)
                        {
                            Accumulate(ref _working[at], TLanes.Subtract(done, start));
                        }

                        Accumulate(ref _blocked[at], beforeService ? TLanes.Subtract(start, take) : TLanes.Subtract(departure, done));
                        Accumulate(ref _insideParts[at], one);
                    }

                    TLanes since = zero;
                    TLanes fullFrom = zero;
                    TLanes fullUntil = zero;
                    if (_hasLink[i])
                    {
                        // The part waited in the buffer from its arrival until its station took it.
                        int b = _capacity[i];
                        since = TLanes.Max(up, TLanes.Load(ref _lastTake[at]));
                        bool fullRing = b >= 2 && _hasRing[i];
                        if (fullRing)
                        {
                            // With b >= 2 the buffer is full from this part's arrival until part n - b + 1 was taken.
                            fullUntil = TLanes.Load(ref _takes[i][(((n - b + 1) & _ringMask[i]) * lanes) + o]);
                            fullFrom = TLanes.Max(up, TLanes.Load(ref _fullEnd[at]));
                            TLanes.Store(fullUntil, ref _fullEnd[at]);
                        }

                        if (inside == all)
                        {
                            Accumulate(ref _levelArea[at], TLanes.Subtract(take, up));
                            TLanes nonEmpty = TLanes.Max(TLanes.Subtract(take, since), zero);
                            Accumulate(ref _nonEmpty[at], nonEmpty);
                            if (b == 1)
                            {
                                Accumulate(ref _full[at], nonEmpty);
                            }
                            else if (fullRing)
                            {
                                Accumulate(ref _full[at], TLanes.Max(TLanes.Subtract(fullUntil, fullFrom), zero));
                            }
                        }

                        if (_hasRing[i])
                        {
                            int place = (int)(n & _ringMask[i]) * lanes;
                            TLanes.Store(take, ref _takes[i][place + o]);
                            TLanes.Store(departure, ref _departures[i][place + o]);
                        }
                    }

                    if (inside != all || TLevels.IsOn)
                    {
                        AccountAlone(i, o, inside, up, take, start, done, departure, since, fullFrom, fullUntil);
                    }

                    TLanes.Store(departure, ref _lastDeparture[at]);
                    TLanes.Store(take, ref _lastTake[at]);
                    up = departure;
                }
            }

            // The part leaves every lane's line.
            for (int j = 0; j < lanes; j++)
            {
                if (!_finished[j])
                {
                    Leave(j, _lastDeparture[((k - 1) * lanes) + j], untilPartCount);
                }
            }

            slot++;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Accumulate<TLanes>(ref double total, TLanes value)
        where TLanes : struct, ILaneVector<TLanes> =>
        TLanes.Store(TLanes.Add(TLanes.Load(ref total), value), ref total);

    /// <summary>
    /// The statistics of one register's lanes at station <paramref name="i"/> taken one lane at a time, with the scalar
    /// run's arithmetic: for a part not wholly inside the window in some lane, and for the buffers' levels over time.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AccountAlone<TLanes>(int i, int o, uint inside, TLanes up, TLanes take, TLanes start, TLanes done, TLanes departure, TLanes since, TLanes fullFrom, TLanes fullUntil)
        where TLanes : struct, ILaneVector<TLanes>
    {
        int width = TLanes.Count;
        uint all = (uint)((1UL << width) - 1);
        Span<double> values = _scratch;
        TLanes.Store(up, ref values[0]);
        TLanes.Store(take, ref values[width]);
        TLanes.Store(start, ref values[2 * width]);
        TLanes.Store(done, ref values[3 * width]);
        TLanes.Store(departure, ref values[4 * width]);
        TLanes.Store(since, ref values[5 * width]);
        TLanes.Store(fullFrom, ref values[6 * width]);
        TLanes.Store(fullUntil, ref values[7 * width]);
        int b = _capacity[i];
        for (int lane = 0; lane < width; lane++)
        {
            int j = o + lane;
            if (_finished[j])
            {
                continue;
            }

            double arrived = values[lane];
            double taken = values[width + lane];
            double end = _end[j];
            int s = (i * _lanes) + j;
            if (inside != all)
            {
                AccountPart(s, (inside >> lane & 1) != 0, arrived, taken, values[(2 * width) + lane], values[(3 * width) + lane], values[(4 * width) + lane], values[(5 * width) + lane], values[(6 * width) + lane], values[(7 * width) + lane], end);
            }

            if (_hasLink[i] && _levels[j] is { } levels)
            {
                levels[i].Add(arrived, Math.Min(taken, end), 1);
            }
        }

        void AccountPart(int s, bool inside, double arrived, double taken, double started, double completed, double departed, double since, double fullFrom, double fullUntil, double end)
        {
            bool addWorking = !_fails[i];
            if (inside)
            {
                if (addWorking)
                {
                    _working[s] += completed - started;
                }

                _blocked[s] += _beforeService ? started - taken : departed - completed;
                _processed[s]++;
                _completions[s]++;
            }
            else
            {
                AddPartAcrossWindow(_beforeService, addWorking, taken, started, completed, departed, _warmup, _windowOpens, end, ref _working[s], ref _blocked[s], ref _completions[s], ref _processed[s]);
            }

            if (!_hasLink[i])
            {
                return;
            }

            bool fullRing = b >= 2 && _hasRing[i];
            if (inside)
            {
                _levelArea[s] += taken - arrived;
                double nonEmpty = Max(taken - since, 0);
                _nonEmpty[s] += nonEmpty;
                if (b == 1)
                {
                    _full[s] += nonEmpty;
                }
                else if (fullRing)
                {
                    _full[s] += Max(fullUntil - fullFrom, 0);
                }
            }
            else
            {
                AddInside(ref _levelArea[s], arrived, taken, _warmup, end);
                AddInside(ref _nonEmpty[s], since, taken, _warmup, end);
                if (b == 1)
                {
                    AddInside(ref _full[s], since, taken, _warmup, end);
                }
                else if (fullRing)
                {
                    AddInside(ref _full[s], fullFrom, fullUntil, _warmup, end);
                }
            }
        }
    }

    /// <summary>Processes the register's work at station <paramref name="i"/> from <paramref name="start"/>, each lane folding in its own failures.</summary>
    private TLanes Fold<TLanes>(int i, int o, TLanes start, TLanes work)
        where TLanes : struct, ILaneVector<TLanes>
    {
        int width = TLanes.Count;
        Span<double> values = _scratch;
        TLanes.Store(start, ref values[0]);
        TLanes.Store(work, ref values[width]);
        for (int lane = 0; lane < width; lane++)
        {
            int j = o + lane;
            int s = (i * _lanes) + j;
            values[lane] = _finished[j]
                ? values[lane] + values[width + lane]
                : FoldFailures(
                    _line.Failures[i]!, _failureRandom[s]!, _repairRandom[s]!, ref _timeToFailure[s], values[lane], values[width + lane], _warmup, _windowOpens, _end[j], ref _working[s], ref _down[s], ref _failures[s]);
        }

        return TLanes.Load(ref values[0]);
    }

    /// <summary>Lane <paramref name="j"/>'s part left the line at <paramref name="up"/>: the scalar run's counts and lead time.</summary>
    private void Leave(int j, double up, bool untilPartCount)
    {
        double entry = _entry[j];
        double end = _end[j];
        if (up <= end)
        {
            _completed[j]++;
            if (!_stopped[j] && up > _windowOpens)
            {
                _partsOut[j]++;
                _leadTime[j].Add(up - entry);
                _output[j]?.Add(up);
                if (untilPartCount && _partsOut[j] >= _stopAfterParts)
                {
                    _stopped[j] = true;
                    end = _end[j] = up;
                }
            }
        }

        AddInside(ref _workInProcessArea[j], entry, up, _warmup, end);
    }

    /// <summary>Lane <paramref name="j"/>'s part <paramref name="n"/> enters after its end: its result is taken, and the lane rides along inside an endless window.</summary>
    private void Finish(int j, long n, LeadTimeDistribution? leadTimes)
    {
        var stations = new SamplePathStation[_stations];
        for (int i = 0; i < _stations; i++)
        {
            int s = (i * _lanes) + j;
            long inside = (long)_insideParts[s];
            stations[i] = new SamplePathStation
            {
                Capacity = _capacity[i],
                HasRing = _hasRing[i],
                Working = _working[s],
                Blocked = _blocked[s],
                Down = _down[s],
                Processed = inside + _processed[s],
                Completions = inside + _completions[s],
                Failures = _failures[s],
                LevelArea = _levelArea[s],
                NonEmpty = _nonEmpty[s],
                Full = _full[s],
            };
        }

        if (j < _count)
        {
            if (leadTimes is not null)
            {
                leadTimes.Add(_leadTime[j]);
            }

            _results[j] = SamplePathLineRun.BuildResult(
                _line, stations, _replications[j], _warmup, _end[j], _workInProcessArea[j], n, _completed[j], _partsOut[j], _leadTime[j], _output[j], _levels[j]);
        }

        _finished[j] = true;
        _end[j] = double.PositiveInfinity;
        _opens[j] = double.NegativeInfinity;
    }

    /// <summary>Draws the next <see cref="BatchSize"/> processing times of every station in every lane, each lane in its streams' order.</summary>
    private void FillBatch<TLanes>()
        where TLanes : struct, ILaneVector<TLanes>
    {
        int lanes = _lanes;
        for (int i = 0; i < _stations; i++)
        {
            if (_constant[i])
            {
                continue;
            }

            int first = i * BatchSize * lanes;
            if (_exponential[i])
            {
                for (int o = 0; o < lanes; o += TLanes.Count)
                {
                    XoshiroLanes.FillExponential<TLanes>(ref _exponentialState[(i * 4 * lanes) + o], lanes, ref _work[first + o], BatchSize, _exponentialMean[i]);
                }

                continue;
            }

            for (int j = 0; j < lanes; j++)
            {
                _processing[(i * lanes) + j].Fill(_drawn);
                for (int slot = 0; slot < BatchSize; slot++)
                {
                    _work[first + (slot * lanes) + j] = _drawn[slot];
                }
            }
        }
    }
}
