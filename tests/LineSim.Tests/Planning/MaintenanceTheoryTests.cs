using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Planning;

/// <summary>
/// Planned maintenance on constant lines: a window stops the station for exactly its working time, the part on it
/// pausing and resuming, so a line loses exactly that time's output; a window wholly outside working time (at night,
/// at the weekend, within a break) costs nothing, and one partly outside costs its working part only.
/// </summary>
public sealed class MaintenanceTheoryTests
{
    private const double Hour = 3_600;
    private const double Day = 86_400;
    private const double Week = 7 * Day;

    /// <summary>
    /// A and B, 60 s each, no buffer; B stops 1,200 s every 10,000 s. The windows cut parts in half, which resume; the
    /// line loses 20 parts a window, and A is blocked for each window's length exactly.
    /// </summary>
    [Fact]
    public void Run_MaintenanceOnTheSecondOfTwoConstantStations_LosesExactlyItsTimesOutput()
    {
        var line = new LineModel { TaktTime = 60, Stations = [new("A", Distribution.Constant(60)), new("B", Distribution.Constant(60))] };
        LineModel maintained = line with { Stations = [line.Stations[0], line.Stations[1] with { Maintenance = [new MaintenanceWindow(First: 1_000, Every: 10_000, Duration: 1_200)] }] };
        var options = new SimulationOptions { Seed = 1, Replications = 1, Warmup = 0, Duration = 100_000 };

        ReplicationResult normal = Simulation.Create(line, options).RunReplication(0);
        ReplicationResult result = Simulation.Create(maintained, options).RunReplication(0);

        Assert.Equal(normal.PartsOut - (10 * 20), result.PartsOut);
        Assert.Equal(0.12, result.Stations[1].Maintenance, 9);
        Assert.Equal(0.12, result.Stations[1].Down, 9);
        Assert.Equal(0.12, result.Stations[0].Blocked, 9);
        Assert.Equal(0, result.Stations[0].Maintenance);
    }

    /// <summary>
    /// Under two shifts: every night from 22:00 to 06:00 (touching both shifts), Saturdays from 01:00 for 20 hours, and
    /// daily from 10:00 to 10:30, within the early shift's break.
    /// </summary>
    [Fact]
    public void Run_MaintenanceWhollyOutsideWorkingTime_CostsNothing()
    {
        var line = new LineModel { TaktTime = 60, Calendar = ShiftCalendar.TwoShiftsFiveDays, Stations = [new("A", Distribution.Constant(60)), new("B", Distribution.Constant(60))] };
        LineModel maintained = line with
        {
            Stations =
            [
                line.Stations[0] with { Maintenance = [new MaintenanceWindow(22 * Hour, Day, 8 * Hour), new MaintenanceWindow((5 * Day) + Hour, Week, 20 * Hour)] },
                line.Stations[1] with { Maintenance = [new MaintenanceWindow(10 * Hour, Day, 30 * 60)] },
            ],
        };
        var options = new SimulationOptions { Seed = 1, Replications = 1, Warmup = 0, Duration = 2 * Week };

        ReplicationResult normal = Simulation.Create(line, options).RunReplication(0);
        ReplicationResult result = Simulation.Create(maintained, options).RunReplication(0);

        Assert.Equal(normal.PartsOut, result.PartsOut);
        Assert.Equal(normal.OutputPerDay.ToArray(), result.OutputPerDay.ToArray());
        Assert.All(result.Stations, station => Assert.Equal((0.0, 0.0), (station.Maintenance, station.Down)));
        Assert.Equal(normal.Stations.Select(s => s.Working), result.Stations.Select(s => s.Working));
    }

    /// <summary>Daily from 21:00 to 23:00: the last working hour of each weekday's late shift, 5 hours and 300 parts a week.</summary>
    [Fact]
    public void Run_MaintenancePartlyOutsideWorkingTime_CostsItsWorkingPartOnly()
    {
        var line = new LineModel { TaktTime = 60, Calendar = ShiftCalendar.TwoShiftsFiveDays, Stations = [new("A", Distribution.Constant(60))] };
        LineModel maintained = line with { Stations = [line.Stations[0] with { Maintenance = [new MaintenanceWindow(21 * Hour, Day, 2 * Hour)] }] };
        var options = new SimulationOptions { Seed = 1, Replications = 1, Warmup = 0, Duration = 2 * Week };

        ReplicationResult normal = Simulation.Create(line, options).RunReplication(0);
        ReplicationResult result = Simulation.Create(maintained, options).RunReplication(0);

        Assert.Equal(2 * 4_500, normal.PartsOut);
        Assert.Equal(2 * 4_200, result.PartsOut);
        StationStatistics station = result.Stations[0];
        Assert.Equal(10 * Hour / (2 * Week), station.Maintenance, 9);
        Assert.Equal(station.Maintenance, station.Down, 9);
        Assert.Equal(1, station.Working + station.Down + station.OffShift, 9);
        Assert.Equal([840, 840, 840, 840, 840, 0, 0, 840, 840, 840, 840, 840, 0, 0], result.OutputPerDay.ToArray());
    }
}
