using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Network;

/// <summary>
/// Each supply gives its k-th part the k-th variant of the mix, so feeder lines arrive at an assembly in step and join
/// parts of one variant; scrap on a feeder puts it a part ahead of the others, and the assembly counts the mismatches.
/// </summary>
public sealed class VariantMismatchTests
{
    private static LineModel Framing(ProductMix mix, Quality? sideFrameCheck = null) => new()
    {
        Name = "Framing",
        TaktTime = 55,
        Variants = mix,
        Stations =
        [
            new("Underbody", Distribution.Exponential(45)),
            new("Side frame", Distribution.Exponential(45)) { Inputs = [StationInput.FromSupply(Source.Unlimited)], Quality = sideFrameCheck },
            new("Framing", Distribution.Constant(50))
            {
                Inputs = [StationInput.FromStation("Underbody", buffer: 3), StationInput.FromStation("Side frame", buffer: 3)],
            },
        ],
    };

    private static SimulationResult Run(LineModel plant) =>
        Simulation.Create(plant, new SimulationOptions { Seed = 8, Replications = 4, Warmup = 3_600, Duration = 86_400 }).Run();

    [Fact]
    public void Run_SharesWithoutScrap_FeedersStayInStep()
    {
        SimulationResult result = Run(Framing(ProductMix.ByShares(new VariantShare("Sedan", 0.7), new VariantShare("Wagon", 0.3))));

        Assert.All(result.ReplicationResults, r => Assert.Equal(0, r.Stations[2].VariantMismatches));
        Assert.True(result.OutputByVariant.All(v => v.Value.Mean > 0));
    }

    [Fact]
    public void Run_ScrapOnAFeeder_CountsMismatchesAtTheAssembly()
    {
        SimulationResult result = Run(Framing(ProductMix.BySequence("Sedan", "Wagon"), new Quality(FirstPassYield: 0.9)));

        // With two variants alternating, each scrapped side frame flips the pairing of every later body until the next
        // scrap: a body is mismatched while an odd number of side frames has been scrapped, half the time in the long
        // run. The parity changes about every ten bodies, so over the day's 1,500 or so the share stays well within a
        // quarter of one half.
        foreach (ReplicationResult r in result.ReplicationResults)
        {
            StationStatistics framing = r.Stations[2];
            Assert.InRange(framing.VariantMismatches, framing.PartsProcessed / 4, 3 * framing.PartsProcessed / 4);
            Assert.Equal(0, r.Stations[0].VariantMismatches);
        }

        Assert.True(result.Stations[2].VariantMismatches.Mean > 0);
    }
}
