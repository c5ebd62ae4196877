using FsCheck.Xunit;
using LineSim.Execution.Compiled;
using LineSim.Model;
using LineSim.Tests.Plants;

namespace LineSim.Tests.Planning;

/// <summary>
/// The engine's mapping between calendar and working time (<see cref="WorkCalendar"/>: one week's pattern, wrapped at
/// the week's end, holidays cut week by week) against the brute-force scan of every shift of every day
/// (<see cref="CalendarScan"/>), over the generated calendars: the working time by each calendar time, the calendar
/// time of each working time, and which instants are working time.
/// </summary>
public sealed class WorkCalendarOracleTests
{
    private const string Replay = "(3162277,1414213563)";
    private const double Horizon = 5 * 7 * 86_400;

    [Property(MaxTest = 200, Arbitrary = [typeof(PlanningArbitraries)], Replay = Replay)]
    public void WorkCalendar_AnyCalendar_MapsTimeAsTheScanOfEveryShift(PlannedLine line, int[] draws)
    {
        ShiftCalendar calendar = line.Model.Calendar ?? ShiftCalendar.TwoShiftsFiveDays;
        var work = new WorkCalendar(calendar);
        var scan = new CalendarScan(calendar, Horizon);

        // Whole minutes hit the shifts' and breaks' ends, as well as times between.
        foreach (double time in draws.Select(x => (double)Math.Abs(x % 50_400) * 60).Append(Horizon - 1))
        {
            double working = scan.WorkingBetween(0, time);
            Assert.True(Math.Abs(working - work.ToWorking(time)) <= 1e-6, $"by {time} s: {work.ToWorking(time)} s of work, the scan has {working} s");
            Assert.Equal(scan.IsWorking(time), work.IsWorking(time));
            Assert.True(Math.Abs(scan.AtWorking(working) - work.ToCalendar(working)) <= 1e-6, $"{working} s of work are done at {work.ToCalendar(working)} s, the scan says {scan.AtWorking(working)} s");
        }
    }
}

/// <summary>Far horizons: weeks after those laid out one by one are the plain pattern, counted on from the last laid out.</summary>
public sealed class WorkCalendarHorizonTests
{
    private const double Week = 7 * 86_400;

    [Theory]
    [InlineData(1e15)]
    [InlineData(9007199254740993.0)]
    [InlineData(1e18)]
    public void WorkCalendar_FarHorizon_PatternWeeksCountedOn(double calendarTime)
    {
        var work = new WorkCalendar(ShiftCalendar.TwoShiftsFiveDays with { Holidays = [0, 3] });
        double weekly = work.WeeklyWorkingTime;
        long week = (long)Math.Floor(calendarTime / Week);

        // Two holidays of 15 h each in week 0, and every week after it the pattern.
        double expectedStart = (week * weekly) - (2 * 15 * 3600);
        double working = work.ToWorking(week * Week);

        Assert.Equal(expectedStart, working, expectedStart * 1e-12);
        // That much work is done when the week before ends its work, on Friday at 22:00.
        double fridayEvening = (week * Week) - (2 * 86_400) - (2 * 3600);
        Assert.Equal(fridayEvening, work.ToCalendar(working), Math.Max(1, fridayEvening * 1e-15));
        Assert.True(work.IsWorking((week * Week) + (8 * 3600)));
        Assert.Equal((week * Week) + (6 * 3600), work.NextWorking(week * Week));
    }

    [Fact]
    public void WorkCalendar_LastLaidOutWeek_JoinsThePatternWeeks()
    {
        var work = new WorkCalendar(ShiftCalendar.TwoShiftsFiveDays);
        double at = WorkCalendar.LaidOutWeeks * Week;

        double before = work.ToWorking(at - Week);
        double after = work.ToWorking(at + Week);

        Assert.Equal(2 * work.WeeklyWorkingTime, after - before, 1e-3);
    }
}
