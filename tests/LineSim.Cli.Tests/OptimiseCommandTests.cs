using System.Text.Json;

namespace LineSim.Cli.Tests;

public sealed class OptimiseCommandTests : IDisposable
{
    private const string Plan = """
        { "scenario": "line.json",
          "factors": [ { "set": "stations[*].bufferBefore", "min": 0, "max": 6 } ],
          "optimise": { "maximise": "throughputPerHour", "budget": { "total": "stations[*].bufferBefore", "atMost": 6 } } }
        """;

    private readonly PlanFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Optimise_Budget_PrintsTheBestTheRunnerUpAndTheSearch()
    {
        string path = _files.Write("optimise.json", Plan);

        CliRun run = CliRun.Of("optimise", path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("maximise JPH with the total of stations[*].bufferBefore at most 6, in line.json", run.Out, StringComparison.Ordinal);
        Assert.Contains("Selection: Kim and Nelson's KN", run.Out, StringComparison.Ordinal);
        Assert.Contains("  Best: stations[S2].bufferBefore = ", run.Out, StringComparison.Ordinal);
        Assert.Contains("  Runner-up: ", run.Out, StringComparison.Ordinal);
        Assert.Contains(" greedy ", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"Evaluated \d+ configurations, \d+ replications in all\.", run.Out);
    }

    [Fact]
    public void Optimise_Json_BestWithinTheBudget()
    {
        string path = _files.Write("optimise.json", Plan);

        CliRun run = CliRun.Of("optimise", path, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using JsonDocument json = JsonDocument.Parse(run.Out);
        JsonElement best = json.RootElement.GetProperty("best");
        Assert.Equal(6, best.GetProperty("total").GetDouble());
        Assert.True(best.GetProperty("throughputPerHour").GetProperty("halfWidth").GetDouble() > 0);
        Assert.Equal("KN", json.RootElement.GetProperty("selection").GetProperty("procedure").GetString());
        Assert.True(json.RootElement.GetProperty("steps").GetArrayLength() > 1);
    }

    [Fact]
    public void Optimise_PlanWithoutGoal_ExitsTwo()
    {
        CliRun run = CliRun.Of("optimise", _files.PlanPath);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{_files.PlanPath}: optimise: required field is missing; linesim optimise needs a goal", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Optimise_Csv_OneRowPerStep()
    {
        string path = _files.Write("optimise.json", Plan);
        string csv = Path.Combine(_files.Folder, "steps.csv");

        CliRun run = CliRun.Of("optimise", path, "--csv", csv, "--replications", "2");

        Assert.True(run.ExitCode == 0, run.ToString());
        string[] lines = File.ReadAllLines(csv);
        Assert.Equal("step,phase,stations[S2].bufferBefore,stations[S3].bufferBefore,objective,total,configurationsEvaluated", lines[0]);
        Assert.StartsWith("1,start,0,0,", lines[1], StringComparison.Ordinal);
    }
}
