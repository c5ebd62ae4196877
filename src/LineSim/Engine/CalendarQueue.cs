using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace LineSim.Engine;

/// <summary>
/// The <see cref="EventCalendar"/> of a model with many pending timers: a calendar queue, in which a pop and an
/// insertion cost about the same whatever the number of pending timers.
/// </summary>
/// <remarks>
/// <para>
/// R. Brown's calendar queue (Communications of the ACM 31(10), 1988): time is cut into days of equal width, and day
/// d belongs to bucket d mod B, where each bucket keeps its timers in a list sorted by time, ties in scheduling
/// order. The next event is the head of the current day's bucket if it falls on that day; otherwise the queue looks
/// at the next day. With the width near a few mean gaps between consecutive events, a pop looks at about one bucket
/// and an insertion passes about one entry, where a binary heap walks log2 of the pending timers.
/// </para>
/// <para>
/// Each bucket's list is circular through a sentinel of its own whose time is minus infinity, so that linking,
/// unlinking and the backward walk of an insertion need no test for the ends of the list: in a stochastic model
/// those tests are coin tosses, which a processor mispredicts half the time.
/// </para>
/// <para>
/// The queue tunes itself from the work it does: every <see cref="TuneInterval"/> pops it matches the bucket count
/// to the number of pending timers and, when pops have been looking at empty days or insertions walking long lists,
/// sets the width to three mean gaps among the earliest pending events. Tuning changes where timers are kept, never
/// the order in which they fire.
/// </para>
/// </remarks>
internal sealed class CalendarQueue
{
    private const int MinimumBuckets = 4;
    private const int TuneInterval = 64;
    private const int MaximumTuneInterval = 1 << 16;
    private const int WidthSample = 32;

    // Nodes 0 .. timerCount - 1 are the timers; node timerCount + b is the sentinel of bucket b. Per node: its time,
    // its neighbours in its bucket's circular list, and (timers only) its bucket, -1 when not pending.
    private readonly int _timerCount;
    private readonly double[] _time;
    private readonly int[] _next;
    private readonly int[] _previous;
    private readonly int[] _bucket;

    // Buckets are made at the largest count ever needed; _mask selects those in use.
    private readonly int _maximumBuckets;
    private int _mask = MinimumBuckets - 1;
    private double _width = 1;
    private double _inverseWidth = 1;

    // No pending timer falls on a day before this one.
    private long _day;
    private int _count;

    // The work done since the queue was last tuned.
    private int _pops;
    private int _tuneInterval = TuneInterval;
    private long _daysSkipped;
    private long _entriesPassed;

    // Room for tuning, made up front: pending times to take the width from, timers to relink.
    private readonly double[] _sample;
    private readonly int[] _relink;

    public CalendarQueue(int timerCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(timerCount);
        _timerCount = timerCount;
        _maximumBuckets = (int)Math.Max(MinimumBuckets, BitOperations.RoundUpToPowerOf2((uint)timerCount));
        int nodes = timerCount + _maximumBuckets;
        _time = new double[nodes];
        _next = new int[nodes];
        _previous = new int[nodes];
        _bucket = new int[timerCount];
        _bucket.AsSpan().Fill(-1);
        _sample = new double[timerCount];
        _relink = new int[timerCount];
        for (int bucket = 0; bucket < _maximumBuckets; bucket++)
        {
            _time[Sentinel(bucket)] = double.NegativeInfinity;
        }

        EmptyBuckets();
    }

    /// <summary>The number of pending timers.</summary>
    public int Count => _count;

    /// <summary>The number of timers the calendar was made for.</summary>
    public int TimerCount => _timerCount;

    /// <summary>Whether <paramref name="timer"/> is pending.</summary>
    public bool IsScheduled(int timer) => _bucket[timer] >= 0;

    /// <summary>The time <paramref name="timer"/> fires at; it must be pending.</summary>
    public double TimeOf(int timer)
    {
        Debug.Assert(_bucket[timer] >= 0, "The timer is not scheduled.");
        return _time[timer];
    }

    /// <summary>The time of the next event; the calendar must not be empty.</summary>
    public double NextTime
    {
        get
        {
            Debug.Assert(_count > 0, "The calendar is empty.");
            return _time[First()];
        }
    }

    /// <summary>
    /// Schedules <paramref name="timer"/> to fire at <paramref name="time"/>. A pending timer is moved, and ranks after
    /// every timer already scheduled for the same time.
    /// </summary>
    public void Schedule(int timer, double time)
    {
        Debug.Assert(!double.IsNaN(time), "An event time must be a number.");
        if (_bucket[timer] >= 0)
        {
            Unlink(timer);
        }
        else if (++_count > 2 * (_mask + 1))
        {
            // More timers than the buckets hold in short lists: more buckets before inserting.
            Tune();
        }

        _time[timer] = time;
        long day = Day(time);
        if (day < _day)
        {
            _day = day;
        }

        Insert(timer, day);
    }

    /// <summary>Cancels <paramref name="timer"/>; returns whether it was pending.</summary>
    public bool Cancel(int timer)
    {
        if (_bucket[timer] < 0)
        {
            return false;
        }

        Unlink(timer);
        _count--;
        return true;
    }

    /// <summary>Removes the next event and returns its timer; the calendar must not be empty.</summary>
    public int Pop(out double time)
    {
        Debug.Assert(_count > 0, "The calendar is empty.");
        int timer = First();
        time = _time[timer];
        Remove(timer);
        return timer;
    }

    /// <summary>Pops the next event if it is due at or before <paramref name="horizon"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryPop(double horizon, out int timer, out double time)
    {
        if (_count > 0)
        {
            timer = First();
            time = _time[timer];
            if (time <= horizon)
            {
                Remove(timer);
                return true;
            }
        }

        timer = -1;
        time = 0;
        return false;
    }

    /// <summary>Removes every pending timer, writing them to <paramref name="timers"/> and their times to <paramref name="times"/> in the order they would fire; returns how many.</summary>
    public int Drain(Span<int> timers, Span<double> times)
    {
        int n = 0;
        while (_count > 0)
        {
            int timer = First();
            timers[n] = timer;
            times[n] = _time[timer];
            Unlink(timer);
            _count--;
            n++;
        }

        return n;
    }

    /// <summary>Sets the width from the pending timers now (after they were moved in from a <see cref="LadderTimers"/>).</summary>
    public void Retune()
    {
        int buckets = MinimumBuckets;
        while (_count > 2 * buckets && buckets < _maximumBuckets)
        {
            buckets <<= 1;
        }

        Relink(buckets, EstimateWidth());
        _pops = 0;
        _daysSkipped = 0;
        _tuneInterval = TuneInterval;
    }

    /// <summary>Cancels every pending timer.</summary>
    public void Clear()
    {
        _bucket.AsSpan().Fill(-1);
        EmptyBuckets();
        _count = 0;
        _day = 0;
        _pops = 0;
        _daysSkipped = 0;
        _entriesPassed = 0;
    }

    private int Sentinel(int bucket) => _timerCount + bucket;

    /// <summary>The day <paramref name="time"/> falls on: never decreasing in time (a product's rounding is monotone), saturating for huge times.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long Day(double time) => (long)(time * _inverseWidth);

    /// <summary>The next timer to fire; the calendar must not be empty.</summary>
    private int First()
    {
        int[] next = _next;
        double[] times = _time;
        int mask = _mask;
        long day = _day;
        for (int skipped = 0; skipped <= mask; skipped++)
        {
            // The head of a bucket is its earliest timer: if it does not fall on this day, none of the bucket does.
            // An empty bucket's head is its sentinel, at minus infinity, which falls on no day.
            int head = next[_timerCount + (int)(day & mask)];
            if (Day(times[head]) == day)
            {
                _day = day;
                _daysSkipped += skipped;
                return head;
            }

            day++;
        }

        // A whole year of empty days: the next event is far ahead; find it among the heads.
        _daysSkipped += mask + 1;
        int first = -1;
        for (int bucket = 0; bucket <= mask; bucket++)
        {
            int head = next[Sentinel(bucket)];
            if (head < _timerCount && (first < 0 || times[head] < times[first]))
            {
                // Heads of different buckets never tie: equal times fall on the same day.
                first = head;
            }
        }

        _day = Day(times[first]);
        return first;
    }

    private void Remove(int timer)
    {
        Unlink(timer);
        _count--;
        if (++_pops >= _tuneInterval)
        {
            Tune();
        }
    }

    /// <summary>Puts <paramref name="timer"/> into the bucket of <paramref name="day"/>, after every timer due at or before its time.</summary>
    private void Insert(int timer, long day)
    {
        int bucket = (int)(day & _mask);
        double[] times = _time;
        int[] previous = _previous;
        double time = times[timer];

        // Walk back from the tail; the sentinel, at minus infinity, stops the walk.
        int after = previous[Sentinel(bucket)];
        int passed = 0;
        while (times[after] > time)
        {
            after = previous[after];
            passed++;
        }

        _entriesPassed += passed;
        int before = _next[after];
        previous[timer] = after;
        _next[timer] = before;
        _next[after] = timer;
        previous[before] = timer;
        _bucket[timer] = bucket;
    }

    private void Unlink(int timer)
    {
        int previous = _previous[timer];
        int next = _next[timer];
        _next[previous] = next;
        _previous[next] = previous;
        _bucket[timer] = -1;
    }

    private void EmptyBuckets()
    {
        for (int bucket = 0; bucket < _maximumBuckets; bucket++)
        {
            int sentinel = Sentinel(bucket);
            _next[sentinel] = sentinel;
            _previous[sentinel] = sentinel;
        }
    }

    /// <summary>
    /// Matches the buckets to the pending timers and, when the queue has been working hard, the width to their
    /// spacing, relinking every pending timer. A costly tuning that would not change the width is tried less and less
    /// often.
    /// </summary>
    private void Tune()
    {
        int buckets = _mask + 1;
        int wanted = buckets;
        while (_count > 2 * wanted && wanted < _maximumBuckets)
        {
            wanted <<= 1;
        }

        while (wanted > MinimumBuckets && _count < wanted / 4)
        {
            wanted >>= 1;
        }

        long work = Math.Max(_pops, 1);
        bool costly = _daysSkipped > 3 * work || _entriesPassed > 3 * work;
        _pops = 0;
        _daysSkipped = 0;
        _entriesPassed = 0;
        if (!costly && wanted == buckets)
        {
            _tuneInterval = TuneInterval;
            return;
        }

        double width = EstimateWidth();
        if (wanted == buckets && Math.Abs(width - _width) <= 0.25 * _width)
        {
            _tuneInterval = Math.Min(_tuneInterval * 2, MaximumTuneInterval);
            return;
        }

        Relink(wanted, width);
    }

    /// <summary>
    /// Three mean gaps between consecutive times among the earliest pending timers, leaving out gaps over twice the
    /// mean; the current width when there is no gap to go by.
    /// </summary>
    private double EstimateWidth()
    {
        int n = 0;
        for (int timer = 0; timer < _timerCount; timer++)
        {
            if (_bucket[timer] >= 0)
            {
                _sample[n++] = _time[timer];
            }
        }

        Span<double> times = _sample.AsSpan(0, n);
        times.Sort();
        int used = Math.Min(n, WidthSample);
        if (used < 2 || !double.IsFinite(times[used - 1]) || !double.IsFinite(times[0]))
        {
            return _width;
        }

        double mean = (times[used - 1] - times[0]) / (used - 1);
        double sum = 0;
        int gaps = 0;
        for (int i = 1; i < used; i++)
        {
            double gap = times[i] - times[i - 1];
            if (gap <= 2 * mean)
            {
                sum += gap;
                gaps++;
            }
        }

        double width = 3 * sum / gaps;
        return width > 0 && double.IsFinite(width) && double.IsFinite(1 / width) ? width : _width;
    }

    /// <summary>Relinks every pending timer into <paramref name="buckets"/> buckets of <paramref name="width"/> seconds, keeping ties in order.</summary>
    private void Relink(int buckets, double width)
    {
        // Bucket by bucket, each list in order: timers that tie share a bucket, so they are relinked in their order.
        int n = 0;
        for (int bucket = 0; bucket <= _mask; bucket++)
        {
            int sentinel = Sentinel(bucket);
            for (int timer = _next[sentinel]; timer != sentinel; timer = _next[timer])
            {
                _relink[n++] = timer;
            }
        }

        EmptyBuckets();
        _mask = buckets - 1;
        _width = width;
        _inverseWidth = 1 / width;
        long first = long.MaxValue;
        for (int i = 0; i < n; i++)
        {
            int timer = _relink[i];
            long day = Day(_time[timer]);
            first = Math.Min(first, day);
            Insert(timer, day);
        }

        _day = n > 0 ? first : 0;
        _entriesPassed = 0;
    }
}
