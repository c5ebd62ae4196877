using System.Collections.Immutable;
using System.Text.Json.Nodes;
using LineSim.Model;
using LineSim.Results;
using LineSim.Scenarios;
using LineSim.Tests.Plants;

namespace LineSim.Tests.Planning;

/// <summary>
/// Each supply follows the variants on its own: its k-th part takes the k-th variant of the sequence, as sequenced
/// feeder lines do, and an assembled part keeps its first input's variant. The plants that showed one sequence shared
/// by every supply: three supplies into a framing assembly with the sequence Sedan, Sedan, LWB built almost only sedans
/// (97.9%); the shipped body shop, whose four supplies took turns at the one sequence Sedan, Sedan, Sedan, LWB, built
/// 72/28 instead of 75/25.
/// </summary>
public sealed class VariantsPerSupplyTests
{
    private static readonly ProductMix s_sedanSedanLwb = ProductMix.BySequence("Sedan", "Sedan", "LWB");

    /// <summary>
    /// Underbody and two side frames, each from its own supply, into framing, then unload: every part passes the same
    /// stations in order, so the first 300 bodies out are the first 300 of the sequence, 200 sedans and 100 LWB.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RunReplication_ThreeSuppliesIntoFraming_BodiesOutFollowTheSequence(bool randomTimes)
    {
        Distribution Time(double mean) => randomTimes ? Distribution.Exponential(mean) : Distribution.Constant(mean);
        var line = new LineModel
        {
            Name = "Framing",
            TaktTime = 55,
            Variants = s_sedanSedanLwb,
            Stations =
            [
                new("Underbody", Time(50)) { Inputs = [StationInput.FromSupply(Source.Unlimited)] },
                new("LH side frame", Time(45)) { Inputs = [StationInput.FromSupply(Source.Unlimited)] },
                new("RH side frame", Time(45)) { Inputs = [StationInput.FromSupply(Source.Unlimited)] },
                new("Framing", Time(52))
                {
                    Inputs = [StationInput.FromStation("Underbody", 3), StationInput.FromStation("LH side frame", 3), StationInput.FromStation("RH side frame", 3)],
                },
                new("Unload", Time(40)),
            ],
            Buffers = [new LineBuffer("Framing", 2)],
        };

        ReplicationResult result = Simulation.Create(line, new SimulationOptions { Seed = 21, Replications = 1, PartCount = 300 }).RunReplication(0);

        Assert.Equal([new VariantOutput("Sedan", 200), new VariantOutput("LWB", 100)], result.OutputByVariant.ToArray());
    }

    /// <summary>
    /// The shipped body shop with the variants Sedan, Sedan, Sedan, LWB: its bodies are the underbody supply's parts, so
    /// from an empty plant the parts out hold three sedans to one LWB within the sequence's length and the parts still
    /// in the plant or scrapped (the body shop's inspection scraps and reworks, which reorders).
    /// </summary>
    [Fact]
    public void Run_BodyShopWithTwoVariants_ThreeSedansToOneLwbOut()
    {
        Scenario scenario = ShippedBodyShop.With(file =>
        {
            file["variants"] = new JsonObject { ["sequence"] = new JsonArray("Sedan", "Sedan", "Sedan", "LWB") };
            file["run"]!["warmup"] = 0;
            file["run"]!["replications"] = 4;
        });

        SimulationResult result = scenario.CreateSimulation().Run();

        Assert.Equal(1, ResultLaws.MainSupplies(scenario.Line));
        foreach (ReplicationResult r in result.ReplicationResults)
        {
            long missing = r.WorkInProcessAtEnd + r.Scrapped;
            long lwb = r.OutputByVariant.Single(v => v.Variant == "LWB").Parts;
            Assert.True(r.PartsOut > 5_000, $"only {r.PartsOut} bodies out");
            Assert.True(Math.Abs(lwb - (r.PartsOut / 4.0)) <= 4 + missing, $"{lwb} of {r.PartsOut} bodies out are LWB ({100.0 * lwb / r.PartsOut:F1}%), expected a quarter within {4 + missing}");
        }

        ResultLaws.Hold(scenario.Line, scenario.Options, result);
    }

    /// <summary>Shares: each supply draws its parts' variants on its own, so the bodies out of framing are a third LWB within the binomial bound.</summary>
    [Fact]
    public void RunReplication_ThreeSuppliesWithShares_BodiesOutWithinTheBinomialBound()
    {
        var line = new LineModel
        {
            Name = "Framing",
            TaktTime = 55,
            Variants = ProductMix.ByShares(new VariantShare("Sedan", 2 / 3.0), new VariantShare("LWB", 1 / 3.0)),
            Stations =
            [
                new("Underbody", Distribution.Constant(50)) { Inputs = [StationInput.FromSupply(Source.Unlimited)] },
                new("LH side frame", Distribution.Constant(45)) { Inputs = [StationInput.FromSupply(Source.Unlimited)] },
                new("RH side frame", Distribution.Constant(45)) { Inputs = [StationInput.FromSupply(Source.Unlimited)] },
                new("Framing", Distribution.Constant(52))
                {
                    Inputs = [StationInput.FromStation("Underbody", 3), StationInput.FromStation("LH side frame", 3), StationInput.FromStation("RH side frame", 3)],
                },
            ],
        };
        var options = new SimulationOptions { Seed = 21, Replications = 4, Duration = 100_000 };

        SimulationResult result = Simulation.Create(line, options).Run();

        ResultLaws.Hold(line, options, result);
        ImmutableArray<ReplicationResult> replications = result.ReplicationResults;
        long lwb = replications.Sum(r => r.OutputByVariant.Single(v => v.Variant == "LWB").Parts);
        long bodies = replications.Sum(r => r.PartsOut);
        long missing = replications.Sum(r => r.WorkInProcessAtEnd);
        double bound = (4 * Math.Sqrt((bodies + missing) * (2 / 9.0))) + missing;
        Assert.True(Math.Abs(lwb - (bodies / 3.0)) <= bound, $"{lwb} of {bodies} bodies out are LWB, expected {bodies / 3.0:F0} within {bound:F0}");
    }
}
