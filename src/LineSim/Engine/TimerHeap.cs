using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace LineSim.Engine;

/// <summary>
/// The <see cref="EventCalendar"/> of a model with few pending timers: a binary min-heap of timers ordered by (time,
/// sequence), where the sequence is the order in which timers were scheduled.
/// </summary>
/// <remarks>
/// A model owns a fixed set of timers, numbered from 0, each pending at most once (a station's completion, its
/// repair, the next arrival). Scheduling, rescheduling and cancelling a timer are O(log n) and allocate nothing,
/// because each timer knows its place in the heap.
/// <para>
/// A fired timer stays at the root until the handler is done: most handlers reschedule the timer that just fired
/// (a station that finishes a part starts the next), and replacing the root costs one sift-down where removing it
/// and inserting it again costs two heap walks.
/// </para>
/// </remarks>
internal sealed class TimerHeap
{
    private readonly Entry[] _heap;
    private readonly int[] _position;
    private int _count;
    private long _sequence;

    // The timer that fired last while its entry still sits at the root; -1 when none does.
    private int _fired = -1;

    public TimerHeap(int timerCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(timerCount);
        _heap = new Entry[timerCount];
        _position = new int[timerCount];
        _position.AsSpan().Fill(-1);
    }

    /// <summary>The number of pending timers.</summary>
    public int Count => _fired < 0 ? _count : _count - 1;

    /// <summary>The number of timers the calendar was made for.</summary>
    public int TimerCount => _position.Length;

    /// <summary>Whether <paramref name="timer"/> is pending.</summary>
    public bool IsScheduled(int timer) => _position[timer] >= 0;

    /// <summary>The time <paramref name="timer"/> fires at; it must be pending.</summary>
    public double TimeOf(int timer)
    {
        Debug.Assert(_position[timer] >= 0, "The timer is not scheduled.");
        return _heap[_position[timer]].Time;
    }

    /// <summary>The time of the next event; the calendar must not be empty.</summary>
    public double NextTime
    {
        get
        {
            Settle();
            Debug.Assert(_count > 0, "The calendar is empty.");
            return _heap[0].Time;
        }
    }

    /// <summary>
    /// Schedules <paramref name="timer"/> to fire at <paramref name="time"/>. A pending timer is moved, and ranks after
    /// every timer already scheduled for the same time.
    /// </summary>
    public void Schedule(int timer, double time)
    {
        Debug.Assert(!double.IsNaN(time), "An event time must be a number.");
        var entry = new Entry(time, _sequence++, timer);
        if (timer == _fired)
        {
            // Every other entry ranks after the fired one, so the new entry can only move down from the root.
            _fired = -1;
            SiftDown(0, entry);
            return;
        }

        if (_fired >= 0 && time < _heap[0].Time)
        {
            // Earlier than the event that just fired (only a caller that turns the clock back does this): the
            // fired entry must leave the root first.
            Settle();
        }

        int index = _position[timer];
        if (index < 0)
        {
            SiftUp(_count++, entry);
        }
        else if (entry.CompareTo(_heap[index]) < 0)
        {
            SiftUp(index, entry);
        }
        else
        {
            SiftDown(index, entry);
        }
    }

    /// <summary>Cancels <paramref name="timer"/>; returns whether it was pending.</summary>
    public bool Cancel(int timer)
    {
        int index = _position[timer];
        if (index < 0)
        {
            return false;
        }

        _position[timer] = -1;
        Entry last = _heap[--_count];
        if (index < _count)
        {
            if (last.CompareTo(_heap[index]) < 0)
            {
                SiftUp(index, last);
            }
            else
            {
                SiftDown(index, last);
            }
        }

        return true;
    }

    /// <summary>Removes the next event and returns its timer; the calendar must not be empty.</summary>
    public int Pop(out double time)
    {
        Settle();
        Debug.Assert(_count > 0, "The calendar is empty.");
        Entry top = _heap[0];
        time = top.Time;
        _position[top.Timer] = -1;
        _fired = top.Timer;
        return top.Timer;
    }

    /// <summary>Pops the next event if it is due at or before <paramref name="horizon"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryPop(double horizon, out int timer, out double time)
    {
        Settle();
        if (_count == 0 || _heap[0].Time > horizon)
        {
            timer = -1;
            time = 0;
            return false;
        }

        Entry top = _heap[0];
        time = top.Time;
        timer = top.Timer;
        _position[timer] = -1;
        _fired = timer;
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

        Settle();
        return n;
    }

    /// <summary>Cancels every pending timer and restarts the sequence.</summary>
    public void Clear()
    {
        for (int i = 0; i < _count; i++)
        {
            _position[_heap[i].Timer] = -1;
        }

        _count = 0;
        _sequence = 0;
        _fired = -1;
    }

    /// <summary>Removes the entry of the last fired timer from the root, unless the timer was rescheduled.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Settle()
    {
        if (_fired >= 0)
        {
            _fired = -1;
            Entry last = _heap[--_count];
            if (_count > 0)
            {
                SiftDown(0, last);
            }
        }
    }

    private void SiftUp(int index, Entry entry)
    {
        Entry[] heap = _heap;
        int[] position = _position;
        while (index > 0)
        {
            int parent = (index - 1) >> 1;
            Entry above = heap[parent];
            if (entry.CompareTo(above) >= 0)
            {
                break;
            }

            heap[index] = above;
            position[above.Timer] = index;
            index = parent;
        }

        heap[index] = entry;
        position[entry.Timer] = index;
    }

    private void SiftDown(int index, Entry entry)
    {
        Entry[] heap = _heap;
        int[] position = _position;
        int count = _count;
        while (true)
        {
            int child = (index << 1) + 1;
            if (child >= count)
            {
                break;
            }

            int right = child + 1;
            if (right < count && heap[right].CompareTo(heap[child]) < 0)
            {
                child = right;
            }

            Entry below = heap[child];
            if (entry.CompareTo(below) <= 0)
            {
                break;
            }

            heap[index] = below;
            position[below.Timer] = index;
            index = child;
        }

        heap[index] = entry;
        position[entry.Timer] = index;
    }

    private readonly record struct Entry(double Time, long Sequence, int Timer)
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int CompareTo(Entry other)
        {
            if (Time < other.Time)
            {
                return -1;
            }

            if (Time > other.Time)
            {
                return 1;
            }

            return Sequence.CompareTo(other.Sequence);
        }
    }
}
