using System.Text.Json;
using LineSim.Model;

namespace LineSim.Cli.Tests;

public sealed class BenchCommandTests
{
    [Theory]
    [InlineData("event", "event")]
    [InlineData("sample-path", "sample-path")]
    public void Bench_Json_PrintsTheMeasurementOfTheChosenEngine(string engine, string expected)
    {
        CliRun run = CliRun.Of("bench", "--stations", "3", "--buffer", "2", "--parts", "2000", "--seed", "7", "--engine", engine, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using JsonDocument json = JsonDocument.Parse(run.Out);
        JsonElement root = json.RootElement;
        Assert.Equal(expected, root.GetProperty("engine").GetString());
        Assert.Equal(3, root.GetProperty("stations").GetInt32());
        Assert.Equal(2, root.GetProperty("buffer").GetInt32());
        Assert.Equal(2000, root.GetProperty("parts").GetInt64());
        double seconds = root.GetProperty("seconds").GetDouble();
        Assert.True(seconds > 0);
        Assert.Equal(2000 / seconds, root.GetProperty("partsPerSecond").GetDouble(), 6);
        Assert.Equal(3 * 2000 / seconds, root.GetProperty("completionsPerSecond").GetDouble(), 6);
        Assert.True(root.GetProperty("allocatedBytesPerCompletion").GetDouble() >= 0);

        // The throughput is the simulated line's, the same as the API gives for the same seed and part count.
        var options = new SimulationOptions { Seed = 7, Replications = 1, PartCount = 2000 };
        double expectedJph = Simulation.Create(ReferenceLines.Line(3, 2), options).RunReplication(0).ThroughputPerHour;
        Assert.Equal(expectedJph, root.GetProperty("throughputPerHour").GetDouble(), 9);
    }

    [Fact]
    public void Bench_SeveralReplicationsOnThreads_CountsEveryReplicationsCompletions()
    {
        CliRun run = CliRun.Of("bench", "--stations", "3", "--buffer", "2", "--parts", "2000", "--replications", "5", "--threads", "2", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using JsonDocument json = JsonDocument.Parse(run.Out);
        JsonElement root = json.RootElement;
        Assert.Equal(5, root.GetProperty("replications").GetInt32());
        Assert.Equal(2, root.GetProperty("threads").GetInt32());
        double seconds = root.GetProperty("seconds").GetDouble();
        Assert.Equal(5 * 3 * 2000 / seconds, root.GetProperty("completionsPerSecond").GetDouble(), 6);

        // The throughput is the replications' mean, as the API gives it.
        var options = new SimulationOptions { Seed = 1, Replications = 5, PartCount = 2000 };
        double expectedJph = Simulation.Create(ReferenceLines.Line(3, 2), options).Run().ThroughputPerHour.Mean;
        Assert.Equal(expectedJph, root.GetProperty("throughputPerHour").GetDouble(), 9);
    }

    [Fact]
    public void Bench_Text_SaysWhatWasMeasured()
    {
        CliRun run = CliRun.Of("bench", "--stations", "2", "--parts", "1000");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("LINE(2,5), sample-path engine, 1,000 parts", run.Out, StringComparison.Ordinal);
        Assert.Contains("million station completions per second", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_BadArguments_ExitTwoNamingEachOption()
    {
        CliRun run = CliRun.Of("bench", "--stations", "0", "--buffer", "-1", "--parts", "0", "--replications", "0", "--threads", "-3", "--engine", "fast");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--stations must be at least 1, got 0.", run.Error, StringComparison.Ordinal);
        Assert.Contains("--buffer must be 0 or more, got -1.", run.Error, StringComparison.Ordinal);
        Assert.Contains("--parts must be at least 1, got 0.", run.Error, StringComparison.Ordinal);
        Assert.Contains("--replications must be at least 1, got 0.", run.Error, StringComparison.Ordinal);
        Assert.Contains("--threads must be at least 1, got -3.", run.Error, StringComparison.Ordinal);
        Assert.Contains("--engine must be 'event' or 'sample-path', got 'fast'.", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }
}
