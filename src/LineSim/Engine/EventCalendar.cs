using System.Runtime.CompilerServices;

namespace LineSim.Engine;

/// <summary>
/// The future event list: timers ordered by (time, sequence), where the sequence is the order in which timers were
/// scheduled, so that simultaneous events fire first-in first-out.
/// </summary>
/// <remarks>
/// <para>
/// A model owns a fixed set of timers, numbered from 0, each pending at most once (a station's completion, its
/// repair, the next arrival). Scheduling, rescheduling, cancelling and popping allocate nothing.
/// </para>
/// <para>
/// The timers are kept in one of two structures, whichever is quicker for how many are pending: a binary heap
/// (<see cref="TimerHeap"/>) while few are, since a shallow heap beats everything; a calendar queue
/// (<see cref="CalendarQueue"/>) once many are, since its cost does not grow with their number where the heap's
/// grows with its depth. On this project's machine the two cost the same at about 32 pending timers (a hold model:
/// pop and reschedule, 23 ns against 31 ns at 11 timers, 32 against 33 at 32, 44 against 35 at 101): the calendar
/// switches to the queue above <see cref="QueueAbove"/> pending timers and back to the heap below
/// <see cref="HeapBelow"/>, far enough apart that a model near the crossing does not switch back and forth. Both fire
/// timers in exactly the same order, so the switch never shows in results.
/// </para>
/// </remarks>
internal sealed class EventCalendar
{
    private const int QueueAbove = 32;
    private const int HeapBelow = 16;

    private readonly TimerHeap _heap;
    private readonly CalendarQueue _queue;
    private bool _queued;

    // Room for moving the pending timers from one structure to the other, made up front.
    private readonly int[] _movingTimers;
    private readonly double[] _movingTimes;

    public EventCalendar(int timerCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(timerCount);
        _heap = new TimerHeap(timerCount);
        _queue = new CalendarQueue(timerCount);
        _movingTimers = new int[timerCount];
        _movingTimes = new double[timerCount];
    }

    /// <summary>The number of pending timers.</summary>
    public int Count => _queued ? _queue.Count : _heap.Count;

    /// <summary>The number of timers the calendar was made for.</summary>
    public int TimerCount => _movingTimers.Length;

    /// <summary>Whether <paramref name="timer"/> is pending.</summary>
    public bool IsScheduled(int timer) => _queued ? _queue.IsScheduled(timer) : _heap.IsScheduled(timer);

    /// <summary>The time <paramref name="timer"/> fires at; it must be pending.</summary>
    public double TimeOf(int timer) => _queued ? _queue.TimeOf(timer) : _heap.TimeOf(timer);

    /// <summary>The time of the next event; the calendar must not be empty.</summary>
    public double NextTime => _queued ? _queue.NextTime : _heap.NextTime;

    /// <summary>
    /// Schedules <paramref name="timer"/> to fire at <paramref name="time"/>. A pending timer is moved, and ranks after
    /// every timer already scheduled for the same time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Schedule(int timer, double time)
    {
        if (_queued)
        {
            _queue.Schedule(timer, time);
            return;
        }

        _heap.Schedule(timer, time);
        if (_heap.Count > QueueAbove)
        {
            ToQueue();
        }
    }

    /// <summary>Cancels <paramref name="timer"/>; returns whether it was pending.</summary>
    public bool Cancel(int timer) => _queued ? _queue.Cancel(timer) : _heap.Cancel(timer);

    /// <summary>Removes the next event and returns its timer; the calendar must not be empty.</summary>
    public int Pop(out double time)
    {
        if (!_queued)
        {
            return _heap.Pop(out time);
        }

        int timer = _queue.Pop(out time);
        if (_queue.Count < HeapBelow)
        {
            ToHeap();
        }

        return timer;
    }

    /// <summary>Pops the next event if it is due at or before <paramref name="horizon"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryPop(double horizon, out int timer, out double time)
    {
        if (!_queued)
        {
            return _heap.TryPop(horizon, out timer, out time);
        }

        bool popped = _queue.TryPop(horizon, out timer, out time);
        if (_queue.Count < HeapBelow)
        {
            ToHeap();
        }

        return popped;
    }

    /// <summary>Cancels every pending timer and restarts the sequence.</summary>
    public void Clear()
    {
        _heap.Clear();
        _queue.Clear();
        _queued = false;
    }

    private void ToQueue()
    {
        int n = _heap.Drain(_movingTimers, _movingTimes);
        for (int i = 0; i < n; i++)
        {
            _queue.Schedule(_movingTimers[i], _movingTimes[i]);
        }

        _queue.Retune();
        _queued = true;
    }

    private void ToHeap()
    {
        int n = _queue.Drain(_movingTimers, _movingTimes);
        for (int i = 0; i < n; i++)
        {
            _heap.Schedule(_movingTimers[i], _movingTimes[i]);
        }

        _queued = false;
    }
}
