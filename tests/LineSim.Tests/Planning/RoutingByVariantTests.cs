using System.Collections.Immutable;
using LineSim.Model;
using LineSim.Results;
using LineSim.Tests.Network;

namespace LineSim.Tests.Planning;

/// <summary>
/// A line sorts its parts by variant to two exits: A to one, every other variant to the other. Parts leave its single
/// machines in the order they entered, so with a sequence the k-th part to leave the sorter is the sequence's k-th
/// variant (counted from the order of departures, not from the engine's part numbers), and each goes to its exit; with
/// shares, each exit makes exactly the parts out of its variants.
/// </summary>
public sealed class RoutingByVariantTests
{
    private static LineModel Line(ProductMix mix) => new()
    {
        Name = "Sorter",
        TaktTime = 30,
        Variants = mix,
        Stations =
        [
            new("Load", Distribution.Exponential(25)),
            new("Sort", Distribution.Exponential(20)) { Routing = new Routing(RoutingRule.ByVariant, [new RouteTarget("Exit A") { Variants = ["A"] }, new RouteTarget("Exit B")]) },
            new("Exit A", Distribution.Exponential(15)) { Inputs = [StationInput.FromStation("Sort", 2)] },
            new("Exit B", Distribution.Exponential(15)) { Inputs = [StationInput.FromStation("Sort", 2)] },
        ],
        Buffers = [new LineBuffer("Load", 2)],
    };

    [Fact]
    public void RunReplication_SequenceSortedByVariant_EachPartToTheExitOfItsVariant()
    {
        ImmutableArray<string> sequence = ["A", "B", "B", "C", "A"];
        var log = new DepartureLog();

        ReplicationResult result = Simulation.Create(Line(ProductMix.BySequence(sequence)), new SimulationOptions { Seed = 3, Replications = 1, Duration = 20_000 }).RunReplication(0, log);

        long[] sorted = [.. log.PartsFrom(1).OrderBy(part => Assert.Single(log.Of(1, part)))];
        var left = new Dictionary<string, long> { ["A"] = 0, ["B"] = 0, ["C"] = 0 };
        for (int k = 0; k < sorted.Length; k++)
        {
            string variant = sequence[k % sequence.Length];
            bool toA = log.Of(2, sorted[k]).Count > 0;
            bool toB = log.Of(3, sorted[k]).Count > 0;
            Assert.False(variant == "A" ? toB : toA, $"the {k}-th part sorted, {variant}, left the wrong exit");
            left[variant] += toA || toB ? 1 : 0;
        }

        Assert.True(sorted.Length > 500, $"only {sorted.Length} parts sorted");
        Assert.Equal(left.Select(v => new VariantOutput(v.Key, v.Value)), result.OutputByVariant);
        Assert.Equal(left["A"], result.Stations[2].PartsProcessed);
    }

    [Fact]
    public void Run_SharesSortedByVariant_EachExitMakesThePartsOutOfItsVariants()
    {
        LineModel line = Line(ProductMix.ByShares(new VariantShare("A", 0.3), new VariantShare("B", 0.5), new VariantShare("C", 0.2)));

        SimulationResult result = Simulation.Create(line, new SimulationOptions { Seed = 3, Replications = 4, Duration = 20_000 }).Run();

        Assert.All(result.ReplicationResults, r =>
        {
            long Out(string variant) => r.OutputByVariant.Single(v => v.Variant == variant).Parts;
            Assert.Equal(Out("A"), r.Stations[2].PartsProcessed);
            Assert.Equal(Out("B") + Out("C"), r.Stations[3].PartsProcessed);
        });
    }
}
