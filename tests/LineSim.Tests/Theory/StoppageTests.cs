using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Theory;

/// <summary>
/// Exact results for what stops a station alone with an unlimited supply. A constant cycle of c seconds with a stop of
/// d seconds after every n parts makes n parts every n c + d seconds. Several operation-dependent failure profiles,
/// each with exponential times to failure, add up: a part of mean time p costs p (1 + sum of MTTR / MTBF), so the
/// station works a fraction A = 1 / (1 + sum of MTTR / MTBF) of the time and is failed by profile i a fraction
/// A MTTR_i / MTBF_i.
/// </summary>
public sealed class StoppageTests
{
    [Fact]
    public void Run_StopOf30sEveryTen50sCycles_JphIsTenPartsPer530s()
    {
        var station = new Station("Weld", Distribution.Constant(50)) { Stops = [new CountStop("Tip dressing", 10, Distribution.Constant(30))] };

        SimulationResult result = RunAlone(station, replications: 1, duration: 530_000);

        StationSummary weld = result.Stations[0];
        Assert.Equal(3_600.0 * 10 / 530, result.ThroughputPerHour.Mean, 9);
        Assert.Equal(30.0 / 530, weld.Stopped.Mean, 9);
        Assert.Equal(30.0 / 530, weld.Down.Mean, 9);
        Assert.Equal(500.0 / 530, weld.Working.Mean, 9);
        Assert.Equal(0, weld.Maintenance.Mean);
    }

    [Fact]
    public void Run_StopCountingOneVariantOfTwoInTurn_StopsEveryTwiceThatManyParts()
    {
        var line = new LineModel
        {
            TaktTime = 55,
            Variants = ProductMix.BySequence("Sedan", "Touring"),
            Stations = [new Station("Weld", Distribution.Constant(50)) { Stops = [new CountStop("Tip dressing", 5, Distribution.Constant(30)) { Variant = "Sedan" }] }],
        };

        SimulationResult result = Simulation.Create(line, new SimulationOptions { Replications = 1, Duration = 530_000 }).Run();

        Assert.Equal(3_600.0 * 10 / 530, result.ThroughputPerHour.Mean, 9);
    }

    [Fact]
    public void Run_TwoStopsDueTogether_StopForBothDurations()
    {
        var station = new Station("Weld", Distribution.Constant(50))
        {
            Stops = [new CountStop("Tip dressing", 5, Distribution.Constant(10)), new CountStop("Cleaning", 10, Distribution.Constant(20))],
        };

        SimulationResult result = RunAlone(station, replications: 1, duration: 540_000);

        // Ten parts take 500 s of work, 10 s after the fifth and 10 + 20 s after the tenth.
        Assert.Equal(3_600.0 * 10 / 540, result.ThroughputPerHour.Mean, 9);
        Assert.Equal(40.0 / 540, result.Stations[0].Stopped.Mean, 9);
    }

    [Fact]
    public void Run_TwoOperationDependentProfiles_AvailabilityIsOneOverOnePlusSumOfRatios()
    {
        const double gunMtbf = 2_000, gunMttr = 100, robotMtbf = 5_000, robotMttr = 500;
        var station = new Station("Weld", Distribution.Uniform(30, 70), FailureModel.FromMeans(robotMtbf, robotMttr) with { Name = "Robot" })
        {
            AdditionalFailures = [FailureModel.FromMeans(gunMtbf, gunMttr) with { Name = "Weld gun" }],
        };

        SimulationResult result = RunAlone(station, replications: 20, duration: 500_000);

        double availability = 1 / (1 + (gunMttr / gunMtbf) + (robotMttr / robotMtbf));
        StationSummary weld = result.Stations[0];
        Confidence.Contains(result.ThroughputPerHour, availability * 3_600 / 50, "JPH");
        Confidence.Contains(weld.Working, availability, "working");
        Assert.Equal(["Robot", "Weld gun"], weld.DownByFailure.Select(profile => profile.Name));
        Confidence.Contains(weld.DownByFailure[0].Value, availability * robotMttr / robotMtbf, "down by the robot");
        Confidence.Contains(weld.DownByFailure[1].Value, availability * gunMttr / gunMtbf, "down by the weld gun");
        Assert.Equal(weld.Down.Mean, weld.DownByFailure.Sum(profile => profile.Value.Mean), 9);
    }

    [Fact]
    public void Run_TwoTimeDependentProfiles_DownByEachIsItsShareOfFailedTime()
    {
        // Time-dependent profiles keep counting while the other is in repair, so each is failed a fraction
        // MTTR / (MTBF + MTTR) of the time on its own, and the station is up only while neither is.
        const double mtbf1 = 3_000, mttr1 = 300, mtbf2 = 8_000, mttr2 = 800;
        var station = new Station("Press", Distribution.Constant(50), FailureModel.FromMeans(mtbf1, mttr1, FailureMode.TimeDependent) with { Name = "Die" })
        {
            AdditionalFailures = [FailureModel.FromMeans(mtbf2, mttr2, FailureMode.TimeDependent) with { Name = "Hydraulics" }],
        };

        SimulationResult result = RunAlone(station, replications: 20, duration: 500_000);

        double up1 = mtbf1 / (mtbf1 + mttr1), up2 = mtbf2 / (mtbf2 + mttr2);
        StationSummary press = result.Stations[0];
        Confidence.Contains(press.DownByFailure[0].Value, 1 - up1, "down by the die");
        Confidence.Contains(press.DownByFailure[1].Value, 1 - up2, "down by the hydraulics");
        Confidence.Contains(press.Availability, up1 * up2, "availability");
    }

    [Theory]
    [InlineData(EngineSelection.Event)]
    [InlineData(EngineSelection.SamplePath)]
    public void Run_OneProfile_DownByFailureIsDown(EngineSelection engine)
    {
        var line = new LineModel
        {
            TaktTime = 55,
            Stations = [new("A", Distribution.Constant(40)), new("B", Distribution.Exponential(45), FailureModel.FromMeans(2_000, 200)), new("C", Distribution.Constant(40))],
        };

        SimulationResult result = Simulation.Create(line, new SimulationOptions { Replications = 3, Duration = 100_000, Engine = engine }).Run();

        NamedEstimate profile = Assert.Single(result.Stations[1].DownByFailure);
        Assert.Equal("failures", profile.Name);
        Assert.Equal(result.Stations[1].Down.Mean, profile.Value.Mean, 12);
        Assert.Empty(result.Stations[0].DownByFailure);
    }

    [Fact]
    public void Run_ExitPulledSlowerThanTheLine_JphIsThePullRate()
    {
        var line = new LineModel
        {
            TaktTime = 55,
            Stations = [new("Framing", Distribution.Uniform(30, 50)), new("Respot", Distribution.Constant(40)) { Pull = Schedule.Every(55) }],
            Buffers = [new("Framing", 2)],
        };

        SimulationResult result = Simulation.Create(line, new SimulationOptions { Replications = 2, Warmup = 1_000, Duration = 55_000 }).Run();

        Assert.Equal(3_600.0 / 55, result.ThroughputPerHour.Mean, 9);
        Assert.Equal(40.0 / 55, result.Stations[1].Working.Mean, 6);
        Assert.Equal(15.0 / 55, result.Stations[1].Blocked.Mean, 6);
    }

    [Fact]
    public void Run_ExitPulledAtListedTimesEachRound_TakesOnePartAtEach()
    {
        var line = new LineModel
        {
            TaktTime = 30,
            Stations = [new Station("Hem", Distribution.Constant(5)) { Pull = Schedule.At([0, 10, 20], repeatEvery: 100) }],
        };

        SimulationResult result = Simulation.Create(line, new SimulationOptions { Replications = 1, Warmup = 50, Duration = 100_000 }).Run();

        Assert.Equal(3 * 36.0, result.ThroughputPerHour.Mean, 9);
    }

    [Fact]
    public void Run_ExitPulledAtListedTimesOnce_StopsAfterTheLast()
    {
        var line = new LineModel
        {
            TaktTime = 30,
            Stations = [new Station("Hem", Distribution.Constant(5)) { Pull = Schedule.At([10, 20, 3_000]) }],
        };

        SimulationResult result = Simulation.Create(line, new SimulationOptions { Replications = 1, Duration = 10_000 }).Run();

        Assert.Equal(3, result.ReplicationResults[0].PartsOut);
    }

    private static SimulationResult RunAlone(Station station, int replications, double duration) =>
        Simulation.Create(
            new LineModel { TaktTime = 55, Stations = [station] },
            new SimulationOptions { Seed = 11, Replications = replications, Duration = duration }).Run();
}
