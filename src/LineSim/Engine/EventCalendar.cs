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
/// The timers are kept in one of two structures, whichever is quicker for how many are pending: an array sorted by
/// firing order (<see cref="SortedTimers"/>) while up to <see cref="QueueAbove"/> are, since counting and moving
/// entries with vector instructions, without a branch on where a timer falls, beats the coin-toss branches of a binary
/// heap from a handful of pending timers up (measured in docs/performance.md); a calendar queue
/// (<see cref="CalendarQueue"/>) once more are, since its cost does not grow with their number where the array's
/// grows linearly. The calendar switches back to the array below <see cref="ArrayBelow"/> pending timers, far enough
/// from the switch to the queue that a model near it does not switch back and forth. Both fire timers in exactly the
/// same order, so the switch never shows in results.
/// </para>
/// </remarks>
internal sealed class EventCalendar
{
    private const int QueueAbove = SortedTimers.Capacity;
    private const int ArrayBelow = SortedTimers.Capacity / 2;

    private readonly SortedTimers _array;
    private readonly CalendarQueue _queue;
    private bool _queued;

    // Room for moving the pending timers from one structure to the other, made up front.
    private readonly int[] _movingTimers;
    private readonly double[] _movingTimes;

    public EventCalendar(int timerCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(timerCount);
        _array = new SortedTimers(timerCount);
        _queue = new CalendarQueue(timerCount);
        _movingTimers = new int[timerCount];
        _movingTimes = new double[timerCount];
    }

    /// <summary>The number of pending timers.</summary>
    public int Count => _queued ? _queue.Count : _array.Count;

    /// <summary>The number of timers the calendar was made for.</summary>
    public int TimerCount => _movingTimers.Length;

    /// <summary>Whether <paramref name="timer"/> is pending.</summary>
    public bool IsScheduled(int timer) => _queued ? _queue.IsScheduled(timer) : _array.IsScheduled(timer);

    /// <summary>The time <paramref name="timer"/> fires at; it must be pending.</summary>
    public double TimeOf(int timer) => _queued ? _queue.TimeOf(timer) : _array.TimeOf(timer);

    /// <summary>The time of the next event; the calendar must not be empty.</summary>
    public double NextTime => _queued ? _queue.NextTime : _array.NextTime;

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

        if (_array.Count == QueueAbove && !_array.IsScheduled(timer))
        {
            ToQueue();
            _queue.Schedule(timer, time);
            return;
        }

        _array.Schedule(timer, time);
    }

    /// <summary>Cancels <paramref name="timer"/>; returns whether it was pending.</summary>
    public bool Cancel(int timer) => _queued ? _queue.Cancel(timer) : _array.Cancel(timer);

    /// <summary>Removes the next event and returns its timer; the calendar must not be empty.</summary>
    public int Pop(out double time)
    {
        if (!_queued)
        {
            return _array.Pop(out time);
        }

        int timer = _queue.Pop(out time);
        if (_queue.Count < ArrayBelow)
        {
            ToArray();
        }

        return timer;
    }

    /// <summary>Pops the next event if it is due at or before <paramref name="horizon"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryPop(double horizon, out int timer, out double time)
    {
        if (!_queued)
        {
            return _array.TryPop(horizon, out timer, out time);
        }

        bool popped = _queue.TryPop(horizon, out timer, out time);
        if (_queue.Count < ArrayBelow)
        {
            ToArray();
        }

        return popped;
    }

    /// <summary>Cancels every pending timer and restarts the sequence.</summary>
    public void Clear()
    {
        _array.Clear();
        _queue.Clear();
        _queued = false;
    }

    private void ToQueue()
    {
        int n = _array.Drain(_movingTimers, _movingTimes);
        for (int i = 0; i < n; i++)
        {
            _queue.Schedule(_movingTimers[i], _movingTimes[i]);
        }

        _queue.Retune();
        _queued = true;
    }

    private void ToArray()
    {
        int n = _queue.Drain(_movingTimers, _movingTimes);
        for (int i = 0; i < n; i++)
        {
            _array.Schedule(_movingTimers[i], _movingTimes[i]);
        }

        _queued = false;
    }
}
