using System.Diagnostics;
using System.Runtime.CompilerServices;
using LineSim.Execution.Compiled;
using LineSim.Execution.Event;
using LineSim.Execution.Statistics;
using LineSim.Model;
using LineSim.RandomNumbers;
using LineSim.Results;
using static LineSim.Execution.SamplePath.SamplePathTime;

namespace LineSim.Execution.SamplePath;

/// <summary>
/// One replication of a serial line on the sample-path engine: departure times follow part by part from the (max, +)
/// recursion of the line, without an event calendar. Part n goes through every station in flow order before part
/// n + 1; station i takes it at A = max(D[i-1](n), D[i](n-1)), and the link after it (buffer b plus the next
/// station's place) holds it back until D[i+1](n - b - 1): after service (the part leaves at
/// max(completion, that time)) or before service (processing starts at max(A, that time)).
/// </summary>
/// <remarks>
/// <para>
/// The run draws the same random numbers from the same streams in the same order as <see cref="EventLineRun"/> and
/// adds the same numbers in the same order, so every departure time is bit-identical to the event engine's;
/// operation-dependent failures fold into the time of the part they interrupt with the event engine's arithmetic.
/// Statistics are integrals of the same piecewise-constant states over the observation window, summed in another
/// order, so they agree to rounding.
/// </para>
/// <para>
/// Memory does not grow with run length: each link keeps a ring of its station's last departure and take times,
/// sized to the buffer (a ring for a very large buffer grows only as far as the parts actually in it).
/// Processing times are drawn in batches per station; the inner loop makes no allocation and no virtual call.
/// </para>
/// </remarks>
internal sealed class SamplePathLineRun
{
    private const int BatchSize = 256;
    private const int InitialRingLimit = 1024;

    private readonly CompiledLine _line;
    private readonly int _stations;
    private readonly double _warmup;

    // Counts and lead times are taken only after this instant (SimulationOptions.WindowOpensAfter).
    private readonly double _windowOpens;
    private readonly OutputSeries? _output;
    private readonly IntervalSeries[]? _levels;
    private readonly long _stopAfterParts;
    private readonly bool _beforeService;
    private readonly bool _unlimitedSupply;
    private readonly IDepartureObserver? _observer;

    // Whether any station fails; whether every link's rings reach past its buffer, so that none ever grows.
    private readonly bool _anyFailures;
    private readonly bool _ringsFixed = true;

    // Processing times, drawn a batch at a time per station.
    private readonly ProcessingSampler[] _processing;
    private readonly bool[] _constant;
    private readonly double[] _work;

    // Operation-dependent failures.
    private readonly double[] _timeToFailure;
    private readonly Random?[] _failureRandom;
    private readonly Random?[] _repairRandom;
    private readonly Random? _arrivalRandom;

    // Station i and the link before it: link 0 is the input buffer, link j > 0 lies between stations j - 1 and j.
    private readonly SamplePathStation[] _state;
    private readonly LeadTimeStatistics _leadTime = new();
    private double _workInProcessArea;
    private long _released;
    private long _completed;
    private long _partsOut;

    private ReplicationProgress? _progress;
    private int _replication;

    /// <param name="line">The line; <see cref="CompiledLine.IsSamplePathExact"/> must hold.</param>
    /// <param name="options">Seed, warm-up and stop condition.</param>
    /// <param name="replication">The replication index, which selects the random streams.</param>
    /// <param name="observer">Sees every departure from every station; may be <see langword="null"/>.</param>
    public SamplePathLineRun(CompiledLine line, SimulationOptions options, int replication, IDepartureObserver? observer = null)
    {
        Debug.Assert(line.IsSamplePathExact, line.SamplePathRefusal);
        _line = line;
        int k = _stations = line.StationCount;
        _warmup = options.Warmup;
        _windowOpens = options.WindowOpensAfter;
        _output = OutputSeries.For(options);
        _levels = IntervalSeries.ForLinks(k, options);
        _stopAfterParts = options.PartCount ?? long.MaxValue;
        _beforeService = line.Blocking == BlockingPolicy.BeforeService;
        _unlimitedSupply = line.Interarrival is null;
        _observer = observer;

        _processing = new ProcessingSampler[k];
        _constant = new bool[k];
        _work = new double[k * BatchSize];
        _timeToFailure = new double[k];
        _failureRandom = new Random?[k];
        _repairRandom = new Random?[k];
        _state = new SamplePathStation[k];

        long seed = options.Seed;
        for (int i = 0; i < k; i++)
        {
            if (line.Processing[i] is ConstantDistribution constant)
            {
                // A constant draws nothing: its batch is filled once.
                _constant[i] = true;
                Array.Fill(_work, constant.Value, i * BatchSize, BatchSize);
            }
            else
            {
                _processing[i] = new ProcessingSampler(line.Processing[i], seed, replication, line.ProcessingStream[i]);
            }

            ref SamplePathStation station = ref _state[i];
            station.Capacity = line.LinkCapacity[i];
            if (line.Failures[i] is not null)
            {
                station.Fails = true;
                _anyFailures = true;
                _failureRandom[i] = RandomStreams.Create(seed, replication, line.FailureStream[i]);
                _repairRandom[i] = RandomStreams.Create(seed, replication, line.RepairStream[i]);
            }

            // Link 0 is the input buffer: it exists with an arrival source, and needs rings only when it is finite.
            station.HasLink = i > 0 || !_unlimitedSupply;
            station.HasRing = i > 0 || (!_unlimitedSupply && station.Capacity < int.MaxValue);
            if (station.HasRing)
            {
                int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Min(station.Capacity + 2L, InitialRingLimit));
                station.Departures = new double[size];
                station.Takes = new double[size];
                SetRing(ref station, size);
                _ringsFixed &= station.RingFixed;
            }
            else
            {
                station.Departures = [];
                station.Takes = [];
            }
        }

        if (!_unlimitedSupply)
        {
            _arrivalRandom = RandomStreams.Create(seed, replication, line.ArrivalStream);
        }
    }

    /// <summary>Runs the replication to its end and returns its results.</summary>
    /// <param name="replication">The replication's index, reported in the result.</param>
    /// <param name="duration">The observation window after the warm-up; <see langword="null"/> to run until the part count.</param>
    /// <param name="leadTimes">Collects the replication's lead times with the other replications'; may be <see langword="null"/>.</param>
    /// <param name="progress">Told how far the replication has come, once a batch of parts; may be <see langword="null"/>.</param>
    public ReplicationResult Run(int replication, double? duration, LeadTimeDistribution? leadTimes = null, ReplicationProgress? progress = null)
    {
        double end = duration is { } d ? _warmup + d : double.PositiveInfinity;
        _progress = progress;
        _replication = replication;
        double finish = Simulate(end, duration is null);
        leadTimes?.Add(_leadTime);
        return BuildResult(replication, finish);
    }

    /// <summary>
    /// Computes parts until the next one enters after the end; returns the end time. The loop is compiled for the
    /// run's blocking policy, whether any station fails, whether anything records departures or levels, and whether
    /// every ring is fixed, so that the common line runs without the tests the others need.
    /// </summary>
    private double Simulate(double end, bool untilPartCount) =>
        _beforeService ? Simulate<On>(end, untilPartCount) : Simulate<Off>(end, untilPartCount);

    private double Simulate<TBeforeService>(double end, bool untilPartCount)
        where TBeforeService : struct, IFlag =>
        _anyFailures ? Simulate<TBeforeService, On>(end, untilPartCount) : Simulate<TBeforeService, Off>(end, untilPartCount);

    private double Simulate<TBeforeService, TFailures>(double end, bool untilPartCount)
        where TBeforeService : struct, IFlag
        where TFailures : struct, IFlag =>
        _observer is not null || _levels is not null
            ? Simulate<TBeforeService, TFailures, On>(end, untilPartCount)
            : Simulate<TBeforeService, TFailures, Off>(end, untilPartCount);

    private double Simulate<TBeforeService, TFailures, TRecorded>(double end, bool untilPartCount)
        where TBeforeService : struct, IFlag
        where TFailures : struct, IFlag
        where TRecorded : struct, IFlag =>
        _ringsFixed
            ? Simulate<TBeforeService, TFailures, TRecorded, On>(end, untilPartCount)
            : Simulate<TBeforeService, TFailures, TRecorded, Off>(end, untilPartCount);

    private double Simulate<TBeforeService, TFailures, TRecorded, TRingsFixed>(double end, bool untilPartCount)
        where TBeforeService : struct, IFlag
        where TFailures : struct, IFlag
        where TRecorded : struct, IFlag
        where TRingsFixed : struct, IFlag
    {
        int k = _stations;
        double warmup = _windowOpens;
        bool beforeService = TBeforeService.IsOn;
        bool unlimitedSupply = _unlimitedSupply;
        IDepartureObserver? observer = TRecorded.IsOn ? _observer : null;
        IntervalSeries[]? levels = TRecorded.IsOn ? _levels : null;
        double[] work = _work;
        SamplePathStation[] state = _state;
        bool stopped = false;

        // The event engine draws every station's first time to failure at time 0.
        for (int i = 0; i < k; i++)
        {
            if (state[i].Fails)
            {
                _timeToFailure[i] = _line.Failures[i]!.TimeToFailure.Sample(_failureRandom[i]!);
            }
        }

        double arrival = unlimitedSupply ? 0 : _line.Interarrival!.Sample(_arrivalRandom!);
        int slot = BatchSize;
        for (long n = 0; ; n++)
        {
            if (slot == BatchSize)
            {
                FillBatch();
                slot = 0;
                _progress?.At(_replication, state[0].LastDeparture, end, _partsOut, _stopAfterParts);
            }

            // The part enters: from the unlimited supply when station 0 frees, or from the source when the input buffer has room.
            ref SamplePathStation first = ref state[0];
            double entry;
            if (unlimitedSupply)
            {
                entry = first.LastDeparture;
            }
            else
            {
                entry = arrival;
                if (first.HasRing && first.BlockReadable)
                {
                    entry = Max(entry, first.Departures[(int)((n - first.Capacity - 1) & first.RingMask)]);
                }
            }

            if (entry > end)
            {
                return end;
            }

            _released++;
            if (!unlimitedSupply)
            {
                // The next interarrival time starts when this part enters.
                arrival = entry + _line.Interarrival!.Sample(_arrivalRandom!);
            }

            double up = entry;
            for (int i = 0; i < k; i++)
            {
                ref SamplePathStation station = ref state[i];
                double previous = station.LastDeparture;
                double take = Max(up, previous);

                // The downstream link has room for this part once part n - b - 1 has left the next station.
                double room = 0;
                int next = i + 1;
                if (next < k)
                {
                    ref SamplePathStation downstream = ref state[next];
                    if (TRingsFixed.IsOn || downstream.BlockReadable)
                    {
                        room = downstream.Departures[(int)((n - downstream.Capacity - 1) & downstream.RingMask)];
                    }
                }

                double start = beforeService ? Max(room, take) : take;
                double done = TFailures.IsOn && station.Fails
                    ? Fold(i, start, work[(i * BatchSize) + slot], end)
                    : start + work[(i * BatchSize) + slot];
                double departure = beforeService ? done : Max(room, done);

                bool inside = up > warmup && departure <= end;
                if (inside)
                {
                    if (!TFailures.IsOn || !station.Fails)
                    {
                        station.Working += done - start;
                    }

                    station.Blocked += beforeService ? start - take : departure - done;
                    station.Processed++;
                    station.Completions++;
                }
                else
                {
                    AddPartAcrossWindow(
                        beforeService, !TFailures.IsOn || !station.Fails, take, start, done, departure, _warmup, warmup, end, ref station.Working, ref station.Blocked, ref station.Completions, ref station.Processed);
                }

                if (station.HasLink)
                {
                    AccountLink<TRingsFixed>(ref station, n, up, take, departure, inside, end);

                    // A part waits in the buffer from its arrival until its station takes it.
                    if (TRecorded.IsOn && levels is not null)
                    {
                        levels[i].Add(up, Math.Min(take, end), 1);
                    }
                }

                station.LastDeparture = departure;
                station.LastTake = take;
                if (TRecorded.IsOn && observer is not null && departure <= end)
                {
                    observer.OnDeparture(i, n, departure);
                }

                up = departure;
            }

            // The part leaves the line at up.
            if (up <= end)
            {
                _completed++;
                if (!stopped && up > warmup)
                {
                    _partsOut++;
                    _leadTime.Add(up - entry);
                    _output?.Add(up);
                    if (untilPartCount && _partsOut >= _stopAfterParts)
                    {
                        stopped = true;
                        end = up;
                    }
                }
            }

            Accumulate(ref _workInProcessArea, entry, up, end);
            slot++;
        }
    }

    /// <summary>
    /// Part <paramref name="n"/> reached the link before <paramref name="station"/> at <paramref name="arrived"/> and
    /// was taken at <paramref name="take"/> (and left at <paramref name="departure"/>): it waited in the buffer in between, the buffer is non-empty over the union
    /// of those waits and, with b &gt;= 2, full from the arrival of part n until the take of part n - b + 1.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AccountLink<TRingsFixed>(ref SamplePathStation station, long n, double arrived, double take, double departure, bool inside, double end)
        where TRingsFixed : struct, IFlag
    {
        if (!TRingsFixed.IsOn && station.HasRing && !station.RingFixed)
        {
            EnsureRingRoom(ref station, n, arrived);
        }

        double since = Max(arrived, station.LastTake);
        int b = station.Capacity;
        if (inside)
        {
            station.LevelArea += take - arrived;
            double nonEmpty = Max(take - since, 0);
            station.NonEmpty += nonEmpty;
            if (b == 1)
            {
                station.Full += nonEmpty;
            }
        }
        else
        {
            Accumulate(ref station.LevelArea, arrived, take, end);
            Accumulate(ref station.NonEmpty, since, take, end);
            if (b == 1)
            {
                Accumulate(ref station.Full, since, take, end);
            }
        }

        if (b >= 2 && (TRingsFixed.IsOn ? station.HasRing : station.FullReadable))
        {
            double fullUntil = station.Takes[(int)((n - b + 1) & station.RingMask)];
            double fullFrom = Max(arrived, station.FullEnd);
            if (inside)
            {
                station.Full += Max(fullUntil - fullFrom, 0);
            }
            else
            {
                Accumulate(ref station.Full, fullFrom, fullUntil, end);
            }

            station.FullEnd = fullUntil;
        }

        if (station.HasRing)
        {
            int at = (int)(n & station.RingMask);
            station.Takes[at] = take;
            station.Departures[at] = departure;
        }
    }

    /// <summary>Processes <paramref name="work"/> seconds at station <paramref name="i"/> from <paramref name="start"/>, folding in its failures; returns the completion time.</summary>
    private double Fold(int i, double start, double work, double end)
    {
        ref SamplePathStation station = ref _state[i];
        return FoldFailures(
            _line.Failures[i]!, _failureRandom[i]!, _repairRandom[i]!, ref _timeToFailure[i], start, work, _warmup, _windowOpens, end, ref station.Working, ref station.Down, ref station.Failures);
    }

    /// <summary>Adds the part of [<paramref name="from"/>, <paramref name="to"/>) inside the observation window.</summary>
    private void Accumulate(ref double total, double from, double to, double end) => AddInside(ref total, from, to, _warmup, end);

    /// <summary>Draws the next <see cref="BatchSize"/> processing times of every station, in stream order.</summary>
    private void FillBatch()
    {
        double[] work = _work;
        for (int i = 0; i < _stations; i++)
        {
            if (!_constant[i])
            {
                _processing[i].Fill(work.AsSpan(i * BatchSize, BatchSize));
            }
        }
    }

    /// <summary>
    /// Before part <paramref name="n"/> overwrites the oldest entry of a growable ring (of a link whose buffer is larger
    /// than the ring), grows the ring if that entry might still hold a later part back: its departure is later than
    /// <paramref name="arrived"/>, when part n reached the link, a lower bound on every later part's candidate time.
    /// Only then does the link hold as many parts as the ring has places, so rings grow with the parts in a link,
    /// never with the length of the run.
    /// </summary>
    private static void EnsureRingRoom(ref SamplePathStation station, long n, double arrived)
    {
        double[] departures = station.Departures;
        long mask = station.RingMask;
        if (departures[(int)(n & mask)] <= arrived)
        {
            return;
        }

        double[] takes = station.Takes;
        int size = departures.Length * 2;
        long newMask = size - 1;
        var newDepartures = new double[size];
        var newTakes = new double[size];
        for (long m = Math.Max(0, n - departures.Length); m < n; m++)
        {
            newDepartures[(int)(m & newMask)] = departures[(int)(m & mask)];
            newTakes[(int)(m & newMask)] = takes[(int)(m & mask)];
        }

        station.Departures = newDepartures;
        station.Takes = newTakes;
        SetRing(ref station, size);
    }

    private static void SetRing(ref SamplePathStation station, int size)
    {
        long b = station.Capacity;
        station.RingMask = size - 1;
        station.RingFixed = size >= b + 2;
        station.BlockReadable = b + 1 <= size;
        station.FullReadable = b <= size + 1L;
    }

    private ReplicationResult BuildResult(int replication, double end) =>
        BuildResult(_line, _state, replication, _warmup, end, _workInProcessArea, _released, _completed, _partsOut, _leadTime, _output, _levels);

    /// <summary>The result of a replication from its stations' totals (<see cref="SamplePathLineLanes"/> passes one lane's).</summary>
    public static ReplicationResult BuildResult(
        CompiledLine line,
        ReadOnlySpan<SamplePathStation> stations,
        int replication,
        double warmup,
        double end,
        double workInProcessArea,
        long released,
        long completed,
        long partsOut,
        LeadTimeStatistics leadTime,
        OutputSeries? output,
        IntervalSeries[]? levels)
    {
        double observed = end - warmup;
        var totals = new WindowTotals(line)
        {
            WindowStart = warmup,
            End = end,
            WorkInProcessArea = workInProcessArea,
            Released = released,
            Completed = completed,
            WorkInProcessAtEnd = released - completed,
            PartsOut = partsOut,
        };
        long events = 0;
        for (int i = 0; i < stations.Length; i++)
        {
            ref readonly SamplePathStation station = ref stations[i];
            events += station.Completions;
            totals.Working[i] = station.Working;
            totals.Starved[i] = Math.Max(0, observed - station.Working - station.Blocked - station.Down);
            totals.Blocked[i] = station.Blocked;
            totals.Down[i] = station.Down;
            totals.Processed[i] = station.Processed;
            totals.Failures[i] = station.Failures;
            totals.LevelArea[i] = station.LevelArea;
            totals.FullTime[i] = station.Capacity == 0 ? observed : station.HasRing ? station.Full : 0;
            totals.EmptyTime[i] = Math.Max(0, observed - station.NonEmpty);
        }

        totals.EventsProcessed = events;
        return totals.ToResult(line, replication, EngineKind.SamplePath, leadTime, output, levels);
    }
}
