using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
    // Processing times drawn at a time per station and lane: few enough that every station's batch for a register of
    // eight lanes stays in the first-level cache.
    private const int BatchSize = 32;
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

    // Station i's values for lane j: field f at ((i x Fields) + f) x lanes + j (see At), so that one station's fields
    // for a register's lanes lie a fixed distance apart.
    private const int LastDeparture = 0;
    private const int LastTake = 1;
    private const int FullEnd = 2;
    private const int Working = 3;
    private const int Blocked = 4;
    private const int LevelArea = 5;
    private const int NonEmpty = 6;
    private const int Full = 7;
    private const int Down = 8;
    private const int Fields = 9;

    private readonly SamplePathLaneStation[] _station;
    private readonly double[] _state;

    // Parts wholly inside the window in every lane of a register, counted for the register's first lane, and the other
    // parts' counts lane by lane.
    private readonly long[] _insideParts;
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

    // Lead times, kept here (the sum in each lane's order) and recorded in the lane's histogram one by one.
    private readonly double[] _leadTimeSum;
    private readonly double[] _leadTimeMin;
    private readonly double[] _leadTimeMax;

    // Per register, at its first lane: parts that left every lane's line inside the window at once, counted once, and
    // the fewest parts any lane of it may still count before it stops.
    private readonly long[] _leftTogether;
    private readonly long[] _partsLeft;
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

        _station = new SamplePathLaneStation[k];
        _state = new double[k * Fields * lanes];
        _insideParts = new long[k * lanes];
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
            ref SamplePathLaneStation station = ref _station[i];
            int capacity = station.Capacity = line.LinkCapacity[i];
            station.HasLink = i > 0 || !_unlimitedSupply;
            station.HasRing = i > 0 || (!_unlimitedSupply && capacity < int.MaxValue);
            station.FullRing = station.HasRing && capacity >= 2;
            int size = station.HasRing ? (int)BitOperations.RoundUpToPowerOf2((uint)capacity + 2) : 0;
            station.RingMask = size - 1;
            station.Departures = new double[size * lanes];
            station.Takes = new double[size * lanes];
            station.Fails = line.Failures[i] is not null;
            _anyFailures |= station.Fails;
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

            if (station.Fails)
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
        _leadTimeSum = new double[lanes];
        _leadTimeMin = new double[lanes];
        _leadTimeMax = new double[lanes];
        Array.Fill(_leadTimeMin, double.PositiveInfinity);
        Array.Fill(_leadTimeMax, double.NegativeInfinity);
        _leftTogether = new long[lanes];
        _partsLeft = new long[lanes];
        Array.Fill(_partsLeft, _stopAfterParts);
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
        int live = lanes;

        // The event engine draws every station's first time to failure at time 0.
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < lanes && _station[i].Fails; j++)
            {
                _timeToFailure[(i * lanes) + j] = _line.Failures[i]!.TimeToFailure.Sample(_failureRandom[(i * lanes) + j]!);
            }
        }

        for (int j = 0; j < lanes && !_unlimitedSupply; j++)
        {
            _arrival[j] = _line.Interarrival!.Sample(_arrivalRandom[j]!);
        }

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
                ref SamplePathLaneStation first = ref _station[0];
                if (_unlimitedSupply)
                {
                    entry = TLanes.Load(ref _state[At(0, LastDeparture, o)]);
                }
                else
                {
                    entry = TLanes.Load(ref _arrival[o]);
                    if (first.HasRing)
                    {
                        entry = TLanes.Max(entry, TLanes.Load(ref first.Departures[(((n - first.Capacity - 1) & first.RingMask) * lanes) + o]));
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
                TLanes up = Advance<TLanes, TBeforeService, TFailures, TLevels>(n, slot, o);
                Leave(o, up, untilPartCount);
            }

            slot++;
        }
    }

    /// <summary>
    /// Takes part <paramref name="n"/> through every station in the register of lanes from <paramref name="o"/> on;
    /// returns when it left the last station. Called once a part and register, so that the runtime compiles it fully
    /// (with profile data) after a few parts, where a long loop would run in code compiled on the fly (on-stack
    /// replacement) that knows less.
    /// </summary>
    private TLanes Advance<TLanes, TBeforeService, TFailures, TLevels>(long n, int slot, int o)
        where TLanes : struct, ILaneVector<TLanes>
        where TBeforeService : struct, IFlag
        where TFailures : struct, IFlag
        where TLevels : struct, IFlag
    {
        int k = _stations;
        int lanes = _lanes;
        uint all = AllLanes<TLanes>();
        SamplePathLaneStation[] stations = _station;
        ref double work = ref MemoryMarshal.GetArrayDataReference(_work);
        TLanes zero = TLanes.Create(0);
        TLanes opens = TLanes.Load(ref _opens[o]);
        TLanes end = TLanes.Load(ref _end[o]);
        TLanes up = TLanes.Load(ref _entry[o]);
        for (int i = 0; i < k; i++)
        {
            ref SamplePathLaneStation station = ref stations[i];

            // The station's fields for the register's lanes, a field every `lanes` places.
            ref double fields = ref _state[At(i, 0, o)];
            TLanes take = TLanes.Max(up, TLanes.Load(ref fields));

            // The downstream link has room for this part once part n - b - 1 has left the next station.
            TLanes room = zero;
            if (i + 1 < k)
            {
                ref SamplePathLaneStation next = ref stations[i + 1];
                room = TLanes.Load(ref Ring(next.Departures, (((n - next.Capacity - 1) & next.RingMask) * lanes) + o));
            }

            TLanes start = TBeforeService.IsOn ? TLanes.Max(room, take) : take;
            TLanes processing = TLanes.Load(ref Unsafe.Add(ref work, (((i * BatchSize) + slot) * lanes) + o));
            bool fails = TFailures.IsOn && station.Fails;
            TLanes done;
            if (fails)
            {
                TLanes.Store(start, ref _scratch[0]);
                TLanes.Store(processing, ref _scratch[TLanes.Count]);
                Fold(i, o, TLanes.Count);
                done = TLanes.Load(ref _scratch[0]);
            }
            else
            {
                done = TLanes.Add(start, processing);
            }

            TLanes departure = TBeforeService.IsOn ? done : TLanes.Max(room, done);
            uint inside = TLanes.GreaterThan(up, opens) & TLanes.LessThanOrEqual(departure, end);
            if (inside == all)
            {
                if (!fails)
                {
                    Accumulate(ref Unsafe.Add(ref fields, Working * lanes), TLanes.Subtract(done, start));
                }

                Accumulate(ref Unsafe.Add(ref fields, Blocked * lanes), TBeforeService.IsOn ? TLanes.Subtract(start, take) : TLanes.Subtract(departure, done));
                _insideParts[(i * lanes) + o]++;
            }

            TLanes since = zero;
            TLanes fullFrom = zero;
            TLanes fullUntil = zero;
            if (station.HasLink)
            {
                // The part waited in the buffer from its arrival until its station took it.
                since = TLanes.Max(up, TLanes.Load(ref Unsafe.Add(ref fields, LastTake * lanes)));
                if (station.FullRing)
                {
                    // With b >= 2 the buffer is full from this part's arrival until part n - b + 1 was taken.
                    ref double fullEnd = ref Unsafe.Add(ref fields, FullEnd * lanes);
                    fullUntil = TLanes.Load(ref Ring(station.Takes, (((n - station.Capacity + 1) & station.RingMask) * lanes) + o));
                    fullFrom = TLanes.Max(up, TLanes.Load(ref fullEnd));
                    TLanes.Store(fullUntil, ref fullEnd);
                }

                if (inside == all)
                {
                    Accumulate(ref Unsafe.Add(ref fields, LevelArea * lanes), TLanes.Subtract(take, up));
                    TLanes nonEmpty = TLanes.Max(TLanes.Subtract(take, since), zero);
                    Accumulate(ref Unsafe.Add(ref fields, NonEmpty * lanes), nonEmpty);
                    if (station.Capacity == 1)
                    {
                        Accumulate(ref Unsafe.Add(ref fields, Full * lanes), nonEmpty);
                    }
                    else if (station.FullRing)
                    {
                        Accumulate(ref Unsafe.Add(ref fields, Full * lanes), TLanes.Max(TLanes.Subtract(fullUntil, fullFrom), zero));
                    }
                }

                if (station.HasRing)
                {
                    long place = ((n & station.RingMask) * lanes) + o;
                    TLanes.Store(take, ref Ring(station.Takes, place));
                    TLanes.Store(departure, ref Ring(station.Departures, place));
                }
            }

            TLanes.Store(departure, ref fields);
            TLanes.Store(take, ref Unsafe.Add(ref fields, LastTake * lanes));
            if (inside != all || TLevels.IsOn)
            {
                // Rare: the registers go to memory, so that the call holds none.
                Span<double> values = _scratch;
                int width = TLanes.Count;
                TLanes.Store(up, ref values[0]);
                TLanes.Store(take, ref values[width]);
                TLanes.Store(start, ref values[2 * width]);
                TLanes.Store(done, ref values[3 * width]);
                TLanes.Store(departure, ref values[4 * width]);
                TLanes.Store(since, ref values[5 * width]);
                TLanes.Store(fullFrom, ref values[6 * width]);
                TLanes.Store(fullUntil, ref values[7 * width]);
                AccountAlone(i, o, width, inside);
            }

            up = departure;
        }

        return up;
    }

    /// <summary>
    /// A place of a ring, without a bounds check: callers index it by a part number masked to the ring, times the
    /// lanes, plus a register's first lane, which lies inside.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref double Ring(double[] ring, long index) => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(ring), (nint)index);

    /// <summary>Where field <paramref name="field"/> of station <paramref name="i"/> lies for lane <paramref name="j"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int At(int i, int field, int j) => (((i * Fields) + field) * _lanes) + j;

    /// <summary>A bit for every lane of a register.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint AllLanes<TLanes>()
        where TLanes : struct, ILaneVector<TLanes> => (uint)((1UL << TLanes.Count) - 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Accumulate<TLanes>(ref double total, TLanes value)
        where TLanes : struct, ILaneVector<TLanes> =>
        TLanes.Store(TLanes.Add(TLanes.Load(ref total), value), ref total);

    /// <summary>
    /// The statistics of one register's lanes at station <paramref name="i"/> taken one lane at a time, with the scalar
    /// run's arithmetic: for a part not wholly inside the window in some lane, and for the buffers' levels over time.
    /// The register's arrival, take, start, completion, departure, buffer-busy start, full from and full until are in
    /// <see cref="_scratch"/>, <paramref name="width"/> lanes each.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AccountAlone(int i, int o, int width, uint inside)
    {
        uint all = (uint)((1UL << width) - 1);
        Span<double> values = _scratch;
        ref SamplePathLaneStation station = ref _station[i];
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
            if (inside != all)
            {
                AccountPart(
                    ref station, i, j, (inside >> lane & 1) != 0, arrived, taken, values[(2 * width) + lane], values[(3 * width) + lane], values[(4 * width) + lane], values[(5 * width) + lane], values[(6 * width) + lane], values[(7 * width) + lane], end);
            }

            if (station.HasLink && _levels[j] is { } levels)
            {
                levels[i].Add(arrived, Math.Min(taken, end), 1);
            }
        }
    }

    /// <summary>One lane's part at station <paramref name="i"/>, as the scalar run counts it.</summary>
    private void AccountPart(
        ref SamplePathLaneStation station, int i, int j, bool inside, double arrived, double taken, double started, double completed, double departed, double since, double fullFrom, double fullUntil, double end)
    {
        ref double working = ref _state[At(i, Working, j)];
        ref double blocked = ref _state[At(i, Blocked, j)];
        int s = (i * _lanes) + j;
        if (inside)
        {
            if (!station.Fails)
            {
                working += completed - started;
            }

            blocked += _beforeService ? started - taken : departed - completed;
            _processed[s]++;
            _completions[s]++;
        }
        else
        {
            AddPartAcrossWindow(_beforeService, !station.Fails, taken, started, completed, departed, _warmup, _windowOpens, end, ref working, ref blocked, ref _completions[s], ref _processed[s]);
        }

        if (!station.HasLink)
        {
            return;
        }

        ref double levelArea = ref _state[At(i, LevelArea, j)];
        ref double nonEmpty = ref _state[At(i, NonEmpty, j)];
        ref double full = ref _state[At(i, Full, j)];
        if (inside)
        {
            levelArea += taken - arrived;
            double busy = Max(taken - since, 0);
            nonEmpty += busy;
            if (station.Capacity == 1)
            {
                full += busy;
            }
            else if (station.FullRing)
            {
                full += Max(fullUntil - fullFrom, 0);
            }
        }
        else
        {
            AddInside(ref levelArea, arrived, taken, _warmup, end);
            AddInside(ref nonEmpty, since, taken, _warmup, end);
            if (station.Capacity == 1)
            {
                AddInside(ref full, since, taken, _warmup, end);
            }
            else if (station.FullRing)
            {
                AddInside(ref full, fullFrom, fullUntil, _warmup, end);
            }
        }
    }

    /// <summary>
    /// Processes the register's work at station <paramref name="i"/>, each lane folding in its own failures: the
    /// starts and processing times are in <see cref="_scratch"/>, <paramref name="width"/> lanes each; the completions
    /// replace the starts.
    /// </summary>
    private void Fold(int i, int o, int width)
    {
        Span<double> values = _scratch;
        for (int lane = 0; lane < width; lane++)
        {
            int j = o + lane;
            int s = (i * _lanes) + j;
            values[lane] = _finished[j]
                ? values[lane] + values[width + lane]
                : FoldFailures(
                    _line.Failures[i]!, _failureRandom[s]!, _repairRandom[s]!, ref _timeToFailure[s], values[lane], values[width + lane], _warmup, _windowOpens, _end[j], ref _state[At(i, Working, j)], ref _state[At(i, Down, j)], ref _failures[s]);
        }
    }

    /// <summary>
    /// The part left the line at <paramref name="up"/> in the register of lanes from <paramref name="o"/> on. Where it
    /// left inside the window in every running lane (and entered after the warm-up), after the window opened, with no
    /// lane stopping at it, it is counted for all lanes at once; otherwise each lane counts it alone.
    /// </summary>
    private void Leave<TLanes>(int o, TLanes up, bool untilPartCount)
        where TLanes : struct, ILaneVector<TLanes>
    {
        int width = TLanes.Count;
        uint all = AllLanes<TLanes>();
        TLanes entry = TLanes.Load(ref _entry[o]);
        uint usual = TLanes.LessThanOrEqual(up, TLanes.Load(ref _end[o]))
            & TLanes.GreaterThan(up, TLanes.Create(_windowOpens))
            & TLanes.GreaterThan(entry, TLanes.Create(_warmup));
        uint finished = 0;
        uint stopped = 0;
        for (int lane = 0; lane < width; lane++)
        {
            finished |= _finished[o + lane] ? 1u << lane : 0;
            stopped |= _stopped[o + lane] ? 1u << lane : 0;
        }

        Span<double> values = _scratch;
        if (((usual | finished) & ~stopped) == all && _partsLeft[o] > 1)
        {
            // In the window from entry to exit: the work in process and the lead time both add up - entry.
            TLanes leadTime = TLanes.Subtract(up, entry);
            Accumulate(ref _workInProcessArea[o], leadTime);
            Accumulate(ref _leadTimeSum[o], leadTime);
            TLanes.Store(TLanes.Minimum(TLanes.Load(ref _leadTimeMin[o]), leadTime), ref _leadTimeMin[o]);
            TLanes.Store(TLanes.Maximum(TLanes.Load(ref _leadTimeMax[o]), leadTime), ref _leadTimeMax[o]);
            TLanes units = TLanes.Round(TLanes.Multiply(TLanes.Minimum(leadTime, TLanes.Create(LeadTimeStatistics.HighestLeadTime)), TLanes.Create(LeadTimeStatistics.UnitsPerSecond)));
            TLanes.Store(units, ref values[0]);
            TLanes.Store(up, ref values[width]);
            for (uint running = ~finished & all; running != 0; running &= running - 1)
            {
                int lane = BitOperations.TrailingZeroCount(running);
                _leadTime[o + lane].Histogram.RecordValue((long)values[lane]);
                _output[o + lane]?.Add(values[width + lane]);
            }

            _leftTogether[o]++;
            _partsLeft[o]--;
            return;
        }

        TLanes.Store(up, ref values[0]);
        long partsLeft = long.MaxValue;
        for (int lane = 0; lane < width; lane++)
        {
            int j = o + lane;
            if (!_finished[j])
            {
                LeaveAlone(j, values[lane], untilPartCount);
                if (!_stopped[j])
                {
                    partsLeft = Math.Min(partsLeft, _stopAfterParts - PartsOut(j));
                }
            }
        }

        _partsLeft[o] = partsLeft;
    }

    /// <summary>Lane <paramref name="j"/>'s part left the line at <paramref name="up"/>: the scalar run's counts and lead time.</summary>
    private void LeaveAlone(int j, double up, bool untilPartCount)
    {
        double entry = _entry[j];
        double end = _end[j];
        if (up <= end)
        {
            _completed[j]++;
            if (!_stopped[j] && up > _windowOpens)
            {
                _partsOut[j]++;
                double leadTime = up - entry;
                _leadTimeSum[j] += leadTime;
                _leadTimeMin[j] = Math.Min(_leadTimeMin[j], leadTime);
                _leadTimeMax[j] = Math.Max(_leadTimeMax[j], leadTime);
                _leadTime[j].Histogram.RecordValue(LeadTimeStatistics.HistogramValue(leadTime));
                _output[j]?.Add(up);
                if (untilPartCount && PartsOut(j) >= _stopAfterParts)
                {
                    _stopped[j] = true;
                    end = _end[j] = up;
                }
            }
        }

        AddInside(ref _workInProcessArea[j], entry, up, _warmup, end);
    }

    /// <summary>Parts lane <paramref name="j"/> has counted out.</summary>
    private long PartsOut(int j) => _partsOut[j] + _leftTogether[RegisterOf(j)];

    /// <summary>Parts that left lane <paramref name="j"/>'s line by its end.</summary>
    private long Completed(int j) => _completed[j] + _leftTogether[RegisterOf(j)];

    /// <summary>The first lane of the register that holds lane <paramref name="j"/>.</summary>
    private int RegisterOf(int j) => j / (int)_width * (int)_width;

    /// <summary>Lane <paramref name="j"/>'s part <paramref name="n"/> enters after its end: its result is taken, and the lane rides along inside an endless window.</summary>
    private void Finish(int j, long n, LeadTimeDistribution? leadTimes)
    {
        var stations = new SamplePathStation[_stations];
        for (int i = 0; i < _stations; i++)
        {
            int s = (i * _lanes) + j;
            long inside = _insideParts[(i * _lanes) + RegisterOf(j)];
            stations[i] = new SamplePathStation
            {
                Capacity = _station[i].Capacity,
                HasRing = _station[i].HasRing,
                Working = _state[At(i, Working, j)],
                Blocked = _state[At(i, Blocked, j)],
                Down = _state[At(i, Down, j)],
                Processed = inside + _processed[s],
                Completions = inside + _completions[s],
                Failures = _failures[s],
                LevelArea = _state[At(i, LevelArea, j)],
                NonEmpty = _state[At(i, NonEmpty, j)],
                Full = _state[At(i, Full, j)],
            };
        }

        if (j < _count)
        {
            LeadTimeStatistics leadTime = _leadTime[j];
            leadTime.AddRecorded(PartsOut(j), _leadTimeSum[j], _leadTimeMin[j], _leadTimeMax[j]);
            leadTimes?.Add(leadTime);
            _results[j] = SamplePathLineRun.BuildResult(
                _line, stations, _replications[j], _warmup, _end[j], _workInProcessArea[j], n, Completed(j), PartsOut(j), leadTime, _output[j], _levels[j]);
        }

        _finished[j] = true;
        _stopped[j] = false;
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
