using System.Diagnostics;
using System.Numerics;
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
/// One replication of an assembly line on the sample-path engine: a tree of serial feeder lines of single machines
/// that merge at assembly stations through buffers, with one exit. Departure times follow part by part from a
/// (max, +) recursion, without an event calendar, equal to those of <see cref="PlantRun{TFeatures}"/> on the same
/// random streams (<see cref="CompiledLine.SamplePathRefusal"/> says which plants qualify).
/// </summary>
/// <remarks>
/// <para>
/// Notation. Station j makes its parts r = 0, 1, ... in order; it takes part r at A(r), finishes processing at C(r) and
/// passes it on (or lets it leave the line) at D(r), with D(-1) = 0. Input k of j has capacity c (parts waiting, not
/// counting the fixtures) and quantity q (the parts j takes from it per part it makes; 1 unless j assembles); its parts
/// m = 0, 1, ... reach it at Arr(m): their departure from the upstream station, or their entry from a supply. Part r of
/// j uses parts rq to rq + q - 1 of every input and carries on as part rq of its first input.
/// </para>
/// <para>
/// Take: A(r) = max(D(r - 1), max over inputs of Arr(rq + q - 1)); an unlimited supply is always ready and its q parts
/// enter at A(r). The event engine's room rule ("a buffer input of an idle machine has one more place than its
/// capacity; for an assembly the input's quantity") gives: while j is idle after part r - 1 left, the input holds up to
/// c + q parts (the fixtures), and while j works on part r - 1 up to c. Counting the parts m' &lt; m that have entered
/// the input and were not yet taken (under blocking before service, the places reserved) shows that part m finds room
/// from R(m) = D(f - 1), f = floor((m - c) / q), on (no bound while m - c &lt; q). With q = 1 this is the serial line's
/// D(m - c - 1).
/// </para>
/// <para>
/// The station feeding the input passes part m on at D'(m) = max(C'(m), R(m)) under blocking after service, or starts it
/// at max(A'(m), R(m)) under blocking before service (D'(m) = C'(m)); arrivals enter at max(a(m), R(m)), where a(m) is
/// the entry of part m - 1 plus an interarrival time drawn then (the first drawn at time 0), so that a source held back
/// by a full buffer starts its next interarrival time when the held part enters. Processing times are drawn when a part
/// is taken, each station from its own stream (here a batch of 256 at a time: the same numbers in the same order); an operation-dependent failure folds into the part it interrupts with
/// the event engine's arithmetic (t = t + ttf; t = t + repair; w = w - ttf, the repair drawn at the failure and the next
/// time to failure at the repair's end; otherwise ttf = ttf - w), so departures agree with the event engine's to
/// rounding (bit for bit without failures). Every time is a max of sums of the same numbers in the same order, so ties
/// between events at one instant, which the event engine settles in calendar order, leave the times unchanged.
/// </para>
/// <para>
/// Order of computation: R(m) needs D(f - 1) with f - 1 &lt; floor(m / q), a part of j made before the one m goes into,
/// so for each part out the run makes, depth first from the exit, every input's q parts before the station's part
/// (<see cref="_schedule"/>): each station then makes parts in lockstep with the exit, and every lookup is of a part
/// already made. The run makes parts out until every supply's next entry (a lower bound: the arrival clock, or the
/// station's last departure for an unlimited supply) lies after the end, so that every event up to the end is computed.
/// </para>
/// <para>
/// Statistics: a station works from A (or, before service, from the start) to C less its repairs, is blocked from C to
/// D (before service: from A to the start), down in its repairs and starved the rest of the window. An input's level
/// counts min(parts, c), so part m counts in it from max(Arr(m), A of part m - c's take) to its take, the input is
/// non-empty over the union of [Arr(m), take), full (c &gt;= 1) over the union of [Arr(m), take of part m - c + 1), and
/// a buffer of capacity 0 is always full and empty. An assembly is short of input k while idle after D(r - 1) until
/// Arr(rq + q - 1). Work in process integrates each part from its entry until it leaves the line, or is used up by an
/// assembly at its take.
/// </para>
/// <para>
/// Memory does not grow with run length: each station keeps rings of its last parts' take, departure and entry times,
/// sized to reach back as far as its inputs' room and level look (ceil(c / q) + 2 parts) and its output's quantity; a
/// ring for a very large buffer starts at 1,024 places and grows only while the parts it would drop could still bind,
/// that is while the input really holds that many parts. Parts are numbered in the departure log by their order of
/// entry at their own supply (the supply of the first-input chain they carry on from): the order of entries from
/// different supplies at one instant is the event calendar's, but at every station both engines' numbers put the
/// parts in the same order.
/// </para>
/// </remarks>
internal sealed class SamplePathAssemblyRun
{
    private const int InitialRingLimit = 1024;
    private const int BatchSize = 256;

    private readonly CompiledLine _line;
    private readonly double _warmup;

    // Counts and lead times are taken only after this instant (SimulationOptions.WindowOpensAfter).
    private readonly double _windowOpens;
    private readonly OutputSeries? _output;
    private readonly IntervalSeries[]? _levels;
    private readonly long _stopAfterParts;
    private readonly bool _beforeService;
    private readonly IDepartureObserver? _observer;

    private readonly SamplePathAssemblyStation[] _station;
    private readonly SamplePathAssemblyLink[] _link;
    private readonly long[] _lookback;
    private readonly int[][] _inputs;

    // The stations in the order they make their parts for one part out: depth first from the exit, every input's
    // quantity of parts before the station's own.
    private readonly int[] _schedule;

    // The links fed by a supply: where parts enter.
    private readonly int[] _entryLinks;

    private readonly ProcessingSampler[] _processing;

    // Processing times, drawn a batch at a time per station, and the next one to use per station.
    private readonly double[] _work;
    private readonly int[] _workSlot;
    private readonly Random?[] _failureRandom;
    private readonly Random?[] _repairRandom;
    private readonly Random?[] _arrivalRandom;
    private readonly Distribution?[] _interarrival;

    private readonly LeadTimeStatistics _leadTime = new();
    private double _workInProcessArea;
    private long _released;
    private long _completed;
    private long _assembled;
    private long _partsOut;

    /// <summary>How many rounds of the schedule (a part at each station) pass between two calls of a run's progress.</summary>
    private const int ProgressParts = 1 << 10;
    private double _end;
    private bool _untilPartCount;
    private bool _stopped;

    /// <param name="line">The line; <see cref="CompiledLine.IsSamplePathExact"/> must hold.</param>
    /// <param name="options">Seed, warm-up and stop condition.</param>
    /// <param name="replication">The replication index, which selects the random streams.</param>
    /// <param name="observer">Sees every departure from every station; may be <see langword="null"/>.</param>
    public SamplePathAssemblyRun(CompiledLine line, SimulationOptions options, int replication, IDepartureObserver? observer = null)
    {
        Debug.Assert(line.IsSamplePathExact, line.SamplePathRefusal);
        _line = line;
        LineModel model = line.Model;
        LineTopology.Link[] links = line.Topology.Links;
        int stations = line.StationCount;
        _warmup = options.Warmup;
        _windowOpens = options.WindowOpensAfter;
        _output = OutputSeries.For(options);
        _levels = IntervalSeries.ForLinks(links.Length, options);
        _stopAfterParts = options.PartCount ?? long.MaxValue;
        _beforeService = line.Blocking == BlockingPolicy.BeforeService;
        _observer = observer;
        _inputs = line.Topology.InputsOf;
        long seed = options.Seed;

        _link = new SamplePathAssemblyLink[links.Length];
        _arrivalRandom = new Random?[links.Length];
        _interarrival = new Distribution?[links.Length];
        var entryLinks = new List<int>();
        for (int l = 0; l < links.Length; l++)
        {
            LineTopology.Link link = links[l];
            ref SamplePathAssemblyLink slot = ref _link[l];
            slot.From = link.From;
            slot.To = link.To;
            slot.Capacity = link.Capacity;
            slot.Quantity = model.Stations[link.To].Merge == MergeRule.Assembly ? link.Quantity : 1;
            slot.Unlimited = link.Supply is { IsUnlimited: true };
            slot.Arrivals = link.Supply is { IsUnlimited: false };
            slot.Entries = [];
            if (link.Supply is not null)
            {
                entryLinks.Add(l);
            }

            if (slot.Arrivals)
            {
                int size = (int)BitOperations.RoundUpToPowerOf2((uint)slot.Quantity + 1);
                slot.Entries = new double[size];
                slot.RingMask = size - 1;
                _interarrival[l] = link.Supply!.InterarrivalTime;
                ulong stream = l == line.InputBufferLink
                    ? line.ArrivalStream
                    : RandomStreams.StreamId(link.Path + " " + model.Stations[link.To].Name, RandomStreams.Purpose.Arrival);
                _arrivalRandom[l] = RandomStreams.Create(seed, replication, stream);
            }
        }

        _entryLinks = [.. entryLinks];
        _station = new SamplePathAssemblyStation[stations];
        _lookback = new long[stations];
        _processing = new ProcessingSampler[stations];
        _work = new double[stations * BatchSize];
        _workSlot = new int[stations];
        _failureRandom = new Random?[stations];
        _repairRandom = new Random?[stations];
        int exit = -1;
        for (int s = 0; s < stations; s++)
        {
            ref SamplePathAssemblyStation station = ref _station[s];
            int[] outputs = line.Topology.OutputsOf[s];
            station.Output = outputs.Length == 0 ? -1 : outputs[0];
            station.Next = station.Output < 0 ? -1 : links[station.Output].To;
            station.Input = _inputs[s][0];
            if (station.Output < 0)
            {
                exit = s;
            }

            station.ReportsShortage = model.Stations[s].Merge == MergeRule.Assembly && _inputs[s].Length > 1;
            if (line.Processing[s] is ConstantDistribution constant)
            {
                // A constant draws nothing: its batch is filled once and never refilled.
                station.Constant = true;
                Array.Fill(_work, constant.Value, s * BatchSize, BatchSize);
            }
            else
            {
                _processing[s] = new ProcessingSampler(line.Processing[s], seed, replication, line.ProcessingStream[s]);
                _workSlot[s] = BatchSize;
            }

            if (line.Failures[s] is not null)
            {
                station.Fails = true;
                _failureRandom[s] = RandomStreams.Create(seed, replication, line.FailureStream[s]);
                _repairRandom[s] = RandomStreams.Create(seed, replication, line.RepairStream[s]);
            }

            // How far back the inputs' room and level look into this station's parts, and how many of its last parts
            // the station downstream reads as its inputs' arrivals and entries.
            long lookback = 0;
            foreach (int l in _inputs[s])
            {
                ref SamplePathAssemblyLink input = ref _link[l];
                if (!input.Unlimited)
                {
                    long back = ((input.Capacity + input.Quantity - 1) / input.Quantity) + 2;
                    lookback = Math.Max(lookback, back);
                }
            }

            long read = station.Output < 0 ? 1 : _link[station.Output].Quantity + 1;
            int ringSize = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(Math.Min(lookback, InitialRingLimit), Math.Max(read, 2)));
            _lookback[s] = lookback;
            station.Takes = new double[ringSize];
            station.Departures = new double[ringSize];
            station.Entries = new double[ringSize];
            SetRing(ref station, ringSize, lookback);
        }

        Debug.Assert(exit >= 0, "an assembly line has one exit");
        for (int s = 0; s < stations; s++)
        {
            ref SamplePathAssemblyStation station = ref _station[s];
            station.NumberScale = NumberScale(s);
            if (station.Output >= 0)
            {
                station.OutputCapacity = _link[station.Output].Capacity;
                station.OutputQuantity = _link[station.Output].Quantity;
            }

            ref SamplePathAssemblyLink input = ref _link[station.Input];
            station.Simple = _inputs[s].Length == 1 && input.From >= 0 && input.Quantity == 1;
        }

        var schedule = new List<int>();
        Expand(exit, schedule);
        _schedule = [.. schedule];
    }

    /// <summary>Runs the replication to its end and returns its results.</summary>
    /// <param name="replication">The replication's index, reported in the result.</param>
    /// <param name="duration">The observation window after the warm-up; <see langword="null"/> to run until the part count.</param>
    /// <param name="leadTimes">Collects the replication's lead times with the other replications'; may be <see langword="null"/>.</param>
    /// <param name="progress">Told how far the replication has come, now and then; may be <see langword="null"/>.</param>
    public ReplicationResult Run(int replication, double? duration, LeadTimeDistribution? leadTimes = null, ReplicationProgress? progress = null)
    {
        _end = duration is { } d ? _warmup + d : double.PositiveInfinity;
        _untilPartCount = duration is null;
        Simulate(replication, progress);
        leadTimes?.Add(_leadTime);
        return BuildResult(replication);
    }

    /// <summary>Makes parts out until no supply has a part to enter by the end, telling <paramref name="progress"/> the exit's clock every few hundred parts.</summary>
    private void Simulate(int replication, ReplicationProgress? progress)
    {
        // The event engine draws every time to failure and every supply's first interarrival time at time 0.
        for (int s = 0; s < _station.Length; s++)
        {
            if (_station[s].Fails)
            {
                _station[s].TimeToFailure = _line.Failures[s]!.TimeToFailure.Sample(_failureRandom[s]!);
            }
        }

        foreach (int l in _entryLinks)
        {
            if (_link[l].Arrivals)
            {
                _link[l].NextArrival = _interarrival[l]!.Sample(_arrivalRandom[l]!);
            }
        }

        int[] schedule = _schedule;
        int countdown = ProgressParts;
        while (AnyEntryBy(_end))
        {
            for (int k = 0; k < schedule.Length; k++)
            {
                Make(schedule[k]);
            }

            if (--countdown == 0)
            {
                countdown = ProgressParts;
                progress?.At(replication, _station[schedule[^1]].LastDeparture, _end, _partsOut, _stopAfterParts);
            }
        }
    }

    /// <summary>Whether some supply may still have a part enter at or before <paramref name="end"/>.</summary>
    private bool AnyEntryBy(double end)
    {
        foreach (int l in _entryLinks)
        {
            ref SamplePathAssemblyLink link = ref _link[l];
            double earliest = link.Arrivals ? link.NextArrival : _station[link.To].LastDeparture;
            if (earliest <= end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Station <paramref name="s"/> makes its next part r from its inputs' parts rq to rq + q - 1, which are there.</summary>
    private void Make(int s)
    {
        ref SamplePathAssemblyStation station = ref _station[s];
        long r = station.Made;
        double take;
        double carried;
        if (station.Simple)
        {
            // One part from one station: the common case of a feeder line or the line after the assembly.
            ref SamplePathAssemblyStation upstream = ref _station[_link[station.Input].From];
            int up = (int)(r & upstream.RingMask);
            double arrived = upstream.Departures[up];
            carried = upstream.Entries[up];
            take = Max(station.LastDeparture, arrived);
            if (!station.RingFixed && r > station.RingMask && station.Departures[(int)(r & station.RingMask)] > arrived)
            {
                Grow(ref station, r, _lookback[s]);
            }

            AccountInput(ref station, ref _link[station.Input], station.Input, upstream.Departures, upstream.RingMask, r, r, r, take);
        }
        else
        {
            take = TakeFromInputs(s, ref station, r, out carried);
        }

        int at = (int)(r & station.RingMask);
        station.Takes[at] = take;
        station.Entries[at] = carried;

        int slot = _workSlot[s];
        if (slot == BatchSize)
        {
            _processing[s].Fill(_work.AsSpan(s * BatchSize, BatchSize));
            slot = 0;
        }

        double work = _work[(s * BatchSize) + slot];
        _workSlot[s] = station.Constant ? 0 : slot + 1;
        double room = station.Next < 0 ? 0 : Room(station.Next, r, station.OutputCapacity, station.OutputQuantity);
        double start = _beforeService ? Max(room, take) : take;
        double done = station.Fails ? Fold(s, start, work) : start + work;
        double departure = _beforeService ? done : Max(room, done);
        if (take > _warmup && departure <= _end)
        {
            // Wholly inside the window, the usual case.
            if (!station.Fails)
            {
                station.Working += done - start;
            }

            station.Blocked += _beforeService ? start - take : departure - done;
            station.Completions++;
            station.Processed++;
        }
        else
        {
            if (!station.Fails)
            {
                Accumulate(ref station.Working, start, done);
            }

            if (_beforeService)
            {
                Accumulate(ref station.Blocked, take, start);
            }
            else
            {
                Accumulate(ref station.Blocked, done, departure);
            }

            if (done <= _end)
            {
                station.Completions++;
                if (done > _windowOpens)
                {
                    station.Processed++;
                }
            }
        }

        station.Departures[at] = departure;
        station.LastDeparture = departure;
        station.Made = r + 1;
        if (_observer is not null && departure <= _end)
        {
            _observer.OnDeparture(s, r * station.NumberScale, departure);
        }

        if (station.Next < 0)
        {
            Leave(departure, carried);
        }
    }

    /// <summary>
    /// Station <paramref name="s"/> takes the parts of its part <paramref name="r"/> from every input, entering those
    /// of supplies; returns the take and, in <paramref name="carried"/>, the entry of the part it carries on.
    /// </summary>
    private double TakeFromInputs(int s, ref SamplePathAssemblyStation station, long r, out double carried)
    {
        int[] inputs = _inputs[s];

        // The take: once the last part of every input's block is there and the previous part has left.
        double ready = 0;
        double bound = double.PositiveInfinity;
        for (int i = 0; i < inputs.Length; i++)
        {
            int l = inputs[i];
            ref SamplePathAssemblyLink link = ref _link[l];
            if (link.Unlimited)
            {
                continue;
            }

            long first = r * link.Quantity;
            long last = first + link.Quantity - 1;
            if (link.Arrivals)
            {
                for (long m = first; m <= last; m++)
                {
                    Enter(l, m);
                }
            }

            ready = Max(ready, Arrival(l, last));
            bound = Math.Min(bound, Arrival(l, first));
        }

        double take = Max(station.LastDeparture, ready);

        // Every later arrival at the inputs, and every later candidate time upstream of them, is at least bound: the
        // part the ring is about to drop can no longer hold one back, unless it left after that.
        if (!station.RingFixed && r > station.RingMask && station.Departures[(int)(r & station.RingMask)] > bound)
        {
            Grow(ref station, r, _lookback[s]);
        }

        carried = 0;
        for (int i = 0; i < inputs.Length; i++)
        {
            int l = inputs[i];
            ref SamplePathAssemblyLink link = ref _link[l];
            long first = r * link.Quantity;
            long last = first + link.Quantity - 1;
            if (!link.Unlimited)
            {
                // Where the link's parts' arrival times are: the supply's entries, or the upstream station's departures.
                double[] arrivals = link.Arrivals ? link.Entries : _station[link.From].Departures;
                long arrivalMask = link.Arrivals ? link.RingMask : _station[link.From].RingMask;
                if (station.ReportsShortage)
                {
                    // Idle since its last part left, the station lacks this input's parts until the last of them arrives.
                    Accumulate(ref link.Short, station.LastDeparture, arrivals[(int)(last & arrivalMask)]);
                }

                AccountInput(ref station, ref link, l, arrivals, arrivalMask, first, last, r, take);
            }

            for (long m = first; m <= last; m++)
            {
                double entry;
                if (link.Unlimited)
                {
                    entry = take;
                    if (take <= _end)
                    {
                        _released++;
                    }
                }
                else
                {
                    entry = link.Arrivals ? link.Entries[(int)(m & link.RingMask)] : _station[link.From].Entries[(int)(m & _station[link.From].RingMask)];
                }

                if (i == 0 && m == first)
                {
                    carried = entry;
                }
                else
                {
                    // Used up by the assembly.
                    Accumulate(ref _workInProcessArea, entry, take);
                    if (take <= _end)
                    {
                        _assembled++;
                    }
                }
            }
        }

        return take;
    }

    /// <summary>Part <paramref name="m"/> of supply link <paramref name="l"/> enters once it has arrived and the buffer has room.</summary>
    private void Enter(int l, long m)
    {
        ref SamplePathAssemblyLink link = ref _link[l];
        double entry = Max(link.NextArrival, Room(link.To, m, link.Capacity, link.Quantity));
        link.Entries[(int)(m & link.RingMask)] = entry;
        if (entry <= _end)
        {
            _released++;
        }

        // The next interarrival time starts when this part enters.
        link.NextArrival = entry + _interarrival[l]!.Sample(_arrivalRandom[l]!);
    }

    /// <summary>When part <paramref name="m"/> reached link <paramref name="l"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Arrival(int l, long m)
    {
        ref SamplePathAssemblyLink link = ref _link[l];
        if (link.Arrivals)
        {
            return link.Entries[(int)(m & link.RingMask)];
        }

        ref SamplePathAssemblyStation from = ref _station[link.From];
        return from.Departures[(int)(m & from.RingMask)];
    }

    /// <summary>
    /// R(m): from when the input of station <paramref name="j"/> with capacity <paramref name="capacity"/> and quantity
    /// <paramref name="quantity"/> has room for its part <paramref name="m"/>: D(floor((m - c) / q) - 1); 0 when nothing
    /// bounds it, or when that part has left the ring (then it cannot bind).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Room(int j, long m, long capacity, int quantity)
    {
        long over = m - capacity;
        if (over < quantity)
        {
            return 0;
        }

        // A 64-bit division costs tens of cycles; most inputs take one part at a time.
        long x = (quantity == 1 ? over : over / quantity) - 1;
        ref SamplePathAssemblyStation station = ref _station[j];
        Debug.Assert(x < station.Made, "room looks only at parts already made");
        if (x < station.RingFloor || x <= station.Made - (station.RingMask + 2))
        {
            return 0;
        }

        return station.Departures[(int)(x & station.RingMask)];
    }

    /// <summary>When a station took input part <paramref name="index"/> (0 before the first, or when it left the ring); <paramref name="take"/> for its part <paramref name="r"/>, being made.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double TakeOf(ref SamplePathAssemblyStation station, long index, int quantity, long r, double take)
    {
        if (index < 0)
        {
            return 0;
        }

        long x = quantity == 1 ? index : index / quantity;
        if (x == r)
        {
            return take;
        }

        if (x < station.RingFloor || x <= r - (station.RingMask + 2))
        {
            return 0;
        }

        return station.Takes[(int)(x & station.RingMask)];
    }

    /// <summary>
    /// A station takes parts <paramref name="first"/> to <paramref name="last"/> of link <paramref name="l"/> (which
    /// reached it at the times in <paramref name="arrivals"/>) at <paramref name="take"/> for its part
    /// <paramref name="r"/>: the buffer's level, non-empty and full times.
    /// </summary>
    private void AccountInput(ref SamplePathAssemblyStation station, ref SamplePathAssemblyLink link, int l, double[] arrivals, long arrivalMask, long first, long last, long r, double take)
    {
        long capacity = link.Capacity;
        if (capacity == 0)
        {
            return; // Always full and empty: parts beyond the capacity sit on the fixtures.
        }

        int quantity = link.Quantity;

        // Wholly inside the window (the usual case), every interval below is added as it is.
        bool inside = arrivals[(int)(first & arrivalMask)] > _warmup && take <= _end;
        for (long m = first; m <= last; m++)
        {
            double arrived = arrivals[(int)(m & arrivalMask)];

            // Part m counts in the level once part m - c has been taken: the oldest c parts are in the buffer.
            double from = Max(arrived, TakeOf(ref station, m - capacity, quantity, r, take));
            double since = Max(arrived, link.LastTake);
            link.LastTake = take;
            if (inside)
            {
                link.LevelArea += take - from;
                link.NonEmpty += take - since;
            }
            else
            {
                Accumulate(ref link.LevelArea, from, take);
                Accumulate(ref link.NonEmpty, since, take);
            }

            _levels?[l].Add(from, Math.Min(take, _end), 1);
            if (capacity < int.MaxValue)
            {
                // Full from part m's arrival until part m - c + 1 is taken.
                double until = TakeOf(ref station, m - capacity + 1, quantity, r, take);
                double fullFrom = Max(arrived, link.FullEnd);
                if (inside)
                {
                    link.Full += Max(until - fullFrom, 0);
                }
                else
                {
                    Accumulate(ref link.Full, fullFrom, until);
                }

                link.FullEnd = Max(link.FullEnd, until);
            }
        }
    }

    /// <summary>The part out left the exit at <paramref name="departure"/>; it entered at <paramref name="entry"/>.</summary>
    private void Leave(double departure, double entry)
    {
        if (departure <= _end)
        {
            _completed++;
            if (!_stopped && departure > _windowOpens)
            {
                _partsOut++;
                _leadTime.Add(departure - entry);
                _output?.Add(departure);
                if (_untilPartCount && _partsOut >= _stopAfterParts)
                {
                    // Parts leaving at the same instant still leave, but the window is closed.
                    _stopped = true;
                    _end = departure;
                }
            }
        }

        Accumulate(ref _workInProcessArea, entry, departure);
    }

    /// <summary>Processes <paramref name="work"/> seconds at station <paramref name="s"/> from <paramref name="start"/>, folding in its failures; returns the completion time.</summary>
    private double Fold(int s, double start, double work)
    {
        ref SamplePathAssemblyStation station = ref _station[s];
        return FoldFailures(
            _line.Failures[s]!, _failureRandom[s]!, _repairRandom[s]!, ref station.TimeToFailure, start, work, _warmup, _windowOpens, _end, ref station.Working, ref station.Down, ref station.Failures);
    }

    /// <summary>Doubles the rings of a station about to make part <paramref name="r"/>, keeping its last parts.</summary>
    private static void Grow(ref SamplePathAssemblyStation station, long r, long lookback)
    {
        int size = station.Departures.Length;
        long mask = station.RingMask;
        int newSize = size * 2;
        long newMask = newSize - 1;
        var takes = new double[newSize];
        var departures = new double[newSize];
        var entries = new double[newSize];
        long from = Math.Max(station.RingFloor, r - size);
        for (long m = from; m < r; m++)
        {
            takes[(int)(m & newMask)] = station.Takes[(int)(m & mask)];
            departures[(int)(m & newMask)] = station.Departures[(int)(m & mask)];
            entries[(int)(m & newMask)] = station.Entries[(int)(m & mask)];
        }

        station.Takes = takes;
        station.Departures = departures;
        station.Entries = entries;
        station.RingFloor = from;
        SetRing(ref station, newSize, lookback);
    }

    private static void SetRing(ref SamplePathAssemblyStation station, int size, long lookback)
    {
        station.RingMask = size - 1;
        station.RingFixed = size >= lookback;
    }

    /// <summary>Appends to <paramref name="schedule"/> the parts made for one part of station <paramref name="j"/>: its inputs' first, depth first.</summary>
    private void Expand(int j, List<int> schedule)
    {
        foreach (int l in _inputs[j])
        {
            ref SamplePathAssemblyLink link = ref _link[l];
            if (link.From >= 0)
            {
                for (int k = 0; k < link.Quantity; k++)
                {
                    Expand(link.From, schedule);
                }
            }
        }

        schedule.Add(j);
    }

    /// <summary>Part r of station <paramref name="s"/> carries on the part number r times this of the supply its first-input chain starts at.</summary>
    private long NumberScale(int s)
    {
        ref SamplePathAssemblyLink first = ref _link[_inputs[s][0]];
        return first.From < 0 ? first.Quantity : first.Quantity * NumberScale(first.From);
    }

    /// <summary>Adds the part of [<paramref name="from"/>, <paramref name="to"/>) inside the observation window.</summary>
    private void Accumulate(ref double total, double from, double to) => AddInside(ref total, from, to, _warmup, _end);

    private ReplicationResult BuildResult(int replication)
    {
        double end = _end;
        double observed = end - _warmup;
        var totals = new WindowTotals(_line)
        {
            WindowStart = _warmup,
            End = end,
            WorkInProcessArea = _workInProcessArea,
            Released = _released,
            Completed = _completed,
            WorkInProcessAtEnd = _released - _completed - _assembled,
            PartsOut = _partsOut,
            Assembled = _assembled,
        };
        long events = 0;
        for (int s = 0; s < _station.Length; s++)
        {
            ref SamplePathAssemblyStation station = ref _station[s];
            events += station.Completions;
            totals.Working[s] = station.Working;
            totals.Starved[s] = Math.Max(0, observed - station.Working - station.Blocked - station.Down);
            totals.Blocked[s] = station.Blocked;
            totals.Down[s] = station.Down;
            totals.Processed[s] = station.Processed;
            totals.Failures[s] = station.Failures;
            if (station.ReportsShortage)
            {
                // Idle since its last part left, the station lacks every input's next parts: they enter after the end.
                int[] inputs = _inputs[s];
                var shortTime = new double[inputs.Length];
                for (int k = 0; k < inputs.Length; k++)
                {
                    ref SamplePathAssemblyLink link = ref _link[inputs[k]];
                    if (!link.Unlimited)
                    {
                        Accumulate(ref link.Short, station.LastDeparture, end);
                    }

                    shortTime[k] = link.Short;
                }

                totals.StarvedByInput[s] = shortTime;
            }
        }

        for (int l = 0; l < _link.Length; l++)
        {
            ref SamplePathAssemblyLink link = ref _link[l];
            totals.LevelArea[l] = link.LevelArea;
            totals.FullTime[l] = link.Capacity == 0 ? observed : link.Capacity == int.MaxValue ? 0 : link.Full;
            totals.EmptyTime[l] = link.Capacity == 0 ? observed : Math.Max(0, observed - link.NonEmpty);
        }

        totals.EventsProcessed = events;
        return totals.ToResult(_line, replication, EngineKind.SamplePath, _leadTime, _output, _levels);
    }
}
