using System.Text.Json;

namespace LineSim.Cli.Tests;

public sealed class CompareCommandTests : IDisposable
{
    private readonly PlanFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Compare_BiggerBuffers_SaysBIsBetter()
    {
        string a = Path.Combine(_files.Folder, "line.json");
        string b = _files.Write("bigger.json", PlanFiles.Line.Replace("\"bufferBefore\": 1", "\"bufferBefore\": 6", StringComparison.Ordinal));

        CliRun run = CliRun.Of("compare", a, b, "--replications", "5");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("5 replications each on common random numbers, seed 5", run.Out, StringComparison.Ordinal);
        Assert.Contains("B - A (paired)", run.Out, StringComparison.Ordinal);
        Assert.Contains("B is better in JPH at 95%: +", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_SameScenario_CannotTellThemApart()
    {
        string a = Path.Combine(_files.Folder, "line.json");

        CliRun run = CliRun.Of("compare", a, a, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using JsonDocument json = JsonDocument.Parse(run.Out);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("better").ValueKind);
        Assert.Equal(0, json.RootElement.GetProperty("difference").GetProperty("throughputPerHour").GetProperty("mean").GetDouble());
        Assert.Equal("Three stations", json.RootElement.GetProperty("b").GetProperty("scenario").GetString());
    }

    [Fact]
    public void Compare_SameScenarioText_SaysTheRunCannotTell()
    {
        string a = Path.Combine(_files.Folder, "line.json");

        CliRun run = CliRun.Of("compare", a, a);

        Assert.Contains("The run cannot tell A and B apart in JPH at 95%: B - A is +0.0 ± 0.0 JPH", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_InvalidSecondScenario_ExitsTwo()
    {
        string a = Path.Combine(_files.Folder, "line.json");
        string b = _files.Write("bad.json", """{ "taktTime": 0, "stations": [ { "name": "A", "processingTime": 5 } ] }""");

        CliRun run = CliRun.Of("compare", a, b);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{b}: 1 problem:", run.Error, StringComparison.Ordinal);
    }
}
