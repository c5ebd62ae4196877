using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using LineSim.Engine;
using LineSim.Execution.Compiled;
using LineSim.Execution.Statistics;
using LineSim.Model;
using LineSim.RandomNumbers;
using LineSim.Results;

namespace LineSim.Execution.SamplePath;

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
/// State is kept lane by lane next to each other (field f of station i, lane j at ((i x 9) + f) x lanes + j; ring
/// place m at m x lanes + j), so that a register loads one station's value for all its lanes. Lines whose rings might
/// grow (a buffer over 1,022 places) run alone (<see cref="Supports"/>).
/// </para>
/// </remarks>
internal sealed partial class SamplePathLineLanes
{
    // Processing times drawn at a time per station and lane: few enough that the batches of ten stations for a register
    // of eight lanes stay in the first-level cache (20 KB).
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

    /// <summary>The first lane of the register that holds lane <paramref name="j"/>.</summary>
    private int RegisterOf(int j) => j / (int)_width * (int)_width;

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
