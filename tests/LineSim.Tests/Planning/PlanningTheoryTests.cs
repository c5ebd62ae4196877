using System.Collections.Immutable;
using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Planning;

/// <summary>Exact results for paced segments, shift calendars, changeovers and maintenance, on constant-time lines.</summary>
public sealed class PlanningTheoryTests
{
    [Theory]
    [InlineData(55, 40, 50)]
    [InlineData(55, 60, 50)]
    [InlineData(30, 45, 45)]
    public void Run_PacedSegmentOfConstantStations_OnePartPerMaxOfTaktAndSlowest(double takt, double slow, double other)
    {
        var line = new LineModel
        {
            TaktTime = takt,
            Stations = [new("A", Distribution.Constant(other)), new("B", Distribution.Constant(slow)), new("C", Distribution.Constant(other))],
            Segments = [new PacedSegment("Trim", "A", "C", takt)],
        };
        double cycle = Math.Max(takt, slow);
        var options = new SimulationOptions { Seed = 1, Replications = 1, Warmup = 100 * cycle, Duration = 1_000 * cycle };

        ReplicationResult result = Simulation.Create(line, options).RunReplication(0);

        Assert.Equal(1_000, result.PartsOut);
        SegmentStatistics segment = Assert.Single(result.Segments);
        Assert.Equal(1_000, segment.Indexes);
        Assert.Equal(slow > takt ? 1_000 : 0, segment.LateIndexes);
        Assert.Equal(slow > takt ? (slow - takt) / slow : 0, segment.StoppedBusy, 9);
        Assert.Equal(0, segment.StoppedFailure);
    }

    [Fact]
    public void Run_TwoShiftCalendar_ConstantLineMakesWorkingTimeOverCycleEachWeek()
    {
        // Two 8-hour shifts with a 30-minute break each, five days: 75 working hours a week.
        var line = new LineModel
        {
            TaktTime = 60,
            Calendar = ShiftCalendar.TwoShiftsFiveDays,
            Stations = [new("A", Distribution.Constant(60)), new("B", Distribution.Constant(60))],
        };
        var options = new SimulationOptions { Seed = 1, Replications = 1, Warmup = 604_800, Duration = 4 * 604_800 };

        ReplicationResult result = Simulation.Create(line, options).RunReplication(0);

        double weekly = 75 * 3_600 / 60.0;
        Assert.Equal([.. Enumerable.Repeat((long)weekly, 4)], result.OutputPerWeek.ToArray());
        Assert.Equal(4 * weekly, result.PartsOut);
        Assert.Equal(4 * 75 * 3_600, result.WorkingTime, 6);
        Assert.Equal(60, result.ThroughputPerWorkingHour, 9);
        Assert.Equal(60 * 75 / 168.0, result.ThroughputPerHour, 9);
        Assert.Equal(28, result.OutputPerDay.Length);
        Assert.Equal([.. Enumerable.Repeat(0L, 4).SelectMany(_ => new long[] { 900, 900, 900, 900, 900, 0, 0 })], result.OutputPerDay.ToArray());
        Assert.Equal(2 * 5 * 4, result.OutputPerShift.Length);
        Assert.All(result.OutputPerShift, shift => Assert.Equal(450, shift.Parts));
        foreach (StationStatistics station in result.Stations)
        {
            Assert.Equal(1, station.Working + station.Starved + station.Blocked + station.Down + station.Setup + station.OffShift, 9);
            Assert.Equal(1 - (75 / 168.0), station.OffShift, 9);
        }
    }

    [Fact]
    public void Run_SequenceWithChangeoverBetweenEveryPair_AddsExactlyTheSetupTimes()
    {
        // A A B: a change A->B and B->A every three parts; each costs 20 s at the one station.
        var line = new LineModel
        {
            TaktTime = 60,
            Variants = ProductMix.BySequence("A", "A", "B"),
            Stations =
            [
                new("Weld", Distribution.Constant(50))
                {
                    ProcessingTimeByVariant = new Dictionary<string, Distribution> { ["B"] = Distribution.Constant(70) }.ToImmutableDictionary(),
                    Setup = new Changeover(Distribution.Constant(20)),
                },
            ],
        };
        var options = new SimulationOptions { Seed = 1, Replications = 1, Warmup = 0, Duration = 210 * 1_000 };

        ReplicationResult result = Simulation.Create(line, options).RunReplication(0);

        // Per sequence of three: 50 + 50 + 20 (setup A->B) + 70 + 20 (setup B->A) = 210 s, with no setup before the first
        // part: the k-th sequence's setups are at 100 to 120 s and 190 to 210 s after 210 (k - 1) s, so that the window
        // holds 1,000 whole sequences.
        Assert.Equal(3 * 1_000, result.PartsOut);
        StationStatistics weld = Assert.Single(result.Stations);
        Assert.Equal(40 / 210.0, weld.Setup, 9);
        Assert.Equal(1 - (40 / 210.0), weld.Availability, 9);
        Assert.Equal([new VariantOutput("A", 2_000), new VariantOutput("B", 1_000)], result.OutputByVariant.ToArray());
    }

    [Fact]
    public void Run_MaintenanceWindow_StopsTheStationForItsShare()
    {
        var line = new LineModel
        {
            TaktTime = 60,
            Stations = [new("A", Distribution.Constant(60)) { Maintenance = [new MaintenanceWindow(First: 3_600, Every: 36_000, Duration: 3_600)] }],
        };
        var options = new SimulationOptions { Seed = 1, Replications = 1, Warmup = 0, Duration = 360_000 };

        ReplicationResult result = Simulation.Create(line, options).RunReplication(0);

        StationStatistics station = Assert.Single(result.Stations);
        Assert.Equal(0.1, station.Maintenance, 9);
        Assert.Equal(0.1, station.Down, 9);
        Assert.Equal(5_400, result.PartsOut);
    }
}
