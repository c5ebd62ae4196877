using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace LineSim.Engine;

/// <summary>
/// The <see cref="EventCalendar"/> of a model with up to <see cref="Capacity"/> pending timers: the pending timers in
/// one array, sorted latest first, so that the next event is the last entry and a pop takes it off the end.
/// </summary>
/// <remarks>
/// <para>
/// Order is (time, sequence) as everywhere in the calendar, but the sequence needs no storing: a timer scheduled for
/// time t ranks after every pending timer due at t or earlier, so its place is the number of pending timers due later
/// than t, and an insertion there keeps the timers due at the same time in scheduling order.
/// </para>
/// <para>
/// That place is counted with vector compares, and the entries from it on move up by one with vector loads and
/// stores. Neither step has a branch that depends on the times: in a stochastic model, where a new event falls among
/// the pending ones is a coin toss at every level of a binary heap, which a processor mispredicts half the time. Up
/// to sixteen entries, the count always covers sixteen places and the move always shifts sixteen, so that not even
/// the number of steps depends on the place; beyond, both go eight entries at a time. The cost grows with the number
/// of pending timers where a calendar queue's does not; on the reference lines the array is the quicker of the two
/// up to a hundred stations, and quicker than a binary heap from four stations up (with two or three timers pending
/// the heap's single step wins; see docs/performance.md).
/// </para>
/// <para>
/// Places past the last entry hold minus infinity, which no time is later than, so the count may run past it. The
/// vectors are 256 bits wide, which x86-64 processors with AVX2 run in hardware; elsewhere .NET runs them in software,
/// with the same results, more slowly (not measured).
/// </para>
/// </remarks>
internal sealed class SortedTimers
{
    /// <summary>The most timers the array holds.</summary>
    public const int Capacity = 128;

    private const int Block = 8;

    // Entries 0 .. _count - 1, latest first; room past the capacity for the moves.
    private readonly double[] _times = new double[Capacity + (2 * Block)];
    private readonly int[] _timers = new int[Capacity + (2 * Block)];

    // The time each timer is due, NaN when it is not pending.
    private readonly double[] _due;
    private int _count;

    public SortedTimers(int timerCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(timerCount);
        _due = new double[timerCount];
        _due.AsSpan().Fill(double.NaN);
        _times.AsSpan().Fill(double.NegativeInfinity);
    }

    /// <summary>The number of pending timers.</summary>
    public int Count => _count;

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
            Debug.Assert(_count > 0, "The calendar is empty.");
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

        Debug.Assert(_count < Capacity, "The array is full.");
        Insert(timer, time);
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
        Debug.Assert(_count > 0, "The calendar is empty.");
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
        if (_count == 0 || _times[_count - 1] > horizon)
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
        int n = _count;
        for (int i = 0; i < n; i++)
        {
            timers[i] = _timers[n - 1 - i];
            times[i] = _times[n - 1 - i];
        }

        Clear();
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

    /// <summary>Takes pending <paramref name="timer"/> out; the entries before it move down by one.</summary>
    private void Remove(int timer)
    {
        int count = _count;
        int index = Array.IndexOf(_timers, timer, 0, count);
        Debug.Assert(index >= 0, "A pending timer has an entry.");
        Array.Copy(_times, index + 1, _times, index, count - index - 1);
        Array.Copy(_timers, index + 1, _timers, index, count - index - 1);
        _times[count - 1] = double.NegativeInfinity;
        _due[timer] = double.NaN;
        _count = count - 1;
    }
}
