using LineSim.Scenarios;

namespace LineSim.Tests.Scenarios;

public sealed class RunEngineTests
{
    private const string Line = """
        "taktTime": 55, "stations": [ { "name": "A", "processingTime": 50,
          "failures": { "mode": "time", "mtbf": 3600, "mttr": 300 } } ]
        """;

    [Theory]
    [InlineData("auto", EngineSelection.Auto)]
    [InlineData("event", EngineSelection.Event)]
    public void Load_RunEngine_SelectsTheEngine(string engine, EngineSelection expected)
    {
        ScenarioLoadResult result = ScenarioLoader.Load($$"""{ {{Line}}, "run": { "engine": "{{engine}}" } }""");

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(expected, result.Scenario!.Options.Engine);
    }

    [Fact]
    public void Load_SamplePathForALineItCannotRun_ReportedAtRunEngine()
    {
        ScenarioLoadResult result = ScenarioLoader.Load($$"""{ {{Line}}, "run": { "engine": "samplePath" } }""");

        ScenarioError error = Assert.Single(result.Errors);
        Assert.Equal("run.engine", error.Path);
        Assert.StartsWith("samplePath cannot run this line: station 'A' has time-dependent failures;", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("Use \"auto\" or \"event\".", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownEngine_NamesTheChoices()
    {
        ScenarioLoadResult result = ScenarioLoader.Load($$"""{ {{Line}}, "run": { "engine": "events" } }""");

        ScenarioError error = Assert.Single(result.Errors);
        Assert.Equal("run.engine", error.Path);
        Assert.Contains("event", error.Message, StringComparison.Ordinal);
    }
}
