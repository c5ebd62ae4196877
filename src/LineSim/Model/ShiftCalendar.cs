using System.Collections.Immutable;

namespace LineSim.Model;

/// <summary>
/// When the plant works: a weekly pattern of shifts and breaks, and holidays. Outside working time nothing moves:
/// no processing, no transport, no arrivals, no repairs. Time 0 of a run is Monday 00:00 of the first week.
/// </summary>
public sealed record ShiftCalendar(ImmutableArray<Shift> Shifts)
{
    /// <summary>Days off, counted from day 0 (the Monday the run starts on).</summary>
    /// <value>Defaults to none.</value>
    public ImmutableArray<int> Holidays { get; init; } = [];

    /// <summary>
    /// Whether time-dependent failures count working time only (the default) or calendar time. Counted in calendar
    /// time, a failure due outside working time takes effect when work resumes.
    /// </summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool FailuresInWorkingTimeOnly { get; init; } = true;

    /// <summary>Two 8-hour shifts from 06:00 and 14:00, Monday to Friday, each with a 30-minute break after 4 hours.</summary>
    public static ShiftCalendar TwoShiftsFiveDays { get; } = new(
    [
        new Shift("Early", [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], 6 * 3_600, 8 * 3_600) { Breaks = [new ShiftBreak(4 * 3_600, 1_800)] },
        new Shift("Late", [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], 14 * 3_600, 8 * 3_600) { Breaks = [new ShiftBreak(4 * 3_600, 1_800)] },
    ]);
}
