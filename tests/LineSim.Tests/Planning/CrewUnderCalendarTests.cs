using LineSim.Model;
using LineSim.Results;
using LineSim.Scenarios;
using LineSim.Tests.Plants;

namespace LineSim.Tests.Planning;

/// <summary>
/// Machines waiting for a repair crew under a shift calendar, after a warm-up: the wait is a part of down, so a fraction
/// of time from 0 to down. The plants that showed it negative: the shipped body shop on two shifts after a week of
/// warm-up (-2% to -8% of the time), and three stations sharing a crew of one (-15% to -24%). Every law of a result
/// holds for them too.
/// </summary>
public sealed class CrewUnderCalendarTests
{
    [Fact]
    public void Run_BodyShopOnTwoShiftsAfterAWeekOfWarmup_WaitingForTheCrewIsAPartOfDown()
    {
        Scenario scenario = ShippedBodyShop.With(file =>
        {
            file["calendar"] = "twoShiftsFiveDays";
            file["run"]!["warmup"] = 604_800;
            file["run"]!["replications"] = 4;
        });

        SimulationResult result = scenario.CreateSimulation().Run();

        ResultLaws.Hold(scenario.Line, scenario.Options, result);
        Assert.Contains(result.Stations, s => s.WaitingForCrew.Mean > 0);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Run_ThreeStationsSharingACrewOfOneOnTwoShiftsAfterAWarmup_WaitingForTheCrewIsAPartOfDown(bool failuresInCalendarTime)
    {
        FailureModel failures = FailureModel.FromMeans(mtbf: 3_600, mttr: 900, FailureMode.TimeDependent) with { Crew = "Crew" };
        var line = new LineModel
        {
            Name = "Three stations, one technician",
            TaktTime = 60,
            Calendar = ShiftCalendar.TwoShiftsFiveDays with { FailuresInWorkingTimeOnly = !failuresInCalendarTime },
            Crews = [new RepairCrew("Crew", 1)],
            Stations = [new("A", Distribution.Exponential(50), failures), new("B", Distribution.Exponential(50), failures), new("C", Distribution.Exponential(50), failures)],
            Buffers = [new LineBuffer("A", 3), new LineBuffer("B", 3)],
        };
        var options = new SimulationOptions { Seed = 13, Replications = 4, Warmup = 604_800, Duration = 2 * 604_800 };

        SimulationResult result = Simulation.Create(line, options).Run();

        ResultLaws.Hold(line, options, result);
        Assert.All(result.Stations, s => Assert.True(s.WaitingForCrew.Mean > 0, $"{s.Name} never waited for the technician"));
    }
}
