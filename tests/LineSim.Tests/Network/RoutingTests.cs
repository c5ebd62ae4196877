using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Network;

/// <summary>
/// A station routes its parts to two stations that each take less time than it does, so that no part ever waits for
/// room: under routing by probability the number sent left is binomial; round robin alternates exactly; first with
/// space sends every part to the first target while it has room.
/// </summary>
public sealed class RoutingTests
{
    private static LineModel Split(Routing routing, double branchTime = 5, int branchBuffer = 0) => new()
    {
        Name = "Split",
        TaktTime = 10,
        Stations =
        [
            new Station("Split", Distribution.Constant(10)) { Routing = routing },
            new Station("Left", Distribution.Constant(branchTime)) { Inputs = [StationInput.FromStation("Split", branchBuffer)] },
            new Station("Right", Distribution.Constant(branchTime)) { Inputs = [StationInput.FromStation("Split", branchBuffer)] },
        ],
    };

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public void Run_RoutingByProbability_CountsAreBinomial(double p)
    {
        Routing routing = Routing.ByProbability(new RouteTarget("Left", p), new RouteTarget("Right", 1 - p));
        SimulationResult result = Simulation.Create(Split(routing), new SimulationOptions { Seed = 17, Replications = 5, Duration = 100_000 }).Run();

        long left = 0;
        long total = 0;
        foreach (ReplicationResult r in result.ReplicationResults)
        {
            long n = r.Stations[1].PartsProcessed + r.Stations[2].PartsProcessed;
            // Every routed part is through its branch by the end but the last one, which may still be in process.
            Assert.InRange(n, r.Stations[0].PartsProcessed - 1, r.Stations[0].PartsProcessed);
            AssertBinomial(r.Stations[1].PartsProcessed, n, p);
            Assert.Equal(0, r.Stations[0].Blocked);
            left += r.Stations[1].PartsProcessed;
            total += n;
        }

        AssertBinomial(left, total, p);
    }

    [Fact]
    public void Run_RoutingByProbability_SameSeedSameChoices()
    {
        Routing routing = Routing.ByProbability(new RouteTarget("Left", 0.4), new RouteTarget("Right", 0.6));
        var options = new SimulationOptions { Seed = 17, Replications = 3, Duration = 20_000 };

        SimulationResult first = Simulation.Create(Split(routing), options).Run();
        SimulationResult second = Simulation.Create(Split(routing), options).Run();

        Assert.Equal(first.ReplicationResults.Select(r => r.Stations[1].PartsProcessed), second.ReplicationResults.Select(r => r.Stations[1].PartsProcessed));
        Assert.NotEqual(first.ReplicationResults[0].Stations[1].PartsProcessed, first.ReplicationResults[1].Stations[1].PartsProcessed);
    }

    [Theory]
    [InlineData(BlockingPolicy.AfterService)]
    [InlineData(BlockingPolicy.BeforeService)]
    public void Run_RoundRobin_SplitsExactlyEvenly(BlockingPolicy blocking)
    {
        LineModel plant = Split(new Routing(RoutingRule.RoundRobin)) with { Blocking = blocking };

        SimulationResult result = Simulation.Create(plant, new SimulationOptions { Seed = 17, Replications = 2, Duration = 10_005 }).Run();

        Assert.All(result.ReplicationResults, r =>
        {
            long left = r.Stations[1].PartsProcessed;
            long right = r.Stations[2].PartsProcessed;
            Assert.InRange(left - right, -1, 1);
            Assert.InRange(left + right, r.Stations[0].PartsProcessed - 1, r.Stations[0].PartsProcessed);
            Assert.Equal(1000, r.Stations[0].PartsProcessed);
        });
    }

    [Fact]
    public void Run_RoundRobinWithRandomTimes_AlternatesPartByPart()
    {
        // Whatever the times, the n-th part of the split goes left for even n and right for odd n.
        LineModel plant = Split(new Routing(RoutingRule.RoundRobin)) with
        {
            Stations =
            [
                new Station("Split", Distribution.Exponential(10)) { Routing = new Routing(RoutingRule.RoundRobin) },
                new Station("Left", Distribution.Exponential(18)) { Inputs = [StationInput.FromStation("Split", 1)] },
                new Station("Right", Distribution.Exponential(18)) { Inputs = [StationInput.FromStation("Split", 1)] },
            ],
        };
        var log = new DepartureLog();

        ReplicationResult r = Simulation.Create(plant, new SimulationOptions { Seed = 5, Replications = 1, Duration = 20_000 }).RunReplication(0, log);

        Assert.True(r.PartsOut > 1_000);
        foreach (long part in log.PartsFrom(0))
        {
            int branch = part % 2 == 0 ? 1 : 2;
            Assert.Empty(log.Of(3 - branch, part));
        }
    }

    /// <summary>
    /// Split every 10 s, branches of 15 s with two places each. First with space sends every part left until the left
    /// buffer is full (by 40 s); from then on the left station never waits, taking a part every 15 s, and the right one
    /// gets the rest, one every 30 s on average, and the split never waits either.
    /// </summary>
    [Fact]
    public void Run_FirstWithSpace_FillsTheFirstTargetAndOverflowsToTheSecond()
    {
        const double duration = 36_000;
        LineModel plant = Split(new Routing(RoutingRule.FirstWithSpace), branchTime: 15, branchBuffer: 2);

        SimulationResult result = Simulation.Create(plant, new SimulationOptions { Seed = 17, Replications = 2, Warmup = 1_000, Duration = duration }).Run();

        Assert.All(result.ReplicationResults, r =>
        {
            Assert.Equal(1, r.Stations[1].Working, 9);
            Assert.InRange(r.Stations[1].PartsProcessed, (duration / 15) - 1, (duration / 15) + 1);
            Assert.InRange(r.Stations[2].PartsProcessed, (duration / 30) - 2, (duration / 30) + 2);
            Assert.Equal(0, r.Stations[0].Blocked);
        });
    }

    [Fact]
    public void Run_FirstWithSpace_SendsEverythingToAFirstTargetThatKeepsUp()
    {
        LineModel plant = Split(new Routing(RoutingRule.FirstWithSpace), branchTime: 8);

        SimulationResult result = Simulation.Create(plant, new SimulationOptions { Seed = 17, Replications = 2, Duration = 10_000 }).Run();

        Assert.All(result.ReplicationResults, r =>
        {
            Assert.Equal(0, r.Stations[2].PartsProcessed);
            Assert.Equal(0, r.Stations[0].Blocked);

            // The last part sent left may still be in process when the window closes.
            Assert.InRange(r.Stations[1].PartsProcessed, r.Stations[0].PartsProcessed - 1, r.Stations[0].PartsProcessed);
        });
    }

    /// <summary>Within four standard deviations of the binomial mean n p (plus one part for the part still in process).</summary>
    private static void AssertBinomial(long count, long n, double p)
    {
        double sd = Math.Sqrt(n * p * (1 - p));
        Assert.True(Math.Abs(count - (n * p)) <= (4 * sd) + 1, $"{count} of {n} with p = {p}: expected {n * p} ± {4 * sd}");
    }
}
