using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace LineSim.Engine;

/// <summary>
/// The future event list: a binary min-heap of timers ordered by (time, sequence), where the sequence is the order
/// in which timers were scheduled, so that simultaneous events fire first-in first-out.
/// </summary>
/// <remarks>
/// A model owns a fixed set of timers, numbered from 0, each pending at most once (a station's completion, its
/// repair, the next arrival). Scheduling, rescheduling and cancelling a timer are O(log n) and allocate nothing,
/// because each timer knows its place in the heap.
/// </remarks>
internal sealed class EventCalendar
{
    private readonly Entry[] _heap;
    private readonly int[] _position;
    private int _count;
    private long _sequence;

    public EventCalendar(int timerCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(timerCount);
        _heap = new Entry[timerCount];
        _position = new int[timerCount];
        _position.AsSpan().Fill(-1);
    }

    /// <summary>The number of pending timers.</summary>
    public int Count => _count;

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
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _heap[0].Time;
    }

    /// <summary>
    /// Schedules <paramref name="timer"/> to fire at <paramref name="time"/>. A pending timer is moved, and ranks after
    /// every timer already scheduled for the same time.
    /// </summary>
    public void Schedule(int timer, double time)
    {
        Debug.Assert(!double.IsNaN(time), "An event time must be a number.");
        var entry = new Entry(time, _sequence++, timer);
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Pop(out double time)
    {
        Debug.Assert(_count > 0, "The calendar is empty.");
        Entry top = _heap[0];
        time = top.Time;
        _position[top.Timer] = -1;
        Entry last = _heap[--_count];
        if (_count > 0)
        {
            SiftDown(0, last);
        }

        return top.Timer;
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
