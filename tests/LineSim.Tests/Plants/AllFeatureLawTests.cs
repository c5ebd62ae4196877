using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit.Abstractions;

namespace LineSim.Tests.Plants;

/// <summary>
/// The laws of <see cref="ResultLaws"/> over plants with every feature at once (<see cref="AllFeaturePlants"/>), for
/// every replication of every case, and the pairs of features those cases cover. FsCheck replays a fixed seed, so the
/// plants and, through the generated seed, the runs are the same on every run.
/// </summary>
public sealed class AllFeatureLawTests(ITestOutputHelper output)
{
    private const string Replay = "(1414213,1732050807)";
    private const int Cases = 300;

    /// <summary>Pairs no case can have: one run, one warm-up and one mix each.</summary>
    private static readonly HashSet<(PlantFeature, PlantFeature)> s_exclusive =
    [
        (PlantFeature.VariantSequence, PlantFeature.VariantShares),
        (PlantFeature.WarmupEndsInWorkingTime, PlantFeature.WarmupEndsOffShift),
        (PlantFeature.RunByDuration, PlantFeature.RunByPartCount),
    ];

    [Property(MaxTest = Cases, Arbitrary = [typeof(AllFeaturePlants)], Replay = Replay)]
    public void Run_AnyPlant_ObeysEveryLaw(PlantCase plant, int seed) =>
        ResultLaws.RunAndHold(plant.Model, plant.Options(seed));

    [Property(MaxTest = 40, Arbitrary = [typeof(AllFeaturePlants)], Replay = Replay)]
    public void Run_AnyPlant_SameResultTwiceOnOneThreadOrFour(PlantCase plant, int seed) =>
        ResultLaws.AreReproducible(plant.Model, plant.Options(seed, replications: 4));

    [Property(MaxTest = 40, Arbitrary = [typeof(AllFeaturePlants)], Replay = Replay)]
    public void Run_AnyPlant_BottleneckAnalysisChangesNothingElse(PlantCase plant, int seed) =>
        ResultLaws.AnalysisChangesNothingElse(plant.Model, plant.Options(seed));

    /// <summary>
    /// As many cases as the laws run, drawn with a fixed seed, meet every pair of features that can go together, each
    /// pair at least five times; the count of each pair is written to the test's output.
    /// </summary>
    [Fact]
    public void Case_AsManyCasesAsTheLawsRun_CoverEveryPairOfFeatures()
    {
        PlantCase[] cases = Gen.Sample(AllFeaturePlants.Case, Cases, new Rnd(1_414_213, 1_732_050_807), 50);

        PlantFeature[] features = Enum.GetValues<PlantFeature>();
        foreach (PlantFeature feature in features)
        {
            output.WriteLine($"{feature}: {cases.Count(c => c.Features.Contains(feature))}");
        }

        var missing = new List<string>();
        foreach (PlantFeature a in features)
        {
            foreach (PlantFeature b in features.Where(b => b > a && !s_exclusive.Contains((a, b))))
            {
                int count = cases.Count(c => c.Features.Contains(a) && c.Features.Contains(b));
                output.WriteLine($"{a} + {b}: {count}");
                if (count < 5)
                {
                    missing.Add($"{a} + {b} ({count})");
                }
            }
        }

        Assert.True(missing.Count == 0, $"pairs of features met by fewer than five of {Cases} cases: {string.Join(", ", missing)}");
    }
}
