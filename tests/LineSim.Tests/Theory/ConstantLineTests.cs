using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Theory;

/// <summary>
/// A line of constant processing times 40, 55, 30, 50 s without buffers. The first part crosses it in 175 s without
/// waiting; after that the 55 s station is never starved nor blocked (every station upstream is faster, and every one
/// downstream is faster, so it is never blocked either), so part n leaves the line at exactly 175 + 55 n.
/// </summary>
public sealed class ConstantLineTests
{
    private const double Bottleneck = 55;
    private const double FirstOut = 40 + 55 + 30 + 50;

    private static LineModel Line(BlockingPolicy blocking = BlockingPolicy.AfterService, int buffer = 0) => new()
    {
        TaktTime = 55,
        Blocking = blocking,
        Stations =
        [
            new("Load", Distribution.Constant(40)),
            new("Weld", Distribution.Constant(55)),
            new("Inspect", Distribution.Constant(30)),
            new("Unload", Distribution.Constant(50)),
        ],
        Buffers = [new("Load", buffer), new("Weld", buffer), new("Inspect", buffer)],
    };

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void RunReplication_ConstantTimes_PartNLeavesAtFirstOutPlusNTimesMaxCycle(int buffer)
    {
        var recorder = new DepartureRecorder(4);
        Simulation simulation = Simulation.Create(Line(buffer: buffer), new SimulationOptions { PartCount = 300 });

        simulation.RunReplication(0, recorder);

        IReadOnlyList<double> exits = recorder.From(3);
        Assert.Equal(300, exits.Count);
        for (int n = 0; n < exits.Count; n++)
        {
            Assert.Equal(FirstOut + (n * Bottleneck), exits[n]);
        }
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(174)]
    [InlineData(175)]
    [InlineData(5_675)] // exactly the departure of part 100: a departure at the horizon counts
    [InlineData(5_674.999)]
    public void RunReplication_ConstantTimesForADuration_PartsOutIsFloorOfExpected(double duration)
    {
        Simulation simulation = Simulation.Create(Line(), new SimulationOptions { Duration = duration });

        ReplicationResult result = simulation.RunReplication(0);

        long expected = duration < FirstOut ? 0 : (long)Math.Floor((duration - FirstOut) / Bottleneck) + 1;
        Assert.Equal(expected, result.PartsOut);
        Assert.Equal(duration, result.EndTime);
        Assert.Equal(duration, result.ObservedTime);
    }

    [Fact]
    public void Run_ConstantTimesWithWarmup_ThroughputIsExactlyOneOverMaxCycleTime()
    {
        // Departures at 175 + 55 n; the window (1010, 6510] holds n = 16 .. 115.
        var options = new SimulationOptions { Warmup = 1_010, Duration = 5_500, Replications = 2 };

        SimulationResult result = Simulation.Create(Line(), options).Run();

        Assert.All(result.ReplicationResults, r => Assert.Equal(100, r.PartsOut));
        Assert.Equal(3600 / Bottleneck, result.ThroughputPerHour.Mean, 9);
        Assert.Equal(0, result.ThroughputPerHour.HalfWidth, 9);
        Assert.Equal(1, result.TaktAttainment.Mean, 9);
    }

    [Fact]
    public void RunReplication_ConstantTimesWithWarmup_StateFractionsArePeriodic()
    {
        // The window is 100 cycles of 55 s long, so each station's fractions are exactly those of one cycle.
        ReplicationResult result = Simulation.Create(Line(), new SimulationOptions { Warmup = 1_010, Duration = 5_500 }).RunReplication(0);

        AssertFractions(result.Stations[0], working: 40 / Bottleneck, starved: 0, blocked: 15 / Bottleneck);
        AssertFractions(result.Stations[1], working: 1, starved: 0, blocked: 0);
        AssertFractions(result.Stations[2], working: 30 / Bottleneck, starved: 25 / Bottleneck, blocked: 0);
        AssertFractions(result.Stations[3], working: 50 / Bottleneck, starved: 5 / Bottleneck, blocked: 0);
        Assert.All(result.Stations, s => Assert.Equal(100, s.PartsProcessed));
    }

    [Fact]
    public void RunReplication_WarmupEndsAtADeparture_ThatDepartureIsNotCountedInTheWindow()
    {
        // The warm-up ends at 725 = 175 + 55 x 10, the instant part 10 leaves. The window (725, 6225] holds the
        // departures of parts 11 .. 110: 100 parts, 5500 / 55. Counting the departure at the window's start as well
        // as the one at its end would give 101 parts and overstate throughput by 1 %.
        ReplicationResult result = Simulation.Create(Line(), new SimulationOptions { Warmup = 725, Duration = 5_500 }).RunReplication(0);

        Assert.Equal(100, result.PartsOut);
    }

    [Fact]
    public void RunReplication_ConstantTimesPartCount_StopsAtTheNthDeparture()
    {
        ReplicationResult result = Simulation.Create(Line(), new SimulationOptions { PartCount = 100 }).RunReplication(0);

        Assert.Equal(100, result.PartsOut);
        Assert.Equal(100, result.Completed);
        Assert.Equal(FirstOut + (99 * Bottleneck), result.EndTime);
        Assert.Equal(result.EndTime, result.ObservedTime);
    }

    [Fact]
    public void RunReplication_ConstantTimesPartCountAfterWarmup_CountsOnlyPartsAfterWarmup()
    {
        // First departure after 1010 is part 16 at 1055; the hundredth is part 115 at 6500.
        ReplicationResult result = Simulation.Create(Line(), new SimulationOptions { Warmup = 1_010, PartCount = 100 }).RunReplication(0);

        Assert.Equal(100, result.PartsOut);
        Assert.Equal(FirstOut + (115 * Bottleneck), result.EndTime);
        Assert.Equal(result.EndTime - 1_010, result.ObservedTime);
        Assert.Equal(116, result.Completed);
    }

    [Fact]
    public void RunReplication_ConstantTimesLeadTime_IsConstantAfterTheTransient()
    {
        // Without buffers every part after the first waits the same: it enters Load when Load is free, and the
        // pattern repeats every 55 s, so lead time is the same for every part in the window.
        ReplicationResult result = Simulation.Create(Line(), new SimulationOptions { Warmup = 1_010, Duration = 5_500 }).RunReplication(0);

        Assert.Equal(result.LeadTime, result.LeadTimeP50, 6);
        Assert.Equal(result.LeadTime, result.LeadTimeP95, 6);
        Assert.Equal(result.WorkInProcess, result.ThroughputPerHour / 3600 * result.LeadTime, 9);
    }

    private static void AssertFractions(StationStatistics station, double working, double starved, double blocked)
    {
        Assert.Equal(working, station.Working, 9);
        Assert.Equal(starved, station.Starved, 9);
        Assert.Equal(blocked, station.Blocked, 9);
        Assert.Equal(0, station.Down, 9);
    }
}
