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
/// The timers are kept in one of two structures, whichever is quicker for how many are pending: a ladder of a short
/// sorted array and buckets (<see cref="LadderTimers"/>) while up to <see cref="QueueAbove"/> are, since its vector
/// insertions without a branch on where a timer falls beat the coin-toss branches of a binary heap and of a calendar
/// queue's lists (measured in docs/performance.md); a calendar queue (<see cref="CalendarQueue"/>) once more are,
/// since it grows its buckets with their number where the ladder's one rung of 64 buckets leaves ever more of them
/// on its top list. The calendar switches back to the ladder below <see cref="LadderBelow"/> pending timers, far
/// enough from the switch to the queue that a model near it does not switch back and forth. Both fire timers in
/// exactly the same order, so the switch never shows in results.
/// </para>
/// </remarks>
internal sealed class EventCalendar
{
    private const int QueueAbove = LadderTimers.Capacity;
    private const int LadderBelow = LadderTimers.Capacity / 2;

    private readonly LadderTimers _ladder;
    private readonly CalendarQueue _queue;
    private bool _queued;

    // Room for moving the pending timers from one structure to the other, made up front.
    private readonly int[] _movingTimers;
    private readonly double[] _movingTimes;

    public EventCalendar(int timerCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(timerCount);
        _ladder = new LadderTimers(timerCount);
        _queue = new CalendarQueue(timerCount);
        _movingTimers = new int[timerCount];
        _movingTimes = new double[timerCount];
    }

    /// <summary>The number of pending timers.</summary>
    public int Count => _queued ? _queue.Count : _ladder.Count;

    /// <summary>The number of timers the calendar was made for.</summary>
    public int TimerCount => _movingTimers.Length;

    /// <summary>Whether <paramref name="timer"/> is pending.</summary>
    public bool IsScheduled(int timer) => _queued ? _queue.IsScheduled(timer) : _ladder.IsScheduled(timer);

    /// <summary>The time <paramref name="timer"/> fires at; it must be pending.</summary>
    public double TimeOf(int timer) => _queued ? _queue.TimeOf(timer) : _ladder.TimeOf(timer);

    /// <summary>The time of the next event; the calendar must not be empty.</summary>
    public double NextTime => _queued ? _queue.NextTime : _ladder.NextTime;

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

        if (_ladder.Count == QueueAbove && !_ladder.IsScheduled(timer))
        {
            ToQueue();
            _queue.Schedule(timer, time);
            return;
        }

        _ladder.Schedule(timer, time);
    }

    /// <summary>Cancels <paramref name="timer"/>; returns whether it was pending.</summary>
    public bool Cancel(int timer) => _queued ? _queue.Cancel(timer) : _ladder.Cancel(timer);

    /// <summary>Removes the next event and returns its timer; the calendar must not be empty.</summary>
    public int Pop(out double time)
    {
        if (!_queued)
        {
            return _ladder.Pop(out time);
        }

        int timer = _queue.Pop(out time);
        if (_queue.Count < LadderBelow)
        {
            ToLadder();
        }

        return timer;
    }

    /// <summary>Pops the next event if it is due at or before <paramref name="horizon"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryPop(double horizon, out int timer, out double time)
    {
        if (!_queued)
        {
            return _ladder.TryPop(horizon, out timer, out time);
        }

        bool popped = _queue.TryPop(horizon, out timer, out time);
        if (_queue.Count < LadderBelow)
        {
            ToLadder();
        }

        return popped;
    }

    /// <summary>Cancels every pending timer and restarts the sequence.</summary>
    public void Clear()
    {
        _ladder.Clear();
        _queue.Clear();
        _queued = false;
    }

    private void ToQueue()
    {
        int n = _ladder.Drain(_movingTimers, _movingTimes);
        for (int i = 0; i < n; i++)
        {
            _queue.Schedule(_movingTimers[i], _movingTimes[i]);
        }

        _queue.Retune();
        _queued = true;
    }

    private void ToLadder()
    {
        int n = _queue.Drain(_movingTimers, _movingTimes);
        for (int i = 0; i < n; i++)
        {
            _ladder.Schedule(_movingTimers[i], _movingTimes[i]);
        }

        _queued = false;
    }
}
