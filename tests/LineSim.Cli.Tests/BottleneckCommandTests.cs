using System.Globalization;
using System.Text.Json;

namespace LineSim.Cli.Tests;

/// <summary><c>linesim bottleneck</c> and <c>linesim run --bottlenecks</c>: the JSON fields, the text, the events file and the errors.</summary>
public sealed class BottleneckCommandTests : IClassFixture<ScenarioFiles>
{
    private const string SlowMiddle = """
        { "name": "Slow middle", "taktTime": 40,
          "stations": [
            { "name": "A", "processingTime": { "type": "normal", "mean": 30, "stdDev": 3 } },
            { "name": "B", "bufferBefore": 3, "processingTime": { "type": "normal", "mean": 45, "stdDev": 3 }, "failures": { "mode": "time", "mtbf": 5000, "mttr": 300 } },
            { "name": "C", "bufferBefore": 3, "processingTime": { "type": "normal", "mean": 30, "stdDev": 3 } } ],
          "run": { "warmup": 1000, "duration": 40000, "replications": 3, "seed": 9 } }
        """;

    private readonly ScenarioFiles _files;

    public BottleneckCommandTests(ScenarioFiles files)
    {
        _files = files;
    }

    [Fact]
    public void Bottleneck_Json_HasBottlenecksLossesOeeAndSensitivity()
    {
        string path = _files.Write("slow-middle.json", SlowMiddle);

        CliRun run = CliRun.Of("bottleneck", path, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using JsonDocument json = JsonDocument.Parse(run.Out);
        JsonElement root = json.RootElement;
        Assert.Equal("B", root.GetProperty("bottleneck").GetString());
        JsonElement first = root.GetProperty("bottlenecks")[0];
        Assert.Equal("B", first.GetProperty("station").GetString());
        Assert.True(first.GetProperty("sole").GetProperty("mean").GetDouble() > 0.5);
        Assert.True(first.GetProperty("shifting").TryGetProperty("halfWidth", out _));

        double gap = root.GetProperty("taktThroughputPerHour").GetDouble() - root.GetProperty("throughputPerHour").GetProperty("mean").GetDouble();
        double sum = root.GetProperty("losses").EnumerateArray().Sum(l => l.GetProperty("throughputPerHour").GetProperty("mean").GetDouble());
        Assert.Equal(gap, sum, 6);
        Assert.Contains(root.GetProperty("losses").EnumerateArray(), l => l.GetProperty("cause").GetString() == "failure" && l.GetProperty("station").GetString() == "B");
        Assert.True(root.GetProperty("oee").GetProperty("oee").GetProperty("mean").GetDouble() > 0);

        JsonElement sensitivity = root.GetProperty("sensitivity");
        Assert.Equal("B", sensitivity.GetProperty("mostSensitive").GetString());
        Assert.True(sensitivity.GetProperty("agreesWithActivePeriod").GetBoolean());
        Assert.Equal(JsonValueKind.Null, sensitivity.GetProperty("stations")[0].GetProperty("repairGain").ValueKind);
        Assert.Equal(JsonValueKind.Object, sensitivity.GetProperty("stations")[1].GetProperty("repairGain").ValueKind);
    }

    [Fact]
    public void Bottleneck_Text_NamesTheMethodAndWhetherTheyAgree()
    {
        string path = _files.Write("slow-middle-text.json", SlowMiddle);

        CliRun run = CliRun.Of("bottleneck", path, "--speedup", "0.2");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Bottleneck       B (active period method", run.Out, StringComparison.Ordinal);
        Assert.Contains("Losses from the takt's 90.0 JPH", run.Out, StringComparison.Ordinal);
        Assert.Contains("20.0% faster", run.Out, StringComparison.Ordinal);
        Assert.Contains("agree: B is the bottleneck", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Bottleneck_Events_WritesEachMachinesStateChangesInTheWindow()
    {
        string path = _files.Write("slow-middle-events.json", SlowMiddle);
        string events = Path.Combine(_files.Folder, "events.csv");

        CliRun run = CliRun.Of("bottleneck", path, "-r", "2", "--events", events, "--events-from", "2000", "--events-to", "5000");

        Assert.True(run.ExitCode == 0, run.ToString());
        string[] lines = File.ReadAllLines(events);
        Assert.Equal("time,station,server,state", lines[0]);
        string[][] rows = [.. lines.Skip(1).Select(l => l.Split(','))];
        Assert.Equal(["A", "B", "C"], rows.Take(3).Select(r => r[1]));
        Assert.All(rows.Take(3), r => Assert.Equal("2000", r[0]));
        double[] times = [.. rows.Select(r => double.Parse(r[0], CultureInfo.InvariantCulture))];
        Assert.All(times, t => Assert.InRange(t, 2000, 5000));
        Assert.Equal(times.Order(), times);
        Assert.Contains(rows, r => r[3] == "working");
        Assert.All(rows, r => Assert.Contains(r[3], new[] { "working", "starved", "blocked", "repair", "waitingForCrew", "setup", "maintenance", "offShift" }));
    }

    [Theory]
    [InlineData("--speedup", "1.5", "--speedup: must be greater than 0 and less than 1")]
    [InlineData("--repair-cut", "0", "--repair-cut: must be greater than 0 and less than 1")]
    [InlineData("--events-from", "100", "--events-from and --events-to set the window of --events")]
    public void Bottleneck_BadOption_ExitsTwoNamingIt(string option, string value, string message)
    {
        string path = _files.Write("slow-middle-bad.json", SlowMiddle);

        CliRun run = CliRun.Of("bottleneck", path, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BottlenecksWithSamplePath_ExitsTwo()
    {
        string path = _files.Write("slow-middle-run.json", SlowMiddle);

        CliRun run = CliRun.Of("run", path, "--bottlenecks", "--engine", "sample-path");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--bottlenecks needs the event engine", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithoutBottlenecks_WritesNoBottleneckFields()
    {
        string path = _files.Write("slow-middle-plain.json", SlowMiddle);

        CliRun plain = CliRun.Of("run", path, "--json");
        CliRun analysed = CliRun.Of("run", path, "--json", "--bottlenecks");

        using JsonDocument json = JsonDocument.Parse(plain.Out);
        Assert.False(json.RootElement.TryGetProperty("bottlenecks", out _));
        using JsonDocument withAnalysis = JsonDocument.Parse(analysed.Out);
        Assert.Equal("event", withAnalysis.RootElement.GetProperty("engine").GetString());
        Assert.Equal("activePeriod", withAnalysis.RootElement.GetProperty("bottleneckMethod").GetString());
    }
}
