using System.Text.Json;
using LineSim.Results;
using LineSim.Scenarios;

namespace LineSim.Cli.Tests;

public sealed class OutputIntervalTests : IClassFixture<ScenarioFiles>
{
    private readonly ScenarioFiles _files;

    public OutputIntervalTests(ScenarioFiles files)
    {
        _files = files;
    }

    [Fact]
    public void Run_OutputInterval_JsonHasThroughputOverTimeAsTheApiGives()
    {
        string path = _files.Write("output-interval.json", """
            { "taktTime": 55, "stations": [ { "name": "A", "processingTime": { "type": "exponential", "mean": 50 } } ],
              "run": { "duration": 10000, "replications": 3, "seed": 4, "outputInterval": 3600 } }
            """);

        CliRun run = CliRun.Of("run", path, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using JsonDocument json = JsonDocument.Parse(run.Out);
        Assert.Equal(3600, json.RootElement.GetProperty("outputInterval").GetDouble());
        JsonElement[] intervals = [.. json.RootElement.GetProperty("throughputOverTime").EnumerateArray()];
        SimulationResult expected = ScenarioLoader.LoadFile(path).GetScenarioOrThrow().CreateSimulation().Run();
        Assert.Equal(3, intervals.Length);
        for (int k = 0; k < 3; k++)
        {
            Assert.Equal(expected.ThroughputOverTime[k].Mean, intervals[k].GetProperty("mean").GetDouble());
            Assert.Equal(expected.ThroughputOverTime[k].HalfWidth, intervals[k].GetProperty("halfWidth").GetDouble());
        }
    }

    [Fact]
    public void Run_OutputInterval_JsonHasEachBuffersLevelOverTime()
    {
        string path = _files.Write("buffer-levels.json", """
            { "taktTime": 55, "stations": [ { "name": "A", "processingTime": { "type": "exponential", "mean": 50 } },
                                           { "name": "B", "bufferBefore": 3, "processingTime": { "type": "exponential", "mean": 52 } } ],
              "run": { "duration": 10000, "replications": 3, "seed": 4, "outputInterval": 2500 } }
            """);

        CliRun run = CliRun.Of("run", path, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using JsonDocument json = JsonDocument.Parse(run.Out);
        JsonElement buffer = json.RootElement.GetProperty("buffers")[0];
        JsonElement[] levels = [.. buffer.GetProperty("averageLevelOverTime").EnumerateArray()];
        Assert.Equal(4, levels.Length);
        Assert.All(levels, level => Assert.InRange(level.GetProperty("mean").GetDouble(), 0, 3));
    }

    [Fact]
    public void Run_NoOutputInterval_JsonLeavesThroughputOverTimeOut()
    {
        string path = _files.Write("no-output-interval.json", """
            { "taktTime": 55, "stations": [ { "name": "A", "processingTime": 50 } ], "run": { "duration": 10000, "replications": 2 } }
            """);

        CliRun run = CliRun.Of("run", path, "--json");

        using JsonDocument json = JsonDocument.Parse(run.Out);
        Assert.False(json.RootElement.TryGetProperty("throughputOverTime", out _));
    }
}
