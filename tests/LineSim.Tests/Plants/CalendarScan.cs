using LineSim.Model;

namespace LineSim.Tests.Plants;

/// <summary>
/// The working time of a shift calendar found by brute force, as an oracle for the engine's own mapping: every shift of
/// every day from the Sunday before the run up to a horizon is laid out on its own, less its breaks, less the holidays
/// (whole calendar days), and the pieces are merged. The engine instead wraps one week's pattern and cuts holidays week
/// by week; the two share no code.
/// </summary>
internal sealed class CalendarScan
{
    private const double Day = 86_400;

    private readonly List<(double Start, double End)> _intervals = [];

    // Working seconds before each interval.
    private readonly List<double> _before = [];

    /// <param name="calendar">The calendar.</param>
    /// <param name="horizon">The calendar time, in seconds from the run's start, up to which the working intervals are needed.</param>
    public CalendarScan(ShiftCalendar calendar, double horizon)
    {
        var pieces = new List<(double Start, double End)>();
        int lastDay = (int)Math.Ceiling(horizon / Day) + 1;
        for (int day = -1; day <= lastDay; day++)
        {
            foreach (Shift shift in calendar.Shifts.Where(shift => shift.Days.Contains(DayOf(day))))
            {
                double start = (day * Day) + shift.Start;
                double from = start;
                foreach (ShiftBreak pause in shift.Breaks)
                {
                    pieces.Add((from, start + pause.Start));
                    from = start + pause.Start + pause.Length;
                }

                pieces.Add((from, start + shift.Length));
            }
        }

        foreach (int holiday in calendar.Holidays)
        {
            pieces = [.. pieces.SelectMany(piece => Cut(piece, holiday * Day, (holiday + 1) * Day))];
        }

        foreach ((double start, double end) in pieces.Select(p => (Math.Max(0, p.Start), p.End)).Where(p => p.End > p.Item1).OrderBy(p => p.Item1))
        {
            if (_intervals.Count > 0 && start <= _intervals[^1].End)
            {
                _intervals[^1] = (_intervals[^1].Start, Math.Max(_intervals[^1].End, end));
            }
            else
            {
                _intervals.Add((start, end));
            }
        }

        double before = 0;
        foreach ((double start, double end) in _intervals)
        {
            _before.Add(before);
            before += end - start;
        }
    }

    /// <summary>The merged working intervals, in calendar seconds from the run's start, in order.</summary>
    public IReadOnlyList<(double Start, double End)> Intervals => _intervals;

    /// <summary>Day 0 of a run is a Monday; day -1 the Sunday before.</summary>
    public static DayOfWeek DayOf(int day) => (DayOfWeek)(((((day % 7) + 7) % 7) + 1) % 7);

    /// <summary>Working seconds between calendar times <paramref name="from"/> and <paramref name="to"/>.</summary>
    public double WorkingBetween(double from, double to) => WorkingBy(to) - WorkingBy(from);

    /// <summary>Whether calendar time <paramref name="time"/> lies within working time, its ends included.</summary>
    public bool IsWorking(double time)
    {
        int i = Last(time);
        return i >= 0 && time <= _intervals[i].End;
    }

    /// <summary>
    /// The earliest calendar time by which <paramref name="working"/> seconds of work have passed: at a working instant
    /// that ends one interval and starts the next, the end of the first; infinity when the horizon comes first.
    /// </summary>
    public double AtWorking(double working)
    {
        // The first interval by whose end that much work is done.
        int low = 0;
        int high = _intervals.Count;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (_before[middle] + (_intervals[middle].End - _intervals[middle].Start) >= working)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low < _intervals.Count ? _intervals[low].Start + Math.Max(0, working - _before[low]) : double.PositiveInfinity;
    }

    /// <summary>The working seconds that have passed by calendar time <paramref name="time"/>.</summary>
    private double WorkingBy(double time)
    {
        int i = Last(time);
        return i < 0 ? 0 : _before[i] + (Math.Min(time, _intervals[i].End) - _intervals[i].Start);
    }

    /// <summary>The last interval that starts at or before <paramref name="time"/>; -1 when none does.</summary>
    private int Last(double time)
    {
        int low = 0;
        int high = _intervals.Count;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (_intervals[middle].Start <= time)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low - 1;
    }

    private static IEnumerable<(double Start, double End)> Cut((double Start, double End) piece, double from, double to)
    {
        if (piece.Start < from)
        {
            yield return (piece.Start, Math.Min(piece.End, from));
        }

        if (piece.End > to)
        {
            yield return (Math.Max(piece.Start, to), piece.End);
        }
    }
}
