using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using LineSim.Engine;
using LineSim.Execution.Compiled;
using static LineSim.Execution.SamplePath.SamplePathTime;

namespace LineSim.Execution.SamplePath;

// A part through the stations of a register of lanes, and the lanes that go on alone.
internal sealed partial class SamplePathLineLanes
{
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
}
