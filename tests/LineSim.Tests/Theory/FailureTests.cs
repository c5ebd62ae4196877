using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Theory;

/// <summary>
/// A station that fails, alone with an unlimited supply, is always working or down. With operation-dependent
/// failures a part of mean time p costs p (1 + MTTR / MTBF) on average, so throughput is 1 / (p (1 + MTTR / MTBF));
/// with time-dependent failures the station is up a fraction A = MTBF / (MTBF + MTTR) of the time, so throughput is
/// A / p.
/// </summary>
public sealed class FailureTests
{
    private static SimulationResult RunAlone(Distribution processing, FailureModel failures) =>
        Simulation.Create(
            new LineModel { TaktTime = 55, Stations = [new("Robot", processing, failures)] },
            new SimulationOptions { Seed = 5, Replications = 20, Warmup = 10_000, Duration = 500_000 }).Run();

    public static TheoryData<string> ProcessingTimes => ["constant", "exponential", "uniform"];

    private static Distribution Processing(string kind) => kind switch
    {
        "constant" => Distribution.Constant(50),
        "exponential" => Distribution.Exponential(50),
        _ => Distribution.Uniform(30, 70),
    };

    [Theory]
    [MemberData(nameof(ProcessingTimes))]
    public void Run_OperationDependentFailuresAlone_ThroughputIsOneOverPTimesOnePlusMttrOverMtbf(string kind)
    {
        const double mtbf = 2_000;
        const double mttr = 200;

        SimulationResult result = RunAlone(Processing(kind), FailureModel.FromMeans(mtbf, mttr));

        double exact = 3600 / (50 * (1 + (mttr / mtbf)));
        AssertContains(result.ThroughputPerHour, exact);
        AssertContains(result.Stations[0].Down, mttr / (mtbf + mttr));
        Assert.Equal(0, result.Stations[0].Starved.Mean, 12);
        Assert.Equal(0, result.Stations[0].Blocked.Mean, 12);
    }

    [Theory]
    [MemberData(nameof(ProcessingTimes))]
    public void Run_TimeDependentFailuresAlone_ThroughputIsAvailabilityOverP(string kind)
    {
        const double mtbf = 1_500;
        const double mttr = 300;
        var failures = FailureModel.FromMeans(mtbf, mttr, FailureMode.TimeDependent);

        SimulationResult result = RunAlone(Processing(kind), failures);

        AssertContains(result.ThroughputPerHour, failures.Availability * 3600 / 50);
        AssertContains(result.Stations[0].Availability, failures.Availability);
        AssertContains(result.Stations[0].Working, failures.Availability);
    }

    [Fact]
    public void Run_TimeDependentFailuresWithWeibullTimeToFailure_ThroughputIsAvailabilityOverP()
    {
        // Availability depends only on the means (renewal-reward), whatever the distributions.
        var failures = new FailureModel(Distribution.Weibull(2, 1_200), Distribution.Uniform(100, 300), FailureMode.TimeDependent);

        SimulationResult result = RunAlone(Distribution.Constant(50), failures);

        AssertContains(result.ThroughputPerHour, failures.Availability * 3600 / 50);
    }

    private static void AssertContains(Estimate estimate, double exact) =>
        Assert.True(estimate.Contains(exact), $"{estimate} should contain {exact}");
}
