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
