using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Theory;

/// <summary>
/// Two exponential stations with rates mu1, mu2 and a buffer of B places between them, with an unlimited supply.
/// </summary>
/// <remarks>
/// Blocking after service: let k be the parts in the buffer and on the second station (0 .. B + 1), plus one when the
/// first station holds a finished part it cannot pass on (k = B + 2). Station 1 finishing moves k up at rate mu1
/// (k &lt; B + 2), station 2 finishing moves it down at rate mu2 (k &gt; 0): a birth-death chain on 0 .. B + 2.
/// Blocking before service: station 1 starts a part only with a place reserved among the B + 1 places of the
/// buffer and station 2; k (parts there, 0 .. B + 1) goes up at rate mu1 while station 1 processes (k &lt;= B) and
/// down at rate mu2: a birth-death chain on 0 .. B + 1. So before-service with buffer B is exactly after-service
/// with buffer B - 1, and with B = 0 the stations alternate (throughput mu / 2 for equal rates).
/// In both, p_k is proportional to (mu1 / mu2)^k and throughput is mu2 (1 - p_0); for equal rates that is
/// mu (K) / (K + 1) with K the chain's top state: mu (B + 2) / (B + 3) after service, mu (B + 1) / (B + 2) before.
/// </remarks>
public sealed class TwoStationLineTests
{
    private static SimulationResult Run(double mean1, double mean2, int buffer, BlockingPolicy blocking, int replications = 20)
    {
        var line = new LineModel
        {
            TaktTime = 55,
            Blocking = blocking,
            Stations = [new("A", Distribution.Exponential(mean1)), new("B", Distribution.Exponential(mean2))],
            Buffers = [new("A", buffer)],
        };

        return Simulation.Create(line, new SimulationOptions { Seed = 7, Replications = replications, Warmup = 10_000, Duration = 1_000_000 }).Run();
    }

    /// <summary>Parts per hour of the birth-death chain on 0 .. top with up rate 1/mean1 and down rate 1/mean2.</summary>
    internal static double BirthDeathThroughput(double mean1, double mean2, int top)
    {
        double ratio = mean2 / mean1;
        double sum = 0;
        for (int k = 0; k <= top; k++)
        {
            sum += Math.Pow(ratio, k);
        }

        return 3600 / mean2 * (1 - (1 / sum));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(10)]
    public void Run_TwoExponentialStations_ThroughputIsMuTimesBPlus2OverBPlus3(int buffer)
    {
        const double mean = 55;

        SimulationResult result = Run(mean, mean, buffer, BlockingPolicy.AfterService);

        double exact = 3600 / mean * (buffer + 2) / (buffer + 3);
        AssertContains(result.ThroughputPerHour, exact);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Run_TwoExponentialStations_SecondStationStarvesOneOverBPlus3(int buffer)
    {
        const double mean = 55;

        SimulationResult result = Run(mean, mean, buffer, BlockingPolicy.AfterService);

        AssertContains(result.Stations[1].Working, (buffer + 2.0) / (buffer + 3));
        AssertContains(result.Stations[1].Starved, 1.0 / (buffer + 3));
        AssertContains(result.Stations[0].Blocked, 1.0 / (buffer + 3));
        // The buffer holds B parts in states k = B + 1 and B + 2 (a capacity-0 buffer is always full).
        AssertContains(result.Buffers[0].FullFraction, buffer == 0 ? 1 : 2.0 / (buffer + 3));
        if (buffer > 0)
        {
            // It is empty in states 0 and 1, and holds k - 1 parts in state k otherwise.
            AssertContains(result.Buffers[0].EmptyFraction, 2.0 / (buffer + 3));
            AssertContains(result.Buffers[0].AverageLevel, (((buffer - 1) * buffer / 2.0) + (2.0 * buffer)) / (buffer + 3));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void Run_TwoExponentialStationsBlockingBeforeService_ThroughputIsMuTimesBPlus1OverBPlus2(int buffer)
    {
        const double mean = 55;

        SimulationResult result = Run(mean, mean, buffer, BlockingPolicy.BeforeService);

        double exact = 3600 / mean * (buffer + 1) / (buffer + 2);
        AssertContains(result.ThroughputPerHour, exact);
    }

    [Theory]
    [InlineData(BlockingPolicy.AfterService, 0)]
    [InlineData(BlockingPolicy.AfterService, 2)]
    [InlineData(BlockingPolicy.BeforeService, 0)]
    [InlineData(BlockingPolicy.BeforeService, 2)]
    public void Run_TwoUnequalExponentialStations_ThroughputIsThatOfTheBirthDeathChain(BlockingPolicy blocking, int buffer)
    {
        const double mean1 = 40;
        const double mean2 = 55;
        int top = blocking == BlockingPolicy.AfterService ? buffer + 2 : buffer + 1;

        SimulationResult result = Run(mean1, mean2, buffer, blocking);

        AssertContains(result.ThroughputPerHour, BirthDeathThroughput(mean1, mean2, top));
    }

    private static void AssertContains(Estimate estimate, double exact) =>
        Assert.True(estimate.Contains(exact), $"{estimate} should contain {exact}");
}
