using System.Collections.Immutable;
using LineSim.Engine;
using LineSim.Model;
using LineSim.Results;
using Microsoft.Extensions.Logging;

namespace LineSim.Execution;

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
    private readonly long _stopAfterParts;
    private readonly bool _beforeService;
    private readonly bool _unlimitedSupply;
    private readonly IDepartureObserver? _observer;

    // Processing times, drawn a batch at a time per station.
    private readonly SamplerKind[] _sampler;
    private readonly XoshiroStream[] _exponential;
    private readonly double[] _rate;
    private readonly Random?[] _processingRandom;
    private readonly double[] _work;

    // Operation-dependent failures.
    private readonly bool[] _fails;
    private readonly double[] _timeToFailure;
    private readonly Random?[] _failureRandom;
    private readonly Random?[] _repairRandom;
    private readonly Random? _arrivalRandom;

    // Station i's last departure D[i](n-1) and last take A[i](n-1).
    private readonly double[] _lastDeparture;
    private readonly double[] _lastTake;

    // Links: link j is the buffer before station j; its rings hold D[j] and A[j] of the last parts.
    private readonly int[] _capacity;
    private readonly bool[] _hasRing;
    private readonly bool[] _hasLink;
    private readonly double[][] _departureRing;
    private readonly double[][] _takeRing;
    private readonly long[] _ringMask;
    private readonly bool[] _ringFixed;
    private readonly bool[] _blockReadable;
    private readonly bool[] _fullReadable;

    // Statistics over the observation window.
    private readonly double[] _working;
    private readonly double[] _blocked;
    private readonly double[] _down;
    private readonly long[] _processed;
    private readonly long[] _completions;
    private readonly long[] _failures;
    private readonly double[] _levelArea;
    private readonly double[] _nonEmpty;
    private readonly double[] _full;
    private readonly double[] _fullEnd;
    private readonly LeadTimeStatistics _leadTime = new();
    private double _workInProcessArea;
    private long _released;
    private long _completed;
    private long _partsOut;

    /// <param name="line">The line; <see cref="CompiledLine.IsSamplePathExact"/> must hold.</param>
    /// <param name="options">Seed, warm-up and stop condition.</param>
    /// <param name="replication">The replication index, which selects the random streams.</param>
    /// <param name="logger">Takes no per-part messages: the engine has no events to trace.</param>
    /// <param name="observer">Sees every departure from every station; may be <see langword="null"/>.</param>
    public SamplePathLineRun(CompiledLine line, SimulationOptions options, int replication, ILogger logger, IDepartureObserver? observer = null)
    {
        if (SamplePathEligibility.Reason(line) is { } reason)
        {
            throw new ArgumentException(reason, nameof(line));
        }

        ArgumentNullException.ThrowIfNull(logger);

        _line = line;
        int k = _stations = line.StationCount;
        _warmup = options.Warmup;
        _stopAfterParts = options.PartCount ?? long.MaxValue;
        _beforeService = line.Blocking == BlockingPolicy.BeforeService;
        _unlimitedSupply = line.Interarrival is null;
        _observer = observer;

        _sampler = new SamplerKind[k];
        _exponential = new XoshiroStream[k];
        _rate = new double[k];
        _processingRandom = new Random?[k];
        _work = new double[k * BatchSize];
        _fails = new bool[k];
        _timeToFailure = new double[k];
        _failureRandom = new Random?[k];
        _repairRandom = new Random?[k];
        _lastDeparture = new double[k];
        _lastTake = new double[k];
        _capacity = line.LinkCapacity;
        _hasRing = new bool[k];
        _hasLink = new bool[k];
        _departureRing = new double[k][];
        _takeRing = new double[k][];
        _ringMask = new long[k];
        _ringFixed = new bool[k];
        _blockReadable = new bool[k];
        _fullReadable = new bool[k];
        _working = new double[k];
        _blocked = new double[k];
        _down = new double[k];
        _processed = new long[k];
        _completions = new long[k];
        _failures = new long[k];
        _levelArea = new double[k];
        _nonEmpty = new double[k];
        _full = new double[k];
        _fullEnd = new double[k];

        long seed = options.Seed;
        for (int i = 0; i < k; i++)
        {
            Distribution processing = line.Processing[i];
            switch (processing)
            {
                case ConstantDistribution constant:
                    _sampler[i] = SamplerKind.Constant;
                    Array.Fill(_work, constant.Value, i * BatchSize, BatchSize);
                    break;
                case ExponentialDistribution exponential:
                    _sampler[i] = SamplerKind.Exponential;
                    _exponential[i] = new XoshiroStream(RandomStreams.SeedFor(seed, replication, line.ProcessingStream[i]));

                    // The same rate ExponentialDistribution computes from its mean, so the same quotient.
                    _rate[i] = 1.0 / exponential.Mean;
                    break;
                default:
                    _sampler[i] = SamplerKind.General;
                    _processingRandom[i] = RandomStreams.Create(seed, replication, line.ProcessingStream[i]);
                    break;
            }

            if (line.Failures[i] is not null)
            {
                _fails[i] = true;
                _failureRandom[i] = RandomStreams.Create(seed, replication, line.FailureStream[i]);
                _repairRandom[i] = RandomStreams.Create(seed, replication, line.RepairStream[i]);
            }

            // Link 0 is the input buffer: it exists with an arrival source, and needs rings only when it is finite.
            _hasLink[i] = i > 0 || !_unlimitedSupply;
            _hasRing[i] = i > 0 || (!_unlimitedSupply && _capacity[0] < int.MaxValue);
            if (_hasRing[i])
            {
                int size = (int)Math.Min(InitialRingLimit, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Min(_capacity[i] + 2L, InitialRingLimit)));
                _departureRing[i] = new double[size];
                _takeRing[i] = new double[size];
                SetRing(i, size);
            }
            else
            {
                _departureRing[i] = [];
                _takeRing[i] = [];
            }
        }

        if (!_unlimitedSupply)
        {
            _arrivalRandom = RandomStreams.Create(seed, replication, line.ArrivalStream);
        }
    }

    private enum SamplerKind : byte
    {
        Constant,
        Exponential,
        General,
    }

    /// <summary>Runs the replication to its end and returns its results.</summary>
    /// <param name="replication">The replication's index, reported in the result.</param>
    /// <param name="duration">The observation window after the warm-up; <see langword="null"/> to run until the part count.</param>
    public ReplicationResult Run(int replication, double? duration)
    {
        double end = duration is { } d ? _warmup + d : double.PositiveInfinity;
        double finish = Simulate(end, duration is null);
        return BuildResult(replication, finish);
    }

    /// <summary>Computes parts until the next one enters after the end; returns the end time.</summary>
    private double Simulate(double end, bool untilPartCount)
    {
        int k = _stations;
        double warmup = _warmup;
        bool beforeService = _beforeService;
        bool unlimitedSupply = _unlimitedSupply;
        IDepartureObserver? observer = _observer;
        double[] work = _work;
        double[] lastDeparture = _lastDeparture;
        double[] lastTake = _lastTake;
        double[] working = _working;
        double[] blocked = _blocked;
        long[] processed = _processed;
        long[] completions = _completions;
        double[] levelArea = _levelArea;
        double[] nonEmpty = _nonEmpty;
        double[] full = _full;
        double[] fullEnd = _fullEnd;
        int[] capacity = _capacity;
        bool[] fails = _fails;
        bool stopped = false;

        // The event engine draws every station's first time to failure at time 0.
        for (int i = 0; i < k; i++)
        {
            if (_fails[i])
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
            }

            // The part enters: from the unlimited supply when station 0 frees, or from the source when the input buffer has room.
            double entry;
            if (unlimitedSupply)
            {
                entry = lastDeparture[0];
            }
            else
            {
                entry = arrival;
                if (_hasRing[0] && _blockReadable[0])
                {
                    double room = _departureRing[0][(int)((n - capacity[0] - 1) & _ringMask[0])];
                    if (room > entry)
                    {
                        entry = room;
                    }
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
                double previous = lastDeparture[i];
                double take = up > previous ? up : previous;

                // The downstream link has room for this part once part n - b - 1 has left the next station.
                double room = 0;
                int next = i + 1;
                if (next < k && _blockReadable[next])
                {
                    room = _departureRing[next][(int)((n - capacity[next] - 1) & _ringMask[next])];
                }

                double start = beforeService && room > take ? room : take;
                double done = fails[i]
                    ? Fold(i, start, work[(i * BatchSize) + slot], end)
                    : start + work[(i * BatchSize) + slot];
                double departure = !beforeService && room > done ? room : done;

                bool inside = up >= warmup && departure <= end;
                if (inside)
                {
                    if (!fails[i])
                    {
                        working[i] += done - start;
                    }

                    blocked[i] += beforeService ? start - take : departure - done;
                    processed[i]++;
                    completions[i]++;
                }
                else
                {
                    if (!fails[i])
                    {
                        Accumulate(ref working[i], start, done, end);
                    }

                    if (beforeService)
                    {
                        Accumulate(ref blocked[i], take, start, end);
                    }
                    else
                    {
                        Accumulate(ref blocked[i], done, departure, end);
                    }

                    if (done <= end)
                    {
                        completions[i]++;
                        if (done >= warmup)
                        {
                            processed[i]++;
                        }
                    }
                }

                if (_hasLink[i])
                {
                    if (_hasRing[i] && !_ringFixed[i])
                    {
                        EnsureRingRoom(i, n, up);
                    }

                    // The part waits in the buffer from its arrival there to its take; the buffer is non-empty over the union of those waits.
                    double since = up > lastTake[i] ? up : lastTake[i];
                    int b = capacity[i];
                    if (inside)
                    {
                        levelArea[i] += take - up;
                        if (take > since)
                        {
                            nonEmpty[i] += take - since;
                            if (b == 1)
                            {
                                full[i] += take - since;
                            }
                        }
                    }
                    else
                    {
                        Accumulate(ref levelArea[i], up, take, end);
                        Accumulate(ref nonEmpty[i], since, take, end);
                        if (b == 1)
                        {
                            Accumulate(ref full[i], since, take, end);
                        }
                    }

                    // With b >= 2 the buffer is full from the arrival of part n until the take of part n - b + 1.
                    if (b >= 2 && _fullReadable[i])
                    {
                        double fullUntil = _takeRing[i][(int)((n - b + 1) & _ringMask[i])];
                        double fullFrom = up > fullEnd[i] ? up : fullEnd[i];
                        if (inside)
                        {
                            if (fullUntil > fullFrom)
                            {
                                full[i] += fullUntil - fullFrom;
                            }
                        }
                        else
                        {
                            Accumulate(ref full[i], fullFrom, fullUntil, end);
                        }

                        fullEnd[i] = fullUntil;
                    }

                    if (_hasRing[i])
                    {
                        int at = (int)(n & _ringMask[i]);
                        _takeRing[i][at] = take;
                        _departureRing[i][at] = departure;
                    }
                }

                lastDeparture[i] = departure;
                lastTake[i] = take;
                if (observer is not null && departure <= end && (next < k || !stopped))
                {
                    observer.OnDeparture(i, n, departure);
                }

                up = departure;
            }

            // The part leaves the line at up.
            if (!stopped && up <= end)
            {
                _completed++;
                if (up >= warmup)
                {
                    _partsOut++;
                    _leadTime.Add(up - entry);
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
    /// Processes <paramref name="work"/> seconds at station <paramref name="i"/> from <paramref name="start"/>, failing
    /// whenever its time to failure runs out first, with the event engine's arithmetic; returns the completion time.
    /// </summary>
    private double Fold(int i, double start, double work, double end)
    {
        FailureModel failures = _line.Failures[i]!;
        double t = start;
        double remaining = work;
        double timeToFailure = _timeToFailure[i];
        while (timeToFailure < remaining)
        {
            remaining -= timeToFailure;
            double failed = t + timeToFailure;
            Accumulate(ref _working[i], t, failed, end);
            if (failed >= _warmup && failed <= end)
            {
                _failures[i]++;
            }

            double repaired = failed + failures.TimeToRepair.Sample(_repairRandom[i]!);
            Accumulate(ref _down[i], failed, repaired, end);
            timeToFailure = failures.TimeToFailure.Sample(_failureRandom[i]!);
            t = repaired;
        }

        _timeToFailure[i] = timeToFailure - remaining;
        double done = t + remaining;
        Accumulate(ref _working[i], t, done, end);
        return done;
    }

    /// <summary>Adds the part of [<paramref name="from"/>, <paramref name="to"/>) inside the observation window.</summary>
    private void Accumulate(ref double total, double from, double to, double end)
    {
        double lower = from > _warmup ? from : _warmup;
        double upper = to < end ? to : end;
        if (upper > lower)
        {
            total += upper - lower;
        }
    }

    /// <summary>Draws the next <see cref="BatchSize"/> processing times of every station, in stream order.</summary>
    private void FillBatch()
    {
        double[] work = _work;
        for (int i = 0; i < _stations; i++)
        {
            int from = i * BatchSize;
            switch (_sampler[i])
            {
                case SamplerKind.Exponential:
                    ref XoshiroStream stream = ref _exponential[i];
                    double rate = _rate[i];
                    for (int s = from; s < from + BatchSize; s++)
                    {
                        work[s] = stream.NextExponential(rate);
                    }

                    break;
                case SamplerKind.General:
                    Distribution distribution = _line.Processing[i];
                    Random random = _processingRandom[i]!;
                    for (int s = from; s < from + BatchSize; s++)
                    {
                        work[s] = distribution.Sample(random);
                    }

                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>
    /// Before part <paramref name="n"/> overwrites the oldest entry of link <paramref name="j"/>'s growable ring, grows
    /// the ring if that entry might still hold a later part back: its departure is later than
    /// <paramref name="arrived"/>, when part n reached the link, a lower bound on every later part's candidate time.
    /// </summary>
    private void EnsureRingRoom(int j, long n, double arrived)
    {
        double[] departures = _departureRing[j];
        long mask = _ringMask[j];
        if (departures[(int)(n & mask)] <= arrived)
        {
            return;
        }

        double[] takes = _takeRing[j];
        int size = departures.Length * 2;
        long newMask = size - 1;
        var newDepartures = new double[size];
        var newTakes = new double[size];
        for (long m = Math.Max(0, n - departures.Length); m < n; m++)
        {
            newDepartures[(int)(m & newMask)] = departures[(int)(m & mask)];
            newTakes[(int)(m & newMask)] = takes[(int)(m & mask)];
        }

        _departureRing[j] = newDepartures;
        _takeRing[j] = newTakes;
        SetRing(j, size);
    }

    private void SetRing(int j, int size)
    {
        long b = _capacity[j];
        _ringMask[j] = size - 1;
        _ringFixed[j] = size >= b + 2;
        _blockReadable[j] = b + 1 <= size;
        _fullReadable[j] = b <= size + 1L;
    }

    private ReplicationResult BuildResult(int replication, double end)
    {
        double observed = end - _warmup;
        double perSecond = observed > 0 ? 1 / observed : 0;
        long events = 0;
        var stations = ImmutableArray.CreateBuilder<StationStatistics>(_stations);
        for (int i = 0; i < _stations; i++)
        {
            events += _completions[i];
            double starved = Math.Max(0, observed - _working[i] - _blocked[i] - _down[i]);
            stations.Add(new StationStatistics(
                _line.Names[i],
                _working[i] * perSecond,
                starved * perSecond,
                _blocked[i] * perSecond,
                _down[i] * perSecond,
                _processed[i],
                _failures[i]));
        }

        BufferStatistics LinkStatistics(int j)
        {
            int b = _capacity[j];
            double fullTime = b == 0 ? observed : _hasRing[j] ? _full[j] : 0;
            return new(
                j == 0 ? null : _line.Names[j - 1],
                _line.Names[j],
                b,
                _levelArea[j] * perSecond,
                fullTime * perSecond,
                Math.Max(0, observed - _nonEmpty[j]) * perSecond);
        }

        var buffers = ImmutableArray.CreateBuilder<BufferStatistics>(_stations - 1);
        for (int j = 1; j < _stations; j++)
        {
            buffers.Add(LinkStatistics(j));
        }

        double throughputPerHour = _partsOut * 3600 * perSecond;

        return new ReplicationResult
        {
            Index = replication,
            Engine = EngineKind.SamplePath,
            ObservedTime = observed,
            EndTime = end,
            Released = _released,
            Completed = _completed,
            WorkInProcessAtEnd = _released - _completed,
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
            EventsProcessed = events,
        };
    }
}
