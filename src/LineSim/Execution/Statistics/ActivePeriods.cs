using System.Collections.Immutable;
using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using LineSim.Execution.Compiled;
using LineSim.Results;

namespace LineSim.Execution.Statistics;

/// <summary>
/// The active period method (Roser, Nakano and Tanaka, 2001 and 2002), run alongside a replication: a station is active
/// while every one of its machines works, is down, in setup or in maintenance, and inactive while any is starved or
/// blocked (or off shift). At each instant the momentary bottleneck is the station whose active period containing the
/// instant is the longest; where it overlaps the period of the bottleneck before or after it, both stations are shifting
/// bottlenecks, elsewhere it is the sole bottleneck. Beside the shares, the time on the momentary bottleneck is counted
/// by what the bottleneck was doing, which is what the losses from takt to output are made of.
/// </summary>
/// <remarks>
/// <para>
/// The length of a period is known only when it ends, so the bottleneck of an instant is settled once every period that
/// contains it has ended: up to the start of the oldest period still open. Periods that end inside an open period that
/// started earlier can never be the longest and are dropped at once, so the periods kept wait for at most one period of
/// each station, and a station's log of states reaches back no further than its oldest period kept.
/// </para>
/// <para>
/// Each change of a machine's state costs a few loads and stores: a station's machine counts are kept as one packed word
/// (<see cref="StationSlot.Mix"/>) and a count of inactive machines, the open periods as a ring in the order they
/// opened (so the oldest is its head), and a station's log takes an entry only where its mix changes. Settling runs
/// only when the oldest open period's start moves past what is settled; it cannot wait for later, in batches, without
/// splitting the sums of time at other instants, which would change their last bits.
/// </para>
/// <para>
/// Times are working time (the event engine's clock): a period open at the end of a working interval is cut there and a
/// new one opens when work resumes. Ties go to the period that started first, then to the station first in the line.
/// </para>
/// </remarks>
internal sealed class ActivePeriods
{
    // The loss cause of each StationActivity cause but working.
    private static readonly LossCause[] s_causes =
    [
        LossCause.CycleOverTakt, LossCause.Failure, LossCause.WaitingForCrew, LossCause.Setup, LossCause.Maintenance,
        LossCause.Starvation, LossCause.Blocking, LossCause.PacedSegmentStop,
    ];

    // Bits per activity's machine count in a station's mix, and the mask of one count.
    private const int MixBits = 12;
    private const ulong MixMask = (1UL << MixBits) - 1;

    private readonly int _stations;
    private readonly int[] _servers;
    private readonly bool[] _paced;
    private readonly WorkCalendar? _calendar;
    private readonly double _windowStart;
    private readonly StationSlot[] _station;
    private double _nextBoundary;

    // The stations with an open period, oldest first (periods open in time order): a ring linked through the slots,
    // through one slot past the stations' (_open), so that a period opens and closes without a test for the ends.
    private readonly int _open;
    private int _settles;

    private Period[] _pending = new Period[8];
    private int _pendingCount;
    private double _settled;

    // The momentary bottleneck's period, its episode [start, end] so far, and the bottleneck period before it.
    private bool _hasCurrent;
    private Period _current;
    private double _episodeStart;
    private double _episodeEnd;
    private bool _hasPrevious;
    private Period _previous;

    /// <summary>Starts with every machine starved at time 0.</summary>
    /// <param name="servers">Machines per station.</param>
    /// <param name="paced">Per station, whether it belongs to a paced segment.</param>
    /// <param name="calendar">The shift calendar, whose working intervals cut periods; <see langword="null"/> without one.</param>
    /// <param name="windowStart">The working time the observation window opens at; nothing before it is counted.</param>
    public ActivePeriods(int[] servers, bool[] paced, WorkCalendar? calendar, double windowStart)
    {
        _stations = servers.Length;
        _servers = servers;
        _paced = paced;
        _calendar = calendar;
        _windowStart = windowStart;
        _station = new StationSlot[_stations + 1];
        _open = _stations;

        // The ring's own slot: no station, open since forever after, so that with no period open the oldest opened never.
        _station[_open] = new StationSlot { Since = double.PositiveInfinity, Older = _open, Newer = _open };
        Sole = new double[_stations];
        Shifting = new double[_stations];
        Time = new double[_stations * StationActivity.Causes];
        for (int s = 0; s < _stations; s++)
        {
            ref StationSlot station = ref _station[s];
            station.Inactive = servers[s];
            station.Since = double.NaN;
            station.Log = new StateLog();
        }

        _nextBoundary = calendar?.EndOfWorkingInterval(0) ?? double.PositiveInfinity;
    }

    /// <summary>The bookkeeping for <paramref name="plant"/>'s stations, with its shift calendar, counting from working time <paramref name="windowStart"/> on.</summary>
    public static ActivePeriods For(CompiledPlant plant, WorkCalendar? calendar, double windowStart)
    {
        int stations = plant.Stations.Length;
        var servers = new int[stations];
        var paced = new bool[stations];
        for (int s = 0; s < stations; s++)
        {
            servers[s] = plant.Stations[s].Servers;
            paced[s] = plant.Stations[s].Segment >= 0;
        }

        return new ActivePeriods(servers, paced, calendar, windowStart);
    }

    /// <summary>Per station, working seconds of the window it was the sole bottleneck.</summary>
    public double[] Sole { get; }

    /// <summary>Per station, working seconds of the window it was a shifting bottleneck.</summary>
    public double[] Shifting { get; }

    /// <summary>
    /// Per station and cause (<see cref="StationActivity"/>, station-major), working seconds of the window the station was the
    /// momentary bottleneck doing that (a cell: shared by its machines); with no station active, the time goes to the
    /// last bottleneck, starved, blocked or waiting for its segment's takt.
    /// </summary>
    public double[] Time { get; }

    /// <summary>Where every machine's changes of state go, besides; <see langword="null"/> for nowhere.</summary>
    public StateRecorder? Recorder { get; set; }

    /// <summary>Machine <paramref name="server"/> (from 0) of station <paramref name="s"/> goes from activity <paramref name="from"/> to <paramref name="to"/> at working time <paramref name="now"/>.</summary>
    /// <remarks>
    /// Inlined where the engine changes a machine's state, so that where <paramref name="to"/> is a constant the tests on it
    /// fold away; what opens or closes a period is out of line.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Change(int s, int server, double now, int from, int to)
    {
        Debug.Assert(from != to, "Only changes are reported.");
        if (now >= _nextBoundary || Recorder is not null)
        {
            Note(s, server, now, to);
        }

        ref StationSlot station = ref Slot(s);
        bool wasActive = station.Inactive == 0;
        if (from < StationActivity.ActiveCount)
        {
            station.Mix -= 1UL << (MixBits * from);
        }
        else
        {
            station.Inactive--;
        }

        if (to < StationActivity.ActiveCount)
        {
            station.Mix += 1UL << (MixBits * to);
            if (station.Inactive == 0)
            {
                if (!wasActive)
                {
                    Open(s, now);
                }

                station.Log.Add(now, station.Mix);
            }
        }
        else
        {
            station.Inactive++;
            if (wasActive)
            {
                Deactivate(s, now, to);
            }
        }
    }

    /// <summary>Per station, its shares as the bottleneck over <paramref name="working"/> seconds of working time in the window.</summary>
    public ImmutableArray<StationBottleneck> ToResults(IReadOnlyList<string> names, double working)
    {
        double perSecond = working > 0 ? 1 / working : 0;
        var stations = ImmutableArray.CreateBuilder<StationBottleneck>(_stations);
        for (int s = 0; s < _stations; s++)
        {
            int at = s * StationActivity.Causes;
            var time = ImmutableArray.CreateBuilder<CauseShare>();
            for (int c = StationActivity.Working + 1; c < StationActivity.Causes; c++)
            {
                if (Time[at + c] > 0)
                {
                    time.Add(new CauseShare(s_causes[c], Time[at + c] * perSecond));
                }
            }

            stations.Add(new StationBottleneck(names[s], Sole[s] * perSecond, Shifting[s] * perSecond)
            {
                Time = time.ToImmutable(),
                BottleneckWorking = Time[at + StationActivity.Working] * perSecond,
            });
        }

        return stations.MoveToImmutable();
    }

    /// <summary>Ends the run at working time <paramref name="end"/>: closes every period and settles every instant.</summary>
    public void Finish(double end)
    {
        if (end >= _nextBoundary)
        {
            CrossBoundaries(end);
        }

        for (int s = 0; s < _stations; s++)
        {
            if (!double.IsNaN(_station[s].Since))
            {
                Close(s, end, StationActivity.Starved);
            }
        }

        Settle(end);
        if (_hasCurrent)
        {
            CloseEpisode(hasNext: false, default);
        }
    }

    /// <summary>Station <paramref name="s"/>'s slot, without a bounds check: every index is a station's, or a link of the list of open periods.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref StationSlot Slot(int s)
    {
        Debug.Assert((uint)s < (uint)_station.Length, "A station's index.");
        return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_station), s);
    }

    /// <summary>Crosses the ends of working intervals up to <paramref name="now"/>, and tells the recorder of the change.</summary>
    private void Note(int s, int server, double now, int to)
    {
        if (now >= _nextBoundary)
        {
            CrossBoundaries(now);
        }

        Recorder?.Change(s, server, now, to);
    }

    /// <summary>Station <paramref name="s"/> stops being active at <paramref name="now"/>, a machine having become <paramref name="why"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Deactivate(int s, double now, int why)
    {
        Close(s, now, why);

        // Nothing to settle unless the oldest open period's start moved past what is settled (with none open, now may have).
        if (OldestStart > _settled)
        {
            Settle(now);
        }
    }

    /// <summary>Cuts every open period at each end of a working interval up to <paramref name="now"/>.</summary>
    private void CrossBoundaries(double now)
    {
        while (_nextBoundary <= now)
        {
            double boundary = _nextBoundary;
            for (int s = 0; s < _stations; s++)
            {
                if (!double.IsNaN(_station[s].Since))
                {
                    Close(s, boundary, StationActivity.Starved);
                    Open(s, boundary);
                    _station[s].Log.Add(boundary, _station[s].Mix);
                }
            }

            Settle(boundary);
            Recorder?.Boundary(boundary);
            _nextBoundary = _calendar!.EndOfWorkingInterval(boundary);
        }
    }

    /// <summary>Opens a period of station <paramref name="s"/> at <paramref name="now"/>, the newest.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Open(int s, double now)
    {
        ref StationSlot station = ref Slot(s);
        ref StationSlot ring = ref Slot(_open);
        station.Since = now;
        station.Older = ring.Older;
        station.Newer = _open;
        Slot(ring.Older).Newer = s;
        ring.Older = s;
    }

    private void Close(int s, double end, int why)
    {
        ref StationSlot station = ref Slot(s);
        double start = station.Since;
        station.Since = double.NaN;
        Slot(station.Older).Newer = station.Newer;
        Slot(station.Newer).Older = station.Older;

        // A period inside one still open that started before it can never be the longest (with none open, the oldest
        // start is infinite).
        if (end > start && start <= OldestStart)
        {
            if (_pendingCount == _pending.Length)
            {
                Array.Resize(ref _pending, _pending.Length * 2);
            }

            _pending[_pendingCount++] = new Period(s, start, end, why);
        }
        else if (station.Log.End - station.Log.Start > 64)
        {
            Trim(s);
        }
    }

    /// <summary>The start of the oldest period still open, or <paramref name="otherwise"/> when none is.</summary>
    private double OldestOpen(double otherwise) => Slot(_open).Newer == _open ? otherwise : OldestStart;

    /// <summary>The start of the oldest period still open; infinite when none is.</summary>
    private double OldestStart => Slot(Slot(_open).Newer).Since;

    /// <summary>Settles the momentary bottleneck of every instant before the oldest open period's start (or <paramref name="now"/>).</summary>
    private void Settle(double now)
    {
        double horizon = OldestOpen(now);
        if (horizon <= _settled)
        {
            return;
        }

        // Episode and Idle leave the periods kept as they are.
        Span<Period> pending = _pending.AsSpan(0, _pendingCount);
        double t = _settled;
        while (t < horizon)
        {
            int best = -1;
            for (int i = 0; i < pending.Length; i++)
            {
                ref Period p = ref pending[i];
                if (p.Start <= t && t < p.End && (best < 0 || p.Beats(pending[best])))
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                double next = horizon;
                for (int i = 0; i < pending.Length; i++)
                {
                    if (pending[i].Start > t && pending[i].Start < next)
                    {
                        next = pending[i].Start;
                    }
                }

                Idle(t, next);
                t = next;
                continue;
            }

            Period bottleneck = pending[best];
            double until = Math.Min(bottleneck.End, horizon);
            for (int i = 0; i < pending.Length; i++)
            {
                ref Period p = ref pending[i];
                if (p.Start > t && p.Start < until && p.Beats(bottleneck))
                {
                    until = p.Start;
                }
            }

            Episode(bottleneck, t, until);
            t = until;
        }

        _settled = horizon;
        int kept = 0;
        for (int i = 0; i < pending.Length; i++)
        {
            if (pending[i].End > horizon)
            {
                pending[kept++] = pending[i];
            }
        }

        _pendingCount = kept;

        // The logs are trimmed now and then: each trim looks at every period kept.
        if ((++_settles & 63) == 0)
        {
            for (int s = 0; s < _stations; s++)
            {
                Trim(s);
            }
        }
    }

    private void Episode(Period bottleneck, double from, double to)
    {
        if (!_hasCurrent || !bottleneck.SameAs(_current))
        {
            if (_hasCurrent)
            {
                CloseEpisode(hasNext: true, bottleneck);
            }

            _current = bottleneck;
            _hasCurrent = true;
            _episodeStart = from;
        }

        _episodeEnd = to;
        Attribute(bottleneck.Station, from, to);
    }

    /// <summary>No station is active from <paramref name="from"/> to <paramref name="to"/>: the time goes to the last bottleneck, as it ended.</summary>
    private void Idle(double from, double to)
    {
        double length = to - Math.Max(from, _windowStart);
        if (length <= 0)
        {
            return;
        }

        int s = _hasCurrent ? _current.Station : 0;
        int why = _hasCurrent ? _current.Why : StationActivity.Starved;
        int cause = why == StationActivity.Blocked && _paced[s] ? StationActivity.PacedStop : why;
        Time[(s * StationActivity.Causes) + cause] += length;
    }

    /// <summary>Counts the time from <paramref name="from"/> to <paramref name="to"/> by what station <paramref name="s"/>'s machines were doing.</summary>
    private void Attribute(int s, double from, double to)
    {
        from = Math.Max(from, _windowStart);
        if (to <= from)
        {
            return;
        }

        ref StateLog log = ref _station[s].Log;
        int i = log.LastAtOrBefore(from);
        double share = 1.0 / _servers[s];
        int at = s * StationActivity.Causes;
        while (from < to)
        {
            double until = i + 1 < log.End ? Math.Min(to, log.Times[i + 1]) : to;
            ulong mix = log.Mixes[i];
            double length = (until - from) * share;

            // Only the activities some machine was in: adding nothing to the others leaves them as they were.
            while (mix != 0)
            {
                int c = BitOperations.TrailingZeroCount(mix) / MixBits;
                Time[at + c] += length * (int)((mix >> (MixBits * c)) & MixMask);
                mix &= ~(MixMask << (MixBits * c));
            }

            from = until;
            i++;
        }
    }

    /// <summary>The current bottleneck's episode ends: it was the sole bottleneck where it overlapped neither the one before nor the one after.</summary>
    private void CloseEpisode(bool hasNext, Period next)
    {
        Period p = _current;
        double previousStart = _hasPrevious ? _previous.Start : 0;
        double previousEnd = _hasPrevious ? _previous.End : 0;
        double nextStart = hasNext ? next.Start : 0;
        double nextEnd = hasNext ? next.End : 0;
        double shifting = Overlap(p.Start, p.End, previousStart, previousEnd, nextStart, nextEnd);
        double episode = Overlap(_episodeStart, _episodeEnd, double.NegativeInfinity, double.PositiveInfinity, 0, 0);
        double episodeShifting = Overlap(_episodeStart, _episodeEnd, previousStart, previousEnd, nextStart, nextEnd);
        Shifting[p.Station] += shifting;
        Sole[p.Station] += episode - episodeShifting;
        _previous = p;
        _hasPrevious = true;
    }

    /// <summary>The length of [a, b] within the window and within [c, d] or [e, f].</summary>
    private double Overlap(double a, double b, double c, double d, double e, double f)
    {
        a = Math.Max(a, _windowStart);
        double first = Math.Max(0, Math.Min(b, d) - Math.Max(a, c));
        double second = Math.Max(0, Math.Min(b, f) - Math.Max(a, e));
        double both = Math.Max(0, Math.Min(Math.Min(b, d), f) - Math.Max(Math.Max(a, c), e));
        return first + second - both;
    }

    /// <summary>Drops the states of station <paramref name="s"/> that no period still to be settled reaches back to.</summary>
    private void Trim(int s)
    {
        ref StationSlot station = ref _station[s];
        double keepFrom = station.Since;
        for (int i = 0; i < _pendingCount; i++)
        {
            if (_pending[i].Station == s && !(_pending[i].Start >= keepFrom))
            {
                keepFrom = _pending[i].Start;
            }
        }

        if (double.IsNaN(keepFrom))
        {
            station.Log.Clear();
            return;
        }

        station.Log.DropBefore(Math.Max(keepFrom, _settled));
    }

    /// <summary>An active period of a station, and why it ended (<see cref="StationActivity.Starved"/> or <see cref="StationActivity.Blocked"/>).</summary>
    private readonly record struct Period(int Station, double Start, double End, int Why)
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Beats(in Period other)
        {
            double length = End - Start;
            double otherLength = other.End - other.Start;
            return length > otherLength
                || (length == otherLength && (Start < other.Start || (Start == other.Start && Station < other.Station)));
        }

        public bool SameAs(in Period other) => Station == other.Station && Start == other.Start;
    }

    /// <summary>What the bookkeeping keeps of a station.</summary>
    private struct StationSlot
    {
        /// <summary>The number of machines in each active activity, <see cref="MixBits"/> bits each.</summary>
        public ulong Mix;

        /// <summary>The number of machines starved or blocked: the station is active when none is.</summary>
        public int Inactive;

        /// <summary>The start of the open period; NaN when none is open.</summary>
        public double Since;

        /// <summary>The station with the open period opened just before this one's, and just after; the ring's own slot at the ends.</summary>
        public int Older;

        /// <inheritdoc cref="Older"/>
        public int Newer;

        public StateLog Log;
    }

    /// <summary>A station's machine counts per active activity (<see cref="MixBits"/> bits each) from each time on, oldest first; an entry only where they change.</summary>
    private struct StateLog
    {
        public double[] Times;
        public ulong[] Mixes;
        public int Start;
        public int End;

        public StateLog()
        {
            Times = new double[4];
            Mixes = new ulong[4];
            LastMix = ulong.MaxValue;
        }

        /// <summary>The counts of the last entry; <see cref="ulong.MaxValue"/>, which no counts make, when there is none.</summary>
        public ulong LastMix;

        /// <summary>From <paramref name="time"/> on, the counts are <paramref name="mix"/>: the same counts as the last entry's say nothing new.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(double time, ulong mix)
        {
            if (mix != LastMix)
            {
                Append(time, mix);
            }
        }

        private void Append(double time, ulong mix)
        {
            LastMix = mix;
            if (End > Start && Times[End - 1] == time)
            {
                // A change at the same time replaces the last entry.
                Mixes[End - 1] = mix;
                return;
            }

            if (End == Times.Length)
            {
                int live = End - Start;
                if (Start > 0 && live <= Times.Length / 2)
                {
                    Array.Copy(Times, Start, Times, 0, live);
                    Array.Copy(Mixes, Start, Mixes, 0, live);
                }
                else
                {
                    Array.Resize(ref Times, Times.Length * 2);
                    Array.Resize(ref Mixes, Mixes.Length * 2);
                    Array.Copy(Times, Start, Times, 0, live);
                    Array.Copy(Mixes, Start, Mixes, 0, live);
                }

                Start = 0;
                End = live;
            }

            Times[End] = time;
            Mixes[End] = mix;
            End++;
        }

        public void Clear()
        {
            Start = 0;
            End = 0;
            LastMix = ulong.MaxValue;
        }

        /// <summary>Keeps the last entry at or before <paramref name="time"/>, which tells the state at that time, and those after it.</summary>
        public void DropBefore(double time)
        {
            while (Start + 1 < End && Times[Start + 1] <= time)
            {
                Start++;
            }
        }

        /// <summary>The last entry at or before <paramref name="time"/>, or the first when none is: a binary search, the times ascending.</summary>
        public readonly int LastAtOrBefore(double time)
        {
            int low = Start;
            int high = End - 1;
            while (low < high)
            {
                int middle = (low + high + 1) >>> 1;
                if (Times[middle] <= time)
                {
                    low = middle;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return low;
        }
    }
}
