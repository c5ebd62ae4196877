using System.Collections.Immutable;
using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Planning;

/// <summary>
/// Time-dependent failures under a shift calendar count working time only (the default) or calendar time
/// (<see cref="ShiftCalendar.FailuresInWorkingTimeOnly"/> false). Counted in calendar time, the clock to the next
/// failure starts at time 0 (Monday 00:00) and when a repair ends, and runs off shift too; a failure that comes due off
/// shift takes effect when work resumes, and the next one is counted from the end of its repair. Repairs take working
/// time. A failure belongs to the observation window if it takes effect in it.
/// </summary>
public sealed class CalendarFailureTests
{
    private const double Hour = 3_600;
    private const double Day = 86_400;
    private const double Week = 7 * Day;

    private static readonly ImmutableArray<DayOfWeek> s_everyDay = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private static LineModel Line(ShiftCalendar calendar, FailureModel failures, double cycle = 60) => new()
    {
        TaktTime = 60,
        Calendar = calendar,
        Stations = [new("Robot", Distribution.Constant(cycle), failures)],
    };

    /// <summary>Runs off the test's thread, so that a run that never ends fails the test instead of hanging it.</summary>
    private static async Task<SimulationResult> RunAsync(LineModel line, SimulationOptions options) =>
        await Task.Run(() => Simulation.Create(line, options).Run()).WaitAsync(TimeSpan.FromSeconds(60));

    /// <summary>
    /// One shift from 06:00 to 14:00 every day; the robot fails 5 h after its last repair and takes 1 h to repair.
    /// Counted in working time it fails at 5, 11, 17, ... working hours: 9 times in the 56 working hours of a week.
    /// Counted in calendar time its first failure comes due at 05:00 and takes effect at 06:00; repaired at 07:00, it
    /// fails again at 12:00; the next comes due at 18:00 and takes effect at 06:00 the next day: twice a day, and each
    /// day makes 6 working hours of parts. The last comes due on Sunday evening and takes effect after the window.
    /// </summary>
    [Theory]
    [InlineData(true, 0, 7, 9, 2_820)]
    [InlineData(false, 0, 7, 14, 2_520)]
    [InlineData(true, 1, 6, 8, 2_400)]
    [InlineData(false, 1, 6, 12, 2_160)]
    public async Task Run_ConstantTimeToFailure_FailsExactlyWhenDue(bool workingTimeOnly, int warmupDays, int days, long failures, long parts)
    {
        var calendar = new ShiftCalendar([new Shift("Day", s_everyDay, 6 * Hour, 8 * Hour)]) { FailuresInWorkingTimeOnly = workingTimeOnly };
        var robot = new FailureModel(Distribution.Constant(5 * Hour), Distribution.Constant(Hour), FailureMode.TimeDependent);
        var options = new SimulationOptions { Seed = 1, Replications = 1, Warmup = warmupDays * Day, Duration = days * Day };

        ReplicationResult result = (await RunAsync(Line(calendar, robot), options)).ReplicationResults[0];

        StationStatistics station = result.Stations[0];
        Assert.Equal(failures, station.Failures);
        Assert.Equal(failures * Hour / (days * Day), station.Down, 9);
        Assert.Equal(parts, result.PartsOut);
        if (!workingTimeOnly)
        {
            Assert.Equal([.. Enumerable.Repeat(360L, days)], result.OutputPerDay.ToArray());
        }
    }

    /// <summary>
    /// As above, with repairs that take no time: counted in calendar time the robot fails at 06:00 (due at 05:00 or the
    /// evening before) and at 11:00, twice a day, and loses nothing. The failure due off shift is counted from the
    /// moment work resumed, so it does not come due again at once.
    /// </summary>
    [Fact]
    public async Task Run_InstantRepairOfAFailureDueOffShift_NextFailureCountsFromTheResumption()
    {
        var calendar = new ShiftCalendar([new Shift("Day", s_everyDay, 6 * Hour, 8 * Hour)]) { FailuresInWorkingTimeOnly = false };
        var robot = new FailureModel(Distribution.Constant(5 * Hour), Distribution.Constant(0), FailureMode.TimeDependent);
        var options = new SimulationOptions { Seed = 1, Replications = 1, Warmup = 0, Duration = Week };

        ReplicationResult result = (await RunAsync(Line(calendar, robot), options)).ReplicationResults[0];

        Assert.Equal(14, result.Stations[0].Failures);
        Assert.Equal(0, result.Stations[0].Down);
        Assert.Equal(7 * 480, result.PartsOut);
    }

    /// <summary>
    /// Exponential times to failure of mean m, repairs instant, one shift from 06:00 to 22:00 every day: a working
    /// fraction f = 2/3 and one gap of 8 h a day. Counted in working time the robot fails 1/m times per working hour.
    /// Counted in calendar time, 16/m times in each day's shift plus, memoryless, once at 06:00 with the chance
    /// 1 - exp(-8 h/m) that a failure came due in the night: per working hour that is 1/f times the working-time rate
    /// only while the gaps are short beside m (the night can bring one failure at most), as for m = 100 h.
    /// </summary>
    [Theory]
    [InlineData(8, false)]
    [InlineData(100, true)]
    public async Task Run_ExponentialFailuresInCalendarTime_RatePerWorkingHourAsTheGapsAllow(double mtbfHours, bool oneOverF)
    {
        var calendar = new ShiftCalendar([new Shift("Day", s_everyDay, 6 * Hour, 16 * Hour)]);
        var robot = new FailureModel(Distribution.Exponential(mtbfHours * Hour), Distribution.Constant(0), FailureMode.TimeDependent);
        var options = new SimulationOptions { Seed = 11, Replications = 10, Warmup = 0, Duration = 200 * Week };
        const double f = 16 / 24.0;

        SimulationResult working = await RunAsync(Line(calendar, robot, cycle: Hour), options);
        SimulationResult calendarTime = await RunAsync(Line(calendar with { FailuresInWorkingTimeOnly = false }, robot, cycle: Hour), options);

        Estimate workingRate = PerWorkingHour(working);
        Estimate calendarRate = PerWorkingHour(calendarTime);
        double exactWorking = 1 / mtbfHours;
        double exactCalendar = ((16 / mtbfHours) + 1 - Math.Exp(-8 / mtbfHours)) / 16;
        Assert.True(workingRate.Contains(exactWorking), $"{workingRate} failures per working hour counted in working time should contain {exactWorking}");
        Assert.True(calendarRate.Contains(exactCalendar), $"{calendarRate} failures per working hour counted in calendar time should contain {exactCalendar}");
        Assert.Equal(oneOverF, calendarRate.Contains(exactWorking / f));
    }

    private static Estimate PerWorkingHour(SimulationResult result) =>
        Estimate.From([.. result.ReplicationResults.Select(r => r.Stations[0].Failures / (r.WorkingTime / Hour))]);
}
