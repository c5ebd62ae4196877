using LineSim.Model;

namespace LineSim.Plots;

/// <summary>
/// The working seconds a <see cref="ShiftCalendar"/> gives between two calendar times, as the engines count them:
/// each shift less its breaks, a week's shifts repeating from Monday 00:00 (time 0), a shift past Sunday midnight going on
/// into the next Monday, and holidays taken out day by day.
/// </summary>
/// <remarks>
/// The results count the working time of the whole window only; charts of throughput per working hour need it interval
/// by interval, which this computes from the calendar (a test holds it to the engines' working time of the window).
/// </remarks>
internal sealed class WorkingTime
{
    private const double Day = 86_400;
    private const double Week = 7 * Day;

    /// <summary>The working intervals of a week without holidays, each within one day, in seconds from Monday 00:00.</summary>
    private readonly List<(double Start, double End)> _week = [];
    private readonly HashSet<int> _holidays;

    public WorkingTime(ShiftCalendar calendar)
    {
        foreach (Shift shift in calendar.Shifts)
        {
            foreach (DayOfWeek day in shift.Days)
            {
                double start = ((((int)day + 6) % 7) * Day) + shift.Start;
                double from = start;
                foreach (ShiftBreak pause in shift.Breaks.IsDefault ? [] : shift.Breaks)
                {
                    Add(from, start + pause.Start);
                    from = start + pause.Start + pause.Length;
                }

                Add(from, start + shift.Length);
            }
        }

        _holidays = [.. calendar.Holidays.IsDefault ? [] : calendar.Holidays];
    }

    /// <summary>Working seconds in the calendar times [<paramref name="from"/>, <paramref name="to"/>], seconds since the run started.</summary>
    public double Between(double from, double to)
    {
        double total = 0;
        for (int week = Math.Max(0, (int)Math.Floor(from / Week)); week * Week < to; week++)
        {
            foreach ((double start, double end) in _week)
            {
                double s = (week * Week) + start;
                double e = (week * Week) + end;
                if (e > from && s < to && !_holidays.Contains((week * 7) + (int)(start / Day)))
                {
                    total += Math.Min(e, to) - Math.Max(s, from);
                }
            }
        }

        return total;
    }

    /// <summary>Adds a working interval, wrapped into the week and cut at midnights so that a holiday takes out whole days.</summary>
    private void Add(double start, double end)
    {
        for (double from = start; from < end;)
        {
            double midnight = (Math.Floor(from / Day) + 1) * Day;
            double to = Math.Min(end, midnight);
            double wrapped = from % Week;
            _week.Add((wrapped, wrapped + (to - from)));
            from = to;
        }
    }
}
