using System.Collections.Immutable;
using LineSim.Model;
using LineSim.Results;
using LineSim.Tests.Theory;

namespace LineSim.Tests.Planning;

/// <summary>
/// A station that always has a part to take and room to pass it on, with variants drawn by shares and a setup before
/// each part of another variant than the last: a renewal-reward process, part by part. Variants are drawn independently,
/// so a part of variant b follows one of variant a with probability p(a) p(b), and in the long run each part costs its
/// mean processing time, sum over b of p(b) T(b), and its mean setup, sum over a different from b of p(a) p(b) S(a, b).
/// The station works and sets up in proportion to those, and makes one part per their sum.
/// </summary>
public sealed class RandomSetupTheoryTests
{
    [Theory]
    [InlineData(0.5, 0.5, 0.0)]
    [InlineData(0.7, 0.3, 0.0)]
    [InlineData(0.5, 0.3, 0.2)]
    public void Run_RandomMixWithRandomSetups_RenewalReward(double a, double b, double c)
    {
        // A 50 s exponential, B uniform 60 to 80 s, C the station's 45 s constant; 20 s exponential setups, 35 s from A to B.
        (string Variant, double Share, double Time)[] mix = [("A", a, 50), ("B", b, 70), ("C", c, 45)];
        mix = [.. mix.Where(v => v.Share > 0)];
        double Setup(string from, string to) => from == "A" && to == "B" ? 35 : 20;
        var line = new LineModel
        {
            Name = "Weld",
            TaktTime = 60,
            Variants = ProductMix.ByShares([.. mix.Select(v => new VariantShare(v.Variant, v.Share))]),
            Stations =
            [
                new("Weld", Distribution.Constant(45))
                {
                    ProcessingTimeByVariant = ImmutableDictionary<string, Distribution>.Empty.Add("A", Distribution.Exponential(50)).Add("B", Distribution.Uniform(60, 80)),
                    Setup = new Changeover(Distribution.Exponential(20)) { Matrix = [new ChangeoverTime("A", "B", Distribution.Constant(35))] },
                },
            ],
        };
        double working = mix.Sum(v => v.Share * v.Time);
        double setup = mix.Sum(from => mix.Where(to => to.Variant != from.Variant).Sum(to => from.Share * to.Share * Setup(from.Variant, to.Variant)));

        SimulationResult result = Simulation.Create(line, new SimulationOptions { Seed = 11, Replications = 10, Warmup = 2_000, Duration = 200_000 }).Run();

        Confidence.Contains(result.ThroughputPerHour, 3_600 / (working + setup), "JPH");
        Confidence.Contains(result.Stations[0].Setup, setup / (working + setup), "setup");
        Confidence.Contains(result.Stations[0].Working, working / (working + setup), "working");
    }
}
