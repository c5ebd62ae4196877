using System.Text.Json;

namespace LineSim.Cli.Tests;

public sealed class RunWarmupPrecisionTests : IDisposable
{
    /// <summary>A line whose output starts only after a two-hour oven fills, run with no warm-up.</summary>
    private const string Oven = """
        { "name": "Oven line", "taktTime": 55,
          "stations": [
            { "name": "Load", "processingTime": { "type": "exponential", "mean": 50 } },
            { "name": "Oven", "bufferBefore": 20, "servers": 120, "processingTime": { "type": "normal", "mean": 6600, "stdDev": 60 } },
            { "name": "Unload", "bufferBefore": 20, "processingTime": { "type": "exponential", "mean": 45 } } ],
          "run": { "warmup": 0, "duration": 100000, "replications": 4, "seed": 3 } }
        """;

    private readonly ScenarioFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Run_WarmupShorterThanMser5Suggests_Warns()
    {
        string path = _files.Write("oven.json", Oven);

        CliRun run = CliRun.Of("run", path, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("linesim: warning: the warm-up of 0 s looks short: MSER-5 on the JPH per 1000 s suggests ", run.ErrorBesidesWarnings, StringComparison.Ordinal);
        using JsonDocument json = JsonDocument.Parse(run.Out);
        Assert.False(json.RootElement.TryGetProperty("throughputOverTime", out _));
    }

    [Fact]
    public void Run_WarmupAuto_PicksAndReportsTheWarmup()
    {
        string path = _files.Write("oven.json", Oven);

        CliRun run = CliRun.Of("run", path, "--warmup", "auto", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using JsonDocument json = JsonDocument.Parse(run.Out);
        Assert.InRange(json.RootElement.GetProperty("warmup").GetDouble(), 6_600, 20_000);
        Assert.Equal(string.Empty, run.ErrorBesidesWarnings);
    }

    [Fact]
    public void Run_WarmupAutoText_SaysHowItWasPicked()
    {
        string path = _files.Write("oven.json", Oven);

        CliRun run = CliRun.Of("run", path, "--warmup", "auto");

        Assert.Matches(@"Warm-up \d+ s \([\d.]+ h\) picked by MSER-5 on the JPH per 1000 s of a pilot run from time 0\.", run.Out);
    }

    [Fact]
    public void Run_Precision_AddsReplicationsUntilTheHalfWidth()
    {
        CliRun run = CliRun.Of("run", _files.ShortPath, "--precision", "1.5", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using JsonDocument json = JsonDocument.Parse(run.Out);
        Assert.True(json.RootElement.GetProperty("throughputPerHour").GetProperty("halfWidth").GetDouble() <= 1.5);
        Assert.True(json.RootElement.GetProperty("replications").GetInt32() > 4);
    }

    [Fact]
    public void Run_PrecisionCapReached_SaysSo()
    {
        CliRun run = CliRun.Of("run", _files.ShortPath, "--precision", "0.01", "--max-replications", "5");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Precision: stopped at the cap of 5 replications with a JPH half-width of ", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--warmup", "soon" }, "linesim: --warmup must be a number of seconds or 'auto', got 'soon'.")]
    [InlineData(new[] { "--precision", "0" }, "linesim: --precision must be a JPH half-width greater than 0, got 0.")]
    [InlineData(new[] { "--max-replications", "9" }, "linesim: --max-replications caps --precision; give --precision H too, or --replications for a fixed number.")]
    [InlineData(new[] { "--precision", "1", "--max-replications", "1" }, "linesim: --max-replications must be at least 2, got 1.")]
    [InlineData(new[] { "--precision", "1", "--max-replications", "3" }, "linesim: maxReplications must be at least the first round's 4 replications, got 3.")]
    public void Run_BadPrecisionOrWarmupOption_ExitsTwo(string[] options, string message)
    {
        CliRun run = CliRun.Of(["run", _files.ShortPath, .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(message, run.ErrorBesidesWarnings, StringComparison.Ordinal);
    }
}
