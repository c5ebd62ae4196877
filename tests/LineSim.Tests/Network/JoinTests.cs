using LineSim.Model;

namespace LineSim.Tests.Network;

/// <summary>
/// A join (<see cref="MergeRule.FirstAvailable"/>) takes whichever part has waited longest at any of its inputs. A part
/// starts waiting when it enters the input's buffer, which is when it leaves the feeder station; so a single-machine
/// join starts, and finishes, its parts in the order they left the feeders, whichever feeder they came from.
/// </summary>
public sealed class JoinTests
{
    [Theory]
    [InlineData(BlockingPolicy.AfterService)]
    [InlineData(BlockingPolicy.BeforeService)]
    public void Run_Join_TakesTheLongestWaitingPartFirst(BlockingPolicy blocking)
    {
        var plant = new LineModel
        {
            Name = "Join",
            TaktTime = 30,
            Blocking = blocking,
            Stations =
            [
                new Station("A", Distribution.Exponential(50)) { Inputs = [StationInput.FromSupply(Source.Unlimited)] },
                new Station("B", Distribution.Exponential(70)) { Inputs = [StationInput.FromSupply(Source.Unlimited)] },
                new Station("C", Distribution.Exponential(90)) { Inputs = [StationInput.FromSupply(Source.Unlimited)] },
                new Station("Join", Distribution.Exponential(22))
                {
                    Merge = MergeRule.FirstAvailable,
                    Inputs = [StationInput.FromStation("A", 3), StationInput.FromStation("B", 2), StationInput.FromStation("C", 1)],
                },
            ],
        };
        var log = new DepartureLog();

        Simulation.Create(plant, new SimulationOptions { Seed = 4, Replications = 1, Duration = 50_000 }).RunReplication(0, log);

        // Each part left exactly one feeder; order the join's parts by the time they left it.
        var parts = log.PartsFrom(3).Select(part => (Out: Assert.Single(log.Of(3, part)), In: Enumerable.Range(0, 3).SelectMany(s => log.Of(s, part)).Single())).OrderBy(p => p.Out).ToList();
        Assert.True(parts.Count > 1_000, $"only {parts.Count} parts");
        for (int k = 1; k < parts.Count; k++)
        {
            Assert.True(parts[k].In >= parts[k - 1].In, $"the join finished a part that waited from {parts[k].In} after one that waited from {parts[k - 1].In}");
        }
    }
}
