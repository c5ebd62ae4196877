using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace LineSim.Engine;

/// <summary>
/// The <see cref="EventCalendar"/> of a model with up to <see cref="Capacity"/> pending timers: the next few in an
/// array sorted latest first, from which a pop takes the last entry, and the rest in buckets by time, a simple form of
/// the ladder queue (W. T. Tang, R. S. M. Goh and I. L.-J. Thng, ACM TOMACS 15(3), 2005).
/// </summary>
/// <remarks>
/// <para>
/// Order is (time, sequence) as everywhere in the calendar, but the sequence needs no storing: a timer scheduled for
/// time t ranks after every pending timer due at t or earlier, so its place in the array is the number of near
/// timers due later than t, and an insertion there keeps the timers due at the same time in scheduling order.
/// </para>
/// <para>
/// That place is counted with vector compares, and the entries from it on move up by one with vector loads and
/// stores. Neither step has a branch that depends on the times: in a stochastic model, where a new event falls among
/// the pending ones is a coin toss at every level of a binary heap, which a processor mispredicts half the time. Up
/// to sixteen entries, the count always covers sixteen places and the move always shifts sixteen, so that not even
/// the number of steps depends on the place; beyond, both go eight entries at a time.
/// </para>
/// <para>
/// Once two dozen timers are near, the array would cost more with every timer pending, so the later ones go to a rung
/// of 64 buckets of equal width from the earliest, each meant to hold about a dozen (the width estimated from the
/// pending timers, and narrowed by how full the last rung's buckets were): a timer due after the near ones is
/// appended to its bucket's list, or to the top list past the last bucket, in constant time. When the near timers run
/// out, the first bucket that holds any comes near, each of its timers going straight to its rank among them; when
/// the rung is spent, a new one is set from the top, or, with fewer than sixteen timers left, all come near and the
/// buckets wait for two dozen again. Every list keeps scheduling order, so timers due at the same time, which always
/// share a bucket, fire in that order. A model with ten stations never leaves the array; with a hundred, each event
/// costs about what it costs with ten (see docs/performance.md).
/// </para>
/// <para>
/// Places past the array's last entry hold minus infinity, which no time is later than, so the count may run past it.
/// The vectors are 256 bits wide, which x86-64 processors with AVX2 run in hardware; elsewhere .NET runs them in
/// software, with the same results, more slowly (not measured).
/// </para>
/// </remarks>
internal sealed class LadderTimers
{
    /// <summary>The most timers it holds.</summary>
    public const int Capacity = 512;

    private const int Block = 8;

    // Near timers go to buckets once a timer joins this many and none are in buckets yet; all come near again when
    // fewer than NearOnlyBelow are left as a rung is spent. Below about two dozen pending timers the array alone is
    // the quicker (see docs/performance.md).
    private const int BucketAt = 3 * Block;
    private const int NearOnlyBelow = 2 * Block;

    // Buckets in a rung, and how many timers a bucket is meant to hold.
    private const int Buckets = 64;
    private const int BucketTarget = 12;

    // The near timers, those due up to _nearTime: entries 0 .. _count - 1, latest first; room past the most there can
    // be for the moves. Without buckets _nearTime is infinite and every timer near.
    private readonly double[] _times;
    private readonly int[] _timers;
    private int _count;
    private double _nearTime = double.PositiveInfinity;

    // The far timers. One due at t has the place x = (t - _base) * _inverseWidth, in bucket floor(x) while
    // x < Buckets, otherwise on top. Buckets and top are lists through _next, each from a header node after the
    // timers' nodes, in the order their timers were scheduled; _filled has a bit for each bucket that holds a timer.
    private double _base;
    private double _inverseWidth;
    private readonly int[] _next;
    private readonly int[] _tail = new int[Buckets + 1];
    private ulong _filled;
    private int _farCount;

    // What the current rung has brought near so far: buckets, and timers in them.
    private int _bucketsTaken;
    private int _timersTaken;

    // Room for the times of the top list as a rung is set from them.
    private readonly double[] _rungTimes;

    // Room for ranking a bucket's timers as they come near.
    private readonly double[] _rankTimes = new double[2 * Block];
    private readonly int[] _rankTimers = new int[2 * Block];

    // The time each timer is due, NaN when it is not pending.
    private readonly double[] _due;

    public LadderTimers(int timerCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(timerCount);
        _due = new double[timerCount];
        _due.AsSpan().Fill(double.NaN);
        int most = Math.Min(timerCount, Capacity);
        _times = new double[most + (2 * Block)];
        _timers = new int[most + (2 * Block)];
        _rungTimes = new double[most];
        _times.AsSpan().Fill(double.NegativeInfinity);
        _next = new int[timerCount + Buckets + 1];
        NearOnly();
    }

    /// <summary>The number of pending timers.</summary>
    public int Count => _count + _farCount;

    /// <summary>Whether <paramref name="timer"/> is pending.</summary>
    public bool IsScheduled(int timer) => !double.IsNaN(_due[timer]);

    /// <summary>The time <paramref name="timer"/> fires at; it must be pending.</summary>
    public double TimeOf(int timer)
    {
        Debug.Assert(IsScheduled(timer), "The timer is not scheduled.");
        return _due[timer];
    }

    /// <summary>The time of the next event; there must be one.</summary>
    public double NextTime
    {
        get
        {
            Debug.Assert(Count > 0, "The calendar is empty.");
            if (_count == 0)
            {
                Refill();
            }

            return _times[_count - 1];
        }
    }

    /// <summary>
    /// Schedules <paramref name="timer"/> to fire at <paramref name="time"/>: a pending timer is moved, and ranks after
    /// every timer already scheduled for the same time. Room must remain for a timer that is not pending.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Schedule(int timer, double time)
    {
        Debug.Assert(!double.IsNaN(time), "An event time must be a number.");
        if (IsScheduled(timer))
        {
            Remove(timer);
        }

        Debug.Assert(Count < Capacity, "The array is full.");
        if (time <= _nearTime)
        {
            if (_count < BucketAt)
            {
                Insert(timer, time);
            }
            else
            {
                InsertCrowded(timer, time);
            }
        }
        else
        {
            AppendFar(timer, time);
        }
    }

    /// <summary>Cancels <paramref name="timer"/>; returns whether it was pending.</summary>
    public bool Cancel(int timer)
    {
        if (!IsScheduled(timer))
        {
            return false;
        }

        Remove(timer);
        return true;
    }

    /// <summary>Removes the next event and returns its timer; there must be one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Pop(out double time)
    {
        Debug.Assert(Count > 0, "The calendar is empty.");
        if (_count == 0)
        {
            Refill();
        }

        int last = --_count;
        time = _times[last];
        int timer = _timers[last];
        _times[last] = double.NegativeInfinity;
        _due[timer] = double.NaN;
        return timer;
    }

    /// <summary>Pops the next event if it is due at or before <paramref name="horizon"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryPop(double horizon, out int timer, out double time)
    {
        if (_count == 0)
        {
            if (_farCount == 0)
            {
                timer = -1;
                time = 0;
                return false;
            }

            Refill();
        }

        if (!(_times[_count - 1] <= horizon))
        {
            timer = -1;
            time = 0;
            return false;
        }

        timer = Pop(out time);
        return true;
    }

    /// <summary>Removes every pending timer, writing them to <paramref name="timers"/> and their times to <paramref name="times"/> in the order they would fire; returns how many.</summary>
    public int Drain(Span<int> timers, Span<double> times)
    {
        int n = 0;
        while (Count > 0)
        {
            timers[n] = Pop(out times[n]);
            n++;
        }

        // No rung is left to carry over to timers scheduled later.
        NearOnly();
        return n;
    }

    /// <summary>Cancels every pending timer.</summary>
    public void Clear()
    {
        for (int i = 0; i < _count; i++)
        {
            _due[_timers[i]] = double.NaN;
            _times[i] = double.NegativeInfinity;
        }

        _count = 0;
        for (int list = 0; list <= Buckets; list++)
        {
            for (int timer = _next[Header(list)]; timer >= 0; timer = _next[timer])
            {
                _due[timer] = double.NaN;
            }
        }

        NearOnly();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Insert(int timer, double time)
    {
        int count = _count;
        ref double times = ref MemoryMarshal.GetArrayDataReference(_times);
        ref int timers = ref MemoryMarshal.GetArrayDataReference(_timers);

        // The place: how many pending timers are due later, counted over sixteen places while there are up to sixteen
        // entries (past the count, minus infinity is never later), eight at a time.
        Vector256<double> key = Vector256.Create(time);
        nuint place = 0;
        nuint counted = count <= 2 * Block ? 2 * Block : (nuint)count;
        for (nuint i = 0; i < counted; i += Block)
        {
            uint later = Vector256.GreaterThan(Vector256.LoadUnsafe(ref times, i), key).ExtractMostSignificantBits()
                | (Vector256.GreaterThan(Vector256.LoadUnsafe(ref times, i + 4), key).ExtractMostSignificantBits() << 4);
            place += (nuint)BitOperations.PopCount(later);
        }

        // Entries from the place up move up by one. Up to two blocks of entries, they move in one go of sixteen,
        // whatever their number (the moves past the count carry minus infinity), so that the move has no branch on
        // the place; more, a block of eight at a time from the top, each block read before the one below it is
        // written over it.
        if (count <= 2 * Block)
        {
            Vector256<double> first = Vector256.LoadUnsafe(ref times, place);
            Vector256<double> second = Vector256.LoadUnsafe(ref times, place + 4);
            Vector256<double> third = Vector256.LoadUnsafe(ref times, place + 8);
            Vector256<double> fourth = Vector256.LoadUnsafe(ref times, place + 12);
            Vector256<int> lowIds = Vector256.LoadUnsafe(ref timers, place);
            Vector256<int> highIds = Vector256.LoadUnsafe(ref timers, place + 8);
            first.StoreUnsafe(ref times, place + 1);
            second.StoreUnsafe(ref times, place + 5);
            third.StoreUnsafe(ref times, place + 9);
            fourth.StoreUnsafe(ref times, place + 13);
            lowIds.StoreUnsafe(ref timers, place + 1);
            highIds.StoreUnsafe(ref timers, place + 9);
        }
        else
        {
            for (nint from = (nint)place + ((count - (nint)place - 1) & -Block); from >= (nint)place; from -= Block)
            {
                Vector256<double> low = Vector256.LoadUnsafe(ref times, (nuint)from);
                Vector256<double> high = Vector256.LoadUnsafe(ref times, (nuint)from + 4);
                Vector256<int> ids = Vector256.LoadUnsafe(ref timers, (nuint)from);
                low.StoreUnsafe(ref times, (nuint)from + 1);
                high.StoreUnsafe(ref times, (nuint)from + 5);
                ids.StoreUnsafe(ref timers, (nuint)from + 1);
            }
        }

        Unsafe.Add(ref times, (nint)place) = time;
        Unsafe.Add(ref timers, (nint)place) = timer;
        _due[timer] = time;
        _count = count + 1;
    }

    /// <summary>Inserts a near timer when two dozen are near: first into buckets, when there are none yet.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void InsertCrowded(int timer, double time)
    {
        if (double.IsPositiveInfinity(_nearTime) && ToBuckets())
        {
            Schedule(timer, time);
            return;
        }

        Insert(timer, time);
    }

    /// <summary>Takes pending <paramref name="timer"/> out; near, the entries before it move down by one.</summary>
    private void Remove(int timer)
    {
        double time = _due[timer];
        if (time > _nearTime)
        {
            double place = (time - _base) * _inverseWidth;
            Unlink(place < Buckets ? (int)place : Buckets, timer);
            _due[timer] = double.NaN;
            return;
        }

        int count = _count;
        int index = Array.IndexOf(_timers, timer, 0, count);
        Debug.Assert(index >= 0, "A pending timer has an entry.");
        Array.Copy(_times, index + 1, _times, index, count - index - 1);
        Array.Copy(_timers, index + 1, _timers, index, count - index - 1);
        _times[count - 1] = double.NegativeInfinity;
        _due[timer] = double.NaN;
        _count = count - 1;
    }

    /// <summary>Appends far <paramref name="timer"/> to the bucket of its place, or to the top past the last.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AppendFar(int timer, double time)
    {
        double place = (time - _base) * _inverseWidth;
        int list = Buckets;
        if (place < Buckets)
        {
            list = (int)place;
            _filled |= 1UL << list;
        }

        _next[timer] = -1;
        _next[_tail[list]] = timer;
        _tail[list] = timer;
        _due[timer] = time;
        _farCount++;
    }

    /// <summary>Takes far <paramref name="timer"/> out of list <paramref name="list"/>.</summary>
    private void Unlink(int list, int timer)
    {
        int previous = Header(list);
        while (_next[previous] != timer)
        {
            Debug.Assert(_next[previous] >= 0, "A far timer is in the list of its place.");
            previous = _next[previous];
        }

        _next[previous] = _next[timer];
        if (_tail[list] == timer)
        {
            _tail[list] = previous;
        }

        if (list < Buckets && _next[Header(list)] < 0)
        {
            _filled &= ~(1UL << list);
        }

        _farCount--;
    }

    private int Header(int list) => _due.Length + list;

    /// <summary>
    /// Starts buckets from the near timers, keeping near those of the first bucket; returns false, with nothing
    /// changed, when they give no width (see <see cref="SetRung"/>).
    /// </summary>
    private bool ToBuckets()
    {
        int count = _count;
        if (!SetRung(_times.AsSpan(0, count), learnedFrom: 0))
        {
            return false;
        }

        // The latest go to buckets, latest first, so that those due at the same time keep their scheduling order.
        int spilled = 0;
        while ((_times[spilled] - _base) * _inverseWidth >= 1)
        {
            spilled++;
        }

        for (int i = spilled - 1; i >= 0; i--)
        {
            AppendFar(_timers[i], _times[i]);
        }

        Array.Copy(_times, spilled, _times, 0, count - spilled);
        Array.Copy(_timers, spilled, _timers, 0, count - spilled);
        _times.AsSpan(count - spilled, spilled).Fill(double.NegativeInfinity);
        _count = count - spilled;
        _nearTime = _times[0];
        return true;
    }

    /// <summary>
    /// Sets a rung of buckets from the earliest of the pending <paramref name="times"/>, and from how full the buckets
    /// of the rung before were when it had <paramref name="learnedFrom"/> as inverse width (0 when there was none);
    /// returns false, with nothing changed, when they give no usable width: too few due at all, or all at the same time.
    /// </summary>
    private bool SetRung(ReadOnlySpan<double> times, double learnedFrom)
    {
        double earliest = double.PositiveInfinity;
        double sum = 0;
        int count = 0;
        foreach (double time in times)
        {
            if (double.IsFinite(time))
            {
                earliest = Math.Min(earliest, time);
                sum += time;
                count++;
            }
        }

        // Timers thin out after the earliest (memoryless processing times leave them spread exponentially), so the
        // mean gap just after the earliest is about their mean distance from it over their number.
        double inverseWidth = count * count / ((sum - (count * earliest)) * BucketTarget);
        if (count <= Block || !(inverseWidth > 0) || !double.IsFinite(inverseWidth))
        {
            return false;
        }

        if (learnedFrom > 0 && _bucketsTaken > 0)
        {
            // That estimate errs wide when some timers are due much later than most (a failure hours away among
            // processing times of a minute): then the buckets the last rung brought near held more than meant, and
            // its width scaled to that narrows the next rung's, down to a 64th of the estimate.
            double learned = learnedFrom * _timersTaken / ((double)BucketTarget * _bucketsTaken);
            inverseWidth = Math.Clamp(learned, inverseWidth, inverseWidth * Buckets);
        }

        _base = earliest;
        _inverseWidth = inverseWidth;
        _bucketsTaken = 0;
        _timersTaken = 0;
        return true;
    }

    /// <summary>
    /// Brings the timers of the first bucket that holds any near, or starts a new rung from the top when none does;
    /// the near timers must have run out and far ones remain.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Refill()
    {
        Debug.Assert(_count == 0 && _farCount > 0, "Refilled with near timers left or no far ones.");
        if (_filled == 0 && !FromTop())
        {
            return;
        }

        int bucket = BitOperations.TrailingZeroCount(_filled);
        _filled &= _filled - 1;
        int header = Header(bucket);
        int timer = _next[header];
        _next[header] = -1;
        _tail[bucket] = header;

        // Up to sixteen, each goes straight to its place; more, the rest one at a time.
        int n = 0;
        double latest = double.NegativeInfinity;
        for (; timer >= 0 && n < 2 * Block; timer = _next[timer])
        {
            double time = _due[timer];
            _rankTimes[n] = time;
            _rankTimers[n] = timer;
            latest = Math.Max(latest, time);
            n++;
        }

        Rank(n);
        _farCount -= n;
        for (; timer >= 0; timer = _next[timer])
        {
            latest = Math.Max(latest, _due[timer]);
            Insert(timer, _due[timer]);
            _farCount--;
        }

        // Timers due after the latest of them, even in this bucket, stay far, so the near ones fire first.
        _nearTime = latest;
        _bucketsTaken++;
        _timersTaken += _count;
    }

    /// <summary>
    /// Makes the near timers the first <paramref name="n"/> of the rank room, in the order they were scheduled: each
    /// goes to its place, the number of them due later, or at the same time and scheduled later.
    /// </summary>
    private void Rank(int n)
    {
        ref double times = ref MemoryMarshal.GetArrayDataReference(_rankTimes);
        Vector256<double> a = Vector256.LoadUnsafe(ref times, 0);
        Vector256<double> b = Vector256.LoadUnsafe(ref times, 4);
        Vector256<double> c = Vector256.LoadUnsafe(ref times, 8);
        Vector256<double> d = Vector256.LoadUnsafe(ref times, 12);
        uint present = (1u << n) - 1;
        for (int j = 0; j < n; j++)
        {
            double time = _rankTimes[j];
            Vector256<double> key = Vector256.Create(time);
            uint later = Vector256.GreaterThan(a, key).ExtractMostSignificantBits()
                | (Vector256.GreaterThan(b, key).ExtractMostSignificantBits() << 4)
                | (Vector256.GreaterThan(c, key).ExtractMostSignificantBits() << 8)
                | (Vector256.GreaterThan(d, key).ExtractMostSignificantBits() << 12);
            uint same = Vector256.Equals(a, key).ExtractMostSignificantBits()
                | (Vector256.Equals(b, key).ExtractMostSignificantBits() << 4)
                | (Vector256.Equals(c, key).ExtractMostSignificantBits() << 8)
                | (Vector256.Equals(d, key).ExtractMostSignificantBits() << 12);
            int place = BitOperations.PopCount((later | (same & ~((2u << j) - 1))) & present);
            _times[place] = time;
            _timers[place] = _rankTimers[j];
        }

        _count = n;
    }

    /// <summary>
    /// Starts a new rung from the timers on top, all far ones; returns true. When fewer than sixteen remain, or they
    /// give no width, takes them all near instead and returns false.
    /// </summary>
    private bool FromTop()
    {
        int timer = _next[Header(Buckets)];
        int count = 0;
        for (int entry = timer; entry >= 0; entry = _next[entry])
        {
            _rungTimes[count++] = _due[entry];
        }

        double learnedFrom = _inverseWidth;
        NearOnly();
        bool rung = count >= NearOnlyBelow && SetRung(_rungTimes.AsSpan(0, count), learnedFrom);

        // In top order, which keeps timers due at the same time in scheduling order.
        while (timer >= 0)
        {
            int next = _next[timer];
            if (rung)
            {
                AppendFar(timer, _due[timer]);
            }
            else
            {
                Insert(timer, _due[timer]);
            }

            timer = next;
        }

        return rung;
    }

    /// <summary>Drops the buckets: every timer is near from now on.</summary>
    private void NearOnly()
    {
        _base = 0;
        _inverseWidth = 0;
        _nearTime = double.PositiveInfinity;
        for (int list = 0; list <= Buckets; list++)
        {
            _next[Header(list)] = -1;
            _tail[list] = Header(list);
        }

        _filled = 0;
        _farCount = 0;
    }
}
