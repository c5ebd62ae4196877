namespace LineSim.Engine;

/// <summary>
/// The discrete-event loop: a clock in seconds and an <see cref="EventCalendar"/>, dispatching each event to a
/// handler in (time, scheduling order).
/// </summary>
/// <typeparam name="THandler">The model's event handler; a struct, so that dispatch is a direct call.</typeparam>
internal sealed class Simulator<THandler>(EventCalendar calendar, THandler handler)
    where THandler : struct, IEventHandler
{
    private THandler _handler = handler;
    private bool _stopRequested;

    /// <summary>The current time, in seconds.</summary>
    public double Now { get; private set; }

    /// <summary>The events processed since the simulator was made.</summary>
    public long EventsProcessed { get; private set; }

    /// <summary>The future event list.</summary>
    public EventCalendar Calendar { get; } = calendar;

    /// <summary>Schedules <paramref name="timer"/> after <paramref name="delay"/> seconds from now.</summary>
    public void ScheduleIn(int timer, double delay) => Calendar.Schedule(timer, Now + delay);

    /// <summary>Makes <see cref="RunUntil(double)"/> return once the events due at the current instant have run.</summary>
    public void Stop() => _stopRequested = true;

    /// <summary>
    /// Processes every event due at or before <paramref name="horizon"/>, then sets the clock to the horizon.
    /// When the handler calls <see cref="Stop"/>, the run ends early instead, with the clock at that event's time,
    /// once every other event due at the same instant has run.
    /// </summary>
    /// <returns>Whether the run reached the horizon (rather than being stopped).</returns>
    public bool RunUntil(double horizon)
    {
        EventCalendar calendar = Calendar;
        bool stopped = false;
        _stopRequested = false;
        while (calendar.TryPop(horizon, out int timer, out double time))
        {
            Now = time;
            EventsProcessed++;
            _handler.Handle(timer);
            if (_stopRequested)
            {
                _stopRequested = false;
                stopped = true;
                horizon = time;
            }
        }

        return Finish(horizon, stopped);
    }

    /// <summary>
    /// As <see cref="RunUntil(double)"/>, telling <paramref name="progress"/> the clock every
    /// <see cref="ProgressEvents"/> events, for a progress bar that moves within a long run. A loop of its own, so that
    /// runs without one pay nothing for it.
    /// </summary>
    public bool RunUntil(double horizon, Action<double> progress)
    {
        EventCalendar calendar = Calendar;
        bool stopped = false;
        _stopRequested = false;
        int countdown = ProgressEvents;
        while (calendar.TryPop(horizon, out int timer, out double time))
        {
            Now = time;
            EventsProcessed++;
            _handler.Handle(timer);
            if (_stopRequested)
            {
                _stopRequested = false;
                stopped = true;
                horizon = time;
            }

            if (--countdown == 0)
            {
                countdown = ProgressEvents;
                progress(time);
            }
        }

        return Finish(horizon, stopped);
    }

    /// <summary>How many events pass between two calls of a run's progress: a few milliseconds of work.</summary>
    public const int ProgressEvents = 1 << 16;

    private bool Finish(double horizon, bool stopped)
    {
        if (stopped)
        {
            return false;
        }

        Now = Math.Max(Now, horizon);
        return true;
    }
}
