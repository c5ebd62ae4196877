using LineSim.Scenarios;

namespace LineSim.Tests.Scenarios;

public sealed class WholeNumberTests
{
    [Fact]
    public void Load_WholeNumbersWithADecimalPointOrExponent_AreAccepted()
    {
        ScenarioLoadResult result = ScenarioLoader.Load("""
            { "taktTime": 55,
              "stations": [ { "name": "A", "processingTime": 50 }, { "name": "B", "bufferBefore": 3.0, "processingTime": 50 } ],
              "run": { "replications": 2.0, "seed": 1e3, "duration": 1000 } }
            """);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(2, result.Scenario!.Options.Replications);
        Assert.Equal(1000, result.Scenario.Options.Seed);
        Assert.Equal(3, result.Scenario.Line.Buffers[0].Capacity);
    }

    [Fact]
    public void Load_FractionalCount_IsRefusedAsNotWhole()
    {
        ScenarioLoadResult result = ScenarioLoader.Load("""
            { "taktTime": 55, "stations": [ { "name": "A", "processingTime": 50 }, { "name": "B", "bufferBefore": 2.5, "processingTime": 50 } ] }
            """);

        ScenarioError error = Assert.Single(result.Errors);
        Assert.Equal("stations[1].bufferBefore", error.Path);
        Assert.Equal("must be a whole number, got 2.5", error.Message);
    }
}
