using System.Collections.Immutable;
using LineSim.Execution.Compiled;
using LineSim.Model;
using LineSim.Results;
using LineSim.Tests.Network;

namespace LineSim.Tests.Planning;

/// <summary>
/// Exact output of a constant line under shift calendars: W working hours a week give W x 3,600 / cycle parts a week,
/// whatever the shifts: a night shift across midnight, one across the week's end (Sunday 22:00 to Monday 06:00),
/// holidays. One station of 60 s makes a part at every whole working minute, so that parts leave exactly at the
/// changes of shift and at midnight: a part leaving at a change of shift counts for the shift ending, one leaving at
/// midnight for the day ending (days, like the window, are (start, end]).
/// </summary>
public sealed class ShiftCalendarTheoryTests
{
    private const double Hour = 3_600;
    private const double Day = 86_400;
    private const double Week = 7 * Day;

    private static readonly ImmutableArray<DayOfWeek> s_weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>Early 06:00, Late 14:00 and Night 22:00 to 06:00, Monday to Friday (Friday's night ends on Saturday): 120 hours a week.</summary>
    private static readonly ShiftCalendar s_threeShifts = new(
    [
        new Shift("Early", s_weekdays, 6 * Hour, 8 * Hour),
        new Shift("Late", s_weekdays, 14 * Hour, 8 * Hour),
        new Shift("Night", s_weekdays, 22 * Hour, 8 * Hour),
    ]);

    /// <summary>The week starts on Sunday night: Night 22:00 to 06:00 Sunday to Thursday, Early and Late Monday to Friday; 120 hours a week.</summary>
    private static readonly ShiftCalendar s_fromSundayNight = new(
    [
        new Shift("Night", [DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday], 22 * Hour, 8 * Hour),
        new Shift("Early", s_weekdays, 6 * Hour, 8 * Hour),
        new Shift("Late", s_weekdays, 14 * Hour, 8 * Hour),
    ]);

    private static ReplicationResult Run(ShiftCalendar calendar, double warmup, double duration, double cycle = 60) => Simulation.Create(
        new LineModel { TaktTime = 60, Calendar = calendar, Stations = [new("Assembly", Distribution.Constant(cycle))] },
        new SimulationOptions { Seed = 1, Replications = 1, Warmup = warmup, Duration = duration }).RunReplication(0);

    private static long[] Repeat(long[] week, int weeks) => [.. Enumerable.Repeat(week, weeks).SelectMany(days => days)];

    [Fact]
    public void Run_NightShiftAcrossMidnight_ConstantLineMakesWorkingTimeOverCycle()
    {
        ReplicationResult result = Run(s_threeShifts, warmup: Week, duration: 4 * Week);

        Assert.Equal(4 * 120 * Hour, result.WorkingTime, 6);
        Assert.Equal(4 * 7_200, result.PartsOut);
        Assert.Equal([7_200, 7_200, 7_200, 7_200], result.OutputPerWeek.ToArray());
        Assert.Equal(4 * 15, result.OutputPerShift.Length);
        Assert.All(result.OutputPerShift, shift => Assert.Equal(480, shift.Parts));
        Assert.Equal(48 / 168.0, result.Stations[0].OffShift, 9);
        Assert.Equal(1, result.Stations[0].Working + result.Stations[0].OffShift, 9);
    }

    /// <summary>Monday runs from 06:00, Tuesday to Friday round the clock, Saturday until Friday's night shift ends at 06:00.</summary>
    [Fact]
    public void Run_NightShiftAcrossMidnight_EachDayGetsItsWorkingTimeOverCycle()
    {
        ReplicationResult result = Run(s_threeShifts, warmup: Week, duration: 4 * Week);

        Assert.Equal(Repeat([1_080, 1_440, 1_440, 1_440, 1_440, 360, 0], 4), result.OutputPerDay.ToArray());
    }

    /// <summary>
    /// Sunday's night shift runs on into Monday. Every week of the window, from Monday 00:00, holds 120 working hours;
    /// the first six hours belong to a shift that began before the window (before the run, without a warm-up), so they
    /// are in no listed shift, and the window's last shift, from Sunday 22:00, is cut at its end.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(Week)]
    public void Run_NightShiftAcrossTheWeeksEnd_ConstantLineMakesWorkingTimeOverCycle(double warmup)
    {
        ReplicationResult result = Run(s_fromSundayNight, warmup, duration: 4 * Week);

        Assert.Equal(4 * 120 * Hour, result.WorkingTime, 6);
        Assert.Equal(4 * 7_200, result.PartsOut);
        Assert.Equal(4 * 15, result.OutputPerShift.Length);
        Assert.Equal(("Early", warmup + (6 * Hour)), (result.OutputPerShift[0].Shift, result.OutputPerShift[0].Start));
        Assert.All(result.OutputPerShift.SkipLast(1), shift => Assert.Equal(480, shift.Parts));
        Assert.Equal(120, result.OutputPerShift[^1].Parts);
        Assert.Equal(("Night", warmup + (3 * Week) + (6 * Day) + (22 * Hour)), (result.OutputPerShift[^1].Shift, result.OutputPerShift[^1].Start));
        Assert.Equal((4 * 7_200) - 360, result.OutputPerShift.Sum(shift => shift.Parts));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(Week)]
    public void Run_NightShiftAcrossTheWeeksEnd_EachWeekAndDayGetItsWorkingTimeOverCycle(double warmup)
    {
        ReplicationResult result = Run(s_fromSundayNight, warmup, duration: 4 * Week);

        Assert.Equal([7_200, 7_200, 7_200, 7_200], result.OutputPerWeek.ToArray());
        Assert.Equal(Repeat([1_440, 1_440, 1_440, 1_440, 1_320, 0, 120], 4), result.OutputPerDay.ToArray());
    }

    /// <summary>A holiday on a Wednesday removes its 15 working hours, its 900 parts and its two shifts, and nothing else.</summary>
    [Fact]
    public void Run_HolidayOnAWorkingDay_RemovesExactlyThatDaysWorkingTimeAndOutput()
    {
        ShiftCalendar calendar = ShiftCalendar.TwoShiftsFiveDays;

        ReplicationResult normal = Run(calendar, warmup: 0, duration: 2 * Week);
        ReplicationResult holiday = Run(calendar with { Holidays = [9] }, warmup: 0, duration: 2 * Week);

        Assert.Equal(normal.WorkingTime - (15 * Hour), holiday.WorkingTime, 6);
        Assert.Equal(normal.PartsOut - 900, holiday.PartsOut);
        Assert.Equal(900, normal.OutputPerDay[9]);
        Assert.Equal([.. normal.OutputPerDay.SetItem(9, 0)], holiday.OutputPerDay.ToArray());
        Assert.Equal(
            [.. normal.OutputPerShift.Where(shift => shift.Start < 9 * Day || shift.Start >= 10 * Day)],
            holiday.OutputPerShift.ToArray());
    }

    /// <summary>
    /// A holiday on the Monday of a week that starts on Sunday night removes the whole calendar day: the end of Sunday's
    /// night shift, Monday's shifts and the start of Monday's night shift, 24 hours. Sunday's and Monday's night shifts
    /// keep their hours on the days around it.
    /// </summary>
    [Fact]
    public void Run_HolidayOnTheMondayAfterASundayNightShift_RemovesTheWholeCalendarDay()
    {
        ReplicationResult result = Run(s_fromSundayNight with { Holidays = [7] }, warmup: 0, duration: 2 * Week);

        Assert.Equal((2 * 120 * Hour) - Day, result.WorkingTime, 6);
        Assert.Equal((2 * 7_200) - 1_440, result.PartsOut);
        Assert.Equal([1_440, 1_440, 1_440, 1_440, 1_320, 0, 120, 0, 1_440, 1_440, 1_440, 1_320, 0, 120], result.OutputPerDay.ToArray());
        Assert.Equal(120, result.OutputPerShift.Single(shift => shift.Start == (6 * Day) + (22 * Hour)).Parts);
        Assert.Equal(360, result.OutputPerShift.Single(shift => shift.Start == (7 * Day) + (22 * Hour)).Parts);
        Assert.DoesNotContain(result.OutputPerShift, shift => shift.Start >= 7 * Day && shift.Start < (7 * Day) + (22 * Hour));
    }

    [Fact]
    public void Run_HolidayOnASaturday_CostsNothing()
    {
        ReplicationResult normal = Run(ShiftCalendar.TwoShiftsFiveDays, warmup: 0, duration: 2 * Week);
        ReplicationResult holiday = Run(ShiftCalendar.TwoShiftsFiveDays with { Holidays = [5, 13] }, warmup: 0, duration: 2 * Week);

        Assert.Equal(normal.WorkingTime, holiday.WorkingTime);
        Assert.Equal(normal.PartsOut, holiday.PartsOut);
        Assert.Equal(normal.OutputPerDay.ToArray(), holiday.OutputPerDay.ToArray());
        Assert.Equal(normal.OutputPerShift.ToArray(), holiday.OutputPerShift.ToArray());
    }

    /// <summary>
    /// A warm-up that ends off shift, before the first shift of the run: the window still opens at the end of the
    /// warm-up (Monday 01:00) and lasts its duration, a week of 75 working hours.
    /// </summary>
    [Fact]
    public void Run_WarmupEndingBeforeTheFirstShift_WindowOpensAtTheEndOfTheWarmup()
    {
        ReplicationResult result = Run(ShiftCalendar.TwoShiftsFiveDays, warmup: Hour, duration: Week);

        Assert.Equal(Week, result.ObservedTime, 6);
        Assert.Equal(Hour + Week, result.EndTime, 6);
        Assert.Equal(75 * Hour, result.WorkingTime, 6);
        Assert.Equal(4_500, result.PartsOut);
        Assert.Equal(1 - (75 / 168.0), result.Stations[0].OffShift, 9);
        Assert.Equal(60 * 75 / 168.0, result.ThroughputPerHour, 9);
        Assert.Equal([900, 900, 900, 900, 900, 0, 0], result.OutputPerDay.ToArray());
    }

    /// <summary>
    /// A warm-up that ends at night, Tuesday 01:00: the part the station finishes as Monday's late shift ends leaves at
    /// 22:00, before the window, and the part it takes then enters at 22:00 and waits the night; nothing moves at 01:00.
    /// Every part leaves within working time, the window's parts are Tuesday's 15 hours' worth, and their mean lead
    /// time is 60 s plus the night for the first and a break for each of two others.
    /// </summary>
    [Fact]
    public void Run_WarmupEndingAtNight_PartsMoveWhenTheShiftEndsNotWhenTheWarmupEnds()
    {
        var line = new LineModel { TaktTime = 60, Calendar = ShiftCalendar.TwoShiftsFiveDays, Stations = [new("Assembly", Distribution.Constant(60))] };
        var log = new DepartureLog();

        ReplicationResult result = Simulation.Create(line, new SimulationOptions { Seed = 1, Replications = 1, Warmup = Day + Hour, Duration = Day }).RunReplication(0, log);

        var work = new WorkCalendar(line.Calendar);
        double[] times = [.. log.PartsFrom(0).SelectMany(part => log.Of(0, part))];
        Assert.All(times, time => Assert.True(work.IsWorking(time), $"a part left at {time} s, off shift"));
        Assert.Contains(22 * Hour, times);
        Assert.Equal(900, result.PartsOut);
        // In calendar time the part that spans the night and the breaks count them; in working time each takes its 60 s.
        Assert.Equal(60 + ((8 * Hour) + (2 * 1_800)) / 900, result.CalendarLeadTime, 6);
        Assert.Equal(60, result.LeadTime, 6);
    }

    /// <summary>
    /// A window of a day from Monday 00:00 under a calendar that works on Thursdays only: nothing works in it, and it
    /// still ends when it ends, Tuesday 00:00, off shift throughout.
    /// </summary>
    [Fact]
    public void Run_WindowWithoutWorkingTime_EndsAtItsEndOffShiftThroughout()
    {
        var calendar = new ShiftCalendar([new Shift("Thursday", [DayOfWeek.Thursday], 14 * Hour, 7 * Hour)]);

        ReplicationResult result = Run(calendar, warmup: 0, duration: Day);

        Assert.Equal(Day, result.ObservedTime, 6);
        Assert.Equal(Day, result.EndTime, 6);
        Assert.Equal(0, result.WorkingTime);
        Assert.Equal(0, result.PartsOut);
        Assert.Equal([0], result.OutputPerDay.ToArray());
        Assert.Empty(result.OutputPerShift);
        Assert.Equal(1, result.Stations[0].OffShift, 9);
        Assert.Equal(0, result.WorkInProcess, 9);
    }

    /// <summary>Parts leave every hour from 07:00; the one at 14:00 counts for Early, which ends then, in whichever order the shifts are listed.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Run_PartLeavingAtAChangeOfShift_CountsForTheShiftEnding(bool lateListedFirst)
    {
        ImmutableArray<Shift> shifts = [new Shift("Early", [DayOfWeek.Monday], 6 * Hour, 8 * Hour), new Shift("Late", [DayOfWeek.Monday], 14 * Hour, 8 * Hour)];
        var calendar = new ShiftCalendar(lateListedFirst ? [shifts[1], shifts[0]] : shifts);

        ReplicationResult result = Run(calendar, warmup: 0, duration: Day, cycle: Hour);

        Assert.Equal([new ShiftOutput("Early", 6 * Hour, 8), new ShiftOutput("Late", 14 * Hour, 8)], result.OutputPerShift.ToArray());
    }
}
