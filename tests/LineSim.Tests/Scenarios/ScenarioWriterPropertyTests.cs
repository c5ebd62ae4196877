using FsCheck.Xunit;
using LineSim.Model;
using LineSim.Scenarios;
using LineSim.Tests.Plants;
using LineSim.Tests.Properties;

namespace LineSim.Tests.Scenarios;

/// <summary>
/// Over generated plants, with every feature of the model, and generated serial lines: written by
/// <see cref="ScenarioWriter"/> and loaded, a line writes the same text again, its run settings come back, and a run with
/// the same seed gives bit-identical results.
/// </summary>
public sealed class ScenarioWriterPropertyTests
{
    private const string Replay = "(2718281,1414213563)";

    [Property(MaxTest = 60, Arbitrary = [typeof(AllFeaturePlants)], Replay = Replay)]
    public void Write_AnyPlant_LoadsToAnEqualPlant(PlantCase plant, int seed)
    {
        SimulationOptions options = plant.Options(seed);

        AssertRoundTrip(plant.Model, options);
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(LineArbitraries)], Replay = Replay)]
    public void Write_AnyLine_LoadsToAnEqualLine(LineModel line, int seed)
    {
        var options = new SimulationOptions { Seed = seed, Replications = 2, Duration = 20_000, MaxDegreeOfParallelism = 1 };

        AssertRoundTrip(line, options);
    }

    private static void AssertRoundTrip(LineModel line, SimulationOptions options)
    {
        string text = ScenarioWriter.Write(line, options);
        Scenario read = ScenarioWriterTests.Load(text);

        Assert.Equal(text, ScenarioWriter.Write(read));

        // The file holds the scenario's settings; how many threads run it, and whether to analyse it, are the caller's.
        Assert.Equal(options with { MaxDegreeOfParallelism = null, AnalyseBottlenecks = false }, read.Options);
        Assert.Equal(ScenarioWriterTests.Fingerprint(line, options), ScenarioWriterTests.Fingerprint(read.Line, options));
    }
}
