using LineSim.Model;

namespace LineSim.Execution.Compiled;

/// <summary>
/// Maps between calendar time and working time for a <see cref="ShiftCalendar"/>. Outside working time nothing moves,
/// so the engine runs on working time, and reports convert back: working time w happens at calendar time
/// <see cref="ToCalendar"/>(w), and calendar time c has seen <see cref="ToWorking"/>(c) seconds of work.
/// </summary>
/// <remarks>
/// A week's working intervals are the shifts less their breaks, cut at the week's end (a Sunday night shift goes on
/// into the next Monday), less holidays. Weeks are laid out as they are needed, up to <see cref="LaidOutWeeks"/> (about
/// 1,256 years, past the last holiday <see cref="PlanningRules"/> allows); every week after them is the plain pattern,
/// whose working time is counted from the last laid out, so that the memory of a run does not grow with its horizon.
/// </remarks>
internal sealed class WorkCalendar
{
    /// <summary>The weeks laid out one by one; every later one is the plain pattern, without holidays.</summary>
    public const int LaidOutWeeks = ModelLimits.HolidayDays / 7;

    private const double Day = 86_400;
    private const double Week = 7 * Day;

    private readonly (double Start, double End)[] _pattern;
    private readonly HashSet<int> _holidays;
    private readonly List<(double Start, double End)[]> _weeks = [];

    // Working time at the start of each week laid out so far, and at the end of the last.
    private readonly List<double> _weekStart = [0];

    public WorkCalendar(ShiftCalendar calendar)
    {
        var intervals = new List<(double Start, double End)>();
        foreach (Shift shift in calendar.Shifts)
        {
            foreach (DayOfWeek day in shift.Days)
            {
                double start = (PlanningRules.DayIndex(day) * Day) + shift.Start;
                double from = start;
                foreach (ShiftBreak pause in shift.Breaks.IsDefault ? [] : shift.Breaks)
                {
                    AddWrapped(intervals, from, start + pause.Start);
                    from = start + pause.Start + pause.Length;
                }

                AddWrapped(intervals, from, start + shift.Length);
            }
        }

        intervals.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<(double Start, double End)>();
        foreach ((double start, double end) in intervals)
        {
            if (merged.Count > 0 && start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, end));
            }
            else
            {
                merged.Add((start, end));
            }
        }

        _pattern = [.. merged];
        _holidays = [.. calendar.Holidays.IsDefault ? [] : calendar.Holidays];
        WeeklyWorkingTime = _pattern.Sum(i => i.End - i.Start);
        if (WeeklyWorkingTime <= 0)
        {
            throw new ArgumentException("The calendar has no working time.", nameof(calendar));
        }
    }

    /// <summary>Working seconds in a week without holidays.</summary>
    public double WeeklyWorkingTime { get; }

    /// <summary>The calendar time at which <paramref name="working"/> seconds of work have passed: within a working interval, or at the end of one.</summary>
    public double ToCalendar(double working)
    {
        if (double.IsPositiveInfinity(working) || working < 0)
        {
            return working; // Before the run (a window that opens before time 0) there is nothing to map.
        }

        long week = WeekOfWorking(working);
        double left = working - WeekStart(week);
        (double Start, double End)[] intervals = Intervals(week);
        foreach ((double start, double end) in intervals)
        {
            if (left <= end - start)
            {
                return (week * Week) + start + left;
            }

            left -= end - start;
        }

        // Only when rounding leaves a trace beyond the week's last interval.
        return (week * Week) + intervals[^1].End;
    }

    /// <summary>The working seconds that have passed by calendar time <paramref name="calendar"/>.</summary>
    public double ToWorking(double calendar)
    {
        if (double.IsPositiveInfinity(calendar) || calendar < 0)
        {
            return calendar;
        }

        long week = (long)Math.Floor(calendar / Week);
        double offset = calendar - (week * Week);
        double working = WeekStart(week);
        foreach ((double start, double end) in Intervals(week))
        {
            if (offset <= start)
            {
                break;
            }

            working += Math.Min(offset, end) - start;
        }

        return working;
    }

    /// <summary>
    /// The working time at which the stretch of work under way at working time <paramref name="working"/> stops (at a
    /// stop, the next stretch's): shifts and breaks that follow each other without a pause in calendar time form one stretch.
    /// </summary>
    public double EndOfWorkingInterval(double working)
    {
        long laterWeek = WeekOfWorking(Math.Max(0, working));
        int plainFrom = (_holidays.Count > 0 ? _holidays.Max() / 7 : 0) + 4;
        if (laterWeek > plainFrom && laterWeek >= LaidOutWeeks - 4)
        {
            // Past the holidays every week is the plain pattern: the stretch ends as it would in an early plain week.
            double offset = WeekStart(laterWeek) - WeekStart(plainFrom);
            return EndOfWorkingInterval(working - offset) + offset;
        }

        int week = (int)laterWeek;
        double at = _weekStart[week];
        bool found = false;

        // Work round the clock has no stop after the last holiday.
        int lastBreak = Math.Max(week, _holidays.Count > 0 ? _holidays.Max() / 7 : 0) + 2;
        for (; ; week++)
        {
            if (found && week > lastBreak)
            {
                return double.PositiveInfinity;
            }

            LayOut(week + 1);
            (double Start, double End)[] intervals = _weeks[week];
            for (int i = 0; i < intervals.Length; i++)
            {
                if (found)
                {
                    // The stretch ended at the interval before unless this one starts where it ended.
                    double previousEnd = i > 0 ? (week * Week) + intervals[i - 1].End : PreviousEnd(week);
                    if ((week * Week) + intervals[i].Start > previousEnd)
                    {
                        return at;
                    }
                }

                at += intervals[i].End - intervals[i].Start;
                found |= at > working;
            }
        }
    }

    /// <summary>The calendar time the first working interval that starts after calendar time <paramref name="calendar"/> starts.</summary>
    public double NextStartAfter(double calendar)
    {
        for (int week = Math.Max(0, (int)Math.Floor(calendar / Week)); ; week++)
        {
            LayOut(week);
            foreach ((double start, _) in _weeks[week])
            {
                if ((week * Week) + start > calendar)
                {
                    return (week * Week) + start;
                }
            }
        }
    }

    /// <summary>The calendar time the last working interval before week <paramref name="week"/> ends; -1 when none.</summary>
    private double PreviousEnd(int week)
    {
        for (int w = week - 1; w >= 0; w--)
        {
            if (_weeks[w].Length > 0)
            {
                return (w * Week) + _weeks[w][^1].End;
            }
        }

        return -1;
    }

    /// <summary>Whether calendar time <paramref name="calendar"/> lies within working time (its ends included).</summary>
    public bool IsWorking(double calendar)
    {
        long week = (long)Math.Floor(calendar / Week);
        double offset = calendar - (week * Week);
        foreach ((double start, double end) in Intervals(week))
        {
            if (offset >= start && offset <= end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first calendar time at or after <paramref name="calendar"/> that lies within working time (its ends included).</summary>
    public double NextWorking(double calendar)
    {
        if (double.IsPositiveInfinity(calendar))
        {
            return calendar;
        }

        // Holidays can empty weeks, but not every week: the pattern has working time.
        for (long week = Math.Max(0, (long)Math.Floor(calendar / Week)); ; week++)
        {
            foreach ((double start, double end) in Intervals(week))
            {
                if (calendar <= (week * Week) + end)
                {
                    return Math.Max(calendar, (week * Week) + start);
                }
            }
        }
    }

    private static void AddWrapped(List<(double Start, double End)> intervals, double start, double end)
    {
        if (end <= start)
        {
            return;
        }

        if (start >= Week)
        {
            intervals.Add((start - Week, end - Week));
        }
        else if (end > Week)
        {
            intervals.Add((start, Week));
            intervals.Add((0, end - Week));
        }
        else
        {
            intervals.Add((start, end));
        }
    }

    /// <summary>The week in which working time <paramref name="working"/> falls (the earliest, at a boundary).</summary>
    private long WeekOfWorking(double working)
    {
        // Holidays can empty a week, so go on until a week ends at or after the time.
        long week = Math.Max(0, (long)Math.Floor(working / WeeklyWorkingTime) - 1);
        while (true)
        {
            if (WeekStart(week + 1) >= working && Intervals(week).Length > 0)
            {
                return week;
            }

            week++;
        }
    }

    /// <summary>The working intervals of week <paramref name="week"/>.</summary>
    private (double Start, double End)[] Intervals(long week)
    {
        if (week >= LaidOutWeeks)
        {
            return _pattern;
        }

        LayOut((int)week);
        return _weeks[(int)week];
    }

    /// <summary>The working time at the start of week <paramref name="week"/>.</summary>
    private double WeekStart(long week)
    {
        LayOut((int)Math.Min(week, LaidOutWeeks) - 1);
        return week <= LaidOutWeeks ? _weekStart[(int)week] : _weekStart[LaidOutWeeks] + ((week - LaidOutWeeks) * WeeklyWorkingTime);
    }

    /// <summary>Lays out every week up to <paramref name="week"/>, and the start of the one after it.</summary>
    private void LayOut(int week)
    {
        while (_weeks.Count <= week)
        {
            int index = _weeks.Count;
            (double Start, double End)[] intervals = _pattern;
            if (_holidays.Count > 0)
            {
                var working = new List<(double Start, double End)>();
                foreach ((double start, double end) in _pattern)
                {
                    double from = start;
                    for (int day = (int)(start / Day); day * Day < end; day++)
                    {
                        double dayEnd = Math.Min(end, (day + 1) * Day);
                        if (!_holidays.Contains((index * 7) + day) && dayEnd > from)
                        {
                            working.Add((from, dayEnd));
                        }

                        from = dayEnd;
                    }
                }

                intervals = [.. working];
            }

            _weeks.Add(intervals);
            _weekStart.Add(_weekStart[index] + intervals.Sum(i => i.End - i.Start));
        }
    }
}
