using System.Text.Json;

namespace LineSim.Cli.Tests;

public sealed class RunEngineOptionTests : IClassFixture<ScenarioFiles>
{
    private readonly ScenarioFiles _files;

    public RunEngineOptionTests(ScenarioFiles files)
    {
        _files = files;
    }

    [Theory]
    [InlineData("event", "event")]
    [InlineData("sample-path", "samplePath")]
    public void Run_EngineOption_RunsThatEngine(string option, string reported)
    {
        string path = _files.Write($"engine-{option}.json", """
            { "taktTime": 55, "stations": [ { "name": "A", "processingTime": { "type": "exponential", "mean": 50 } } ],
              "run": { "duration": 20000, "replications": 2, "seed": 5 } }
            """);

        CliRun run = CliRun.Of("run", path, "--engine", option, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using JsonDocument json = JsonDocument.Parse(run.Out);
        Assert.Equal(reported, json.RootElement.GetProperty("engine").GetString());
    }

    [Fact]
    public void Run_SamplePathForALineItCannotRun_ExitsTwoWithTheReason()
    {
        string path = _files.Write("engine-refused.json", """
            { "taktTime": 55, "stations": [ { "name": "A", "processingTime": 50, "failures": { "mode": "time", "mtbf": 3600, "mttr": 300 } } ],
              "run": { "duration": 20000, "replications": 2 } }
            """);

        CliRun run = CliRun.Of("run", path, "--engine", "sample-path");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("linesim: --engine sample-path cannot run this line: station 'A' has time-dependent failures;", run.Error, StringComparison.Ordinal);
        Assert.Contains("Use --engine auto or --engine event.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SamplePathForAnAssemblyLine_RunsIt()
    {
        string path = _files.Write("engine-assembly.json", """
            { "taktTime": 55,
              "stations": [
                { "name": "A", "processingTime": { "type": "exponential", "mean": 40 } },
                { "name": "B", "inputs": [ { "source": { "type": "unlimited" } } ], "processingTime": { "type": "exponential", "mean": 45 } },
                { "name": "Marriage", "inputs": [ { "from": "A", "buffer": 2 }, { "from": "B", "buffer": 2 } ], "processingTime": 30 } ],
              "run": { "duration": 20000, "replications": 2, "seed": 5 } }
            """);

        CliRun run = CliRun.Of("run", path, "--engine", "sample-path", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using JsonDocument json = JsonDocument.Parse(run.Out);
        Assert.Equal("samplePath", json.RootElement.GetProperty("engine").GetString());
    }

    [Fact]
    public void Run_SamplePathForAJoin_ExitsTwoNamingTheStation()
    {
        string path = _files.Write("engine-join.json", """
            { "taktTime": 55,
              "stations": [
                { "name": "A", "processingTime": 40 },
                { "name": "B", "inputs": [ { "source": { "type": "unlimited" } } ], "processingTime": 45 },
                { "name": "Inspection", "merge": "firstAvailable", "inputs": [ { "from": "A", "buffer": 2 }, { "from": "B", "buffer": 2 } ], "processingTime": 10 } ],
              "run": { "duration": 20000, "replications": 2 } }
            """);

        CliRun run = CliRun.Of("run", path, "--engine", "sample-path");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("linesim: --engine sample-path cannot run this line: station 'Inspection' joins its inputs (first available);", run.Error, StringComparison.Ordinal);
        Assert.Contains("Use --engine auto or --engine event.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownEngine_ExitsTwoNamingTheOption()
    {
        CliRun run = CliRun.Of("run", "whatever.json", "--engine", "fast");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--engine must be 'auto', 'event' or 'sample-path', got 'fast'.", run.Error, StringComparison.Ordinal);
    }
}
