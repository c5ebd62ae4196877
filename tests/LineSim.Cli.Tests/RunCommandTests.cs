using System.Text.Json;
using LineSim.Results;
using LineSim.Scenarios;

namespace LineSim.Cli.Tests;

public sealed class RunCommandTests : IClassFixture<ScenarioFiles>
{
    private readonly ScenarioFiles _files;

    public RunCommandTests(ScenarioFiles files)
    {
        _files = files;
    }

    [Fact]
    public void Run_ValidScenario_PrintsTheReportAndExitsZero()
    {
        CliRun run = CliRun.Of("run", _files.ShortPath);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Short line", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"JPH\s+\d+\.\d ± \d+\.\d against takt 65\.5 \(55 s\)", run.Out);
        Assert.Contains("Takt attainment", run.Out, StringComparison.Ordinal);
        Assert.Contains("WIP", run.Out, StringComparison.Ordinal);
        Assert.Contains("Lead time", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"Station\s+Working\s+Starved\s+Blocked\s+Down", run.Out);
        Assert.Matches(@"Respot 1\s+\d+\.\d%\s+\d+\.\d%\s+\d+\.\d%\s+\d+\.\d%", run.Out);
        Assert.Contains("(input) -> Load", run.Out, StringComparison.Ordinal);
        Assert.Contains("Load -> Respot 1", run.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.ErrorBesidesWarnings);
    }

    [Fact]
    public void Run_Json_PrintsOnlyAJsonDocumentOfTheDocumentedShape()
    {
        CliRun run = CliRun.Of("run", _files.ShortPath, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.ErrorBesidesWarnings);
        using JsonDocument document = JsonDocument.Parse(run.Out);
        JsonElement root = document.RootElement;
        Assert.Equal("Short line", root.GetProperty("scenario").GetString());
        Assert.Equal("event", root.GetProperty("engine").GetString());
        Assert.Equal(42, root.GetProperty("seed").GetInt64());
        Assert.Equal(4, root.GetProperty("replications").GetInt32());
        Assert.Equal(3600, root.GetProperty("warmup").GetDouble());
        Assert.Equal(36000, root.GetProperty("duration").GetDouble());
        foreach (string statistic in new[] { "throughputPerHour", "partsOut", "taktAttainment", "wip", "leadTime" })
        {
            AssertStatistic(root.GetProperty(statistic));
        }

        AssertStatistic(root.GetProperty("leadTime").GetProperty("p50"));
        AssertStatistic(root.GetProperty("leadTime").GetProperty("p95"));

        JsonElement[] stations = [.. root.GetProperty("stations").EnumerateArray()];
        Assert.Equal(["Load", "Respot 1", "Respot 2"], stations.Select(s => s.GetProperty("name").GetString()));
        foreach (JsonElement station in stations)
        {
            double total = 0;
            foreach (string state in new[] { "working", "starved", "blocked", "down" })
            {
                double fraction = AssertStatistic(station.GetProperty(state));
                Assert.InRange(fraction, 0, 1);
                total += fraction;
            }

            Assert.Equal(1, total, 9);
        }

        JsonElement[] buffers = [.. root.GetProperty("buffers").EnumerateArray()];
        Assert.Equal([("Load", "Respot 1"), ("Respot 1", "Respot 2")], buffers.Select(b => (b.GetProperty("after").GetString(), b.GetProperty("before").GetString())));
        foreach (JsonElement buffer in buffers)
        {
            Assert.InRange(AssertStatistic(buffer.GetProperty("averageLevel")), 0, buffer.GetProperty("capacity").GetInt32());
            Assert.InRange(AssertStatistic(buffer.GetProperty("fullFraction")), 0, 1);
            Assert.InRange(AssertStatistic(buffer.GetProperty("emptyFraction")), 0, 1);
        }

        JsonElement input = root.GetProperty("inputBuffer");
        Assert.Equal(JsonValueKind.Null, input.GetProperty("after").ValueKind);
        Assert.Equal("Load", input.GetProperty("before").GetString());
        Assert.Equal(4, input.GetProperty("capacity").GetInt32());
    }

    [Fact]
    public void Run_Json_EqualsTheApiForTheSameSeed()
    {
        CliRun run = CliRun.Of("run", _files.ShortPath, "--json", "--seed", "7", "--replications", "3");
        Scenario scenario = ScenarioLoader.LoadFile(_files.ShortPath).GetScenarioOrThrow();
        SimulationResult api = (scenario with { Options = scenario.Options with { Seed = 7, Replications = 3 } }).CreateSimulation().Run();

        Assert.True(run.ExitCode == 0, run.ToString());
        using JsonDocument document = JsonDocument.Parse(run.Out);
        JsonElement root = document.RootElement;
        AssertEqual(api.ThroughputPerHour, root.GetProperty("throughputPerHour"));
        AssertEqual(api.PartsOut, root.GetProperty("partsOut"));
        AssertEqual(api.TaktAttainment, root.GetProperty("taktAttainment"));
        AssertEqual(api.WorkInProcess, root.GetProperty("wip"));
        AssertEqual(api.LeadTime, root.GetProperty("leadTime"));
        AssertEqual(api.LeadTimeP50, root.GetProperty("leadTime").GetProperty("p50"));
        AssertEqual(api.LeadTimeP95, root.GetProperty("leadTime").GetProperty("p95"));
        Assert.Equal(api.Scenario, root.GetProperty("scenario").GetString());
        Assert.Equal(api.Replications, root.GetProperty("replications").GetInt32());
        Assert.Equal(api.Warmup, root.GetProperty("warmup").GetDouble());
        Assert.Equal(api.Duration, root.GetProperty("duration").GetDouble());
        for (int s = 0; s < api.Stations.Length; s++)
        {
            JsonElement station = root.GetProperty("stations")[s];
            AssertEqual(api.Stations[s].Working, station.GetProperty("working"));
            AssertEqual(api.Stations[s].Starved, station.GetProperty("starved"));
            AssertEqual(api.Stations[s].Blocked, station.GetProperty("blocked"));
            AssertEqual(api.Stations[s].Down, station.GetProperty("down"));
        }

        for (int b = 0; b < api.Buffers.Length; b++)
        {
            JsonElement buffer = root.GetProperty("buffers")[b];
            AssertEqual(api.Buffers[b].AverageLevel, buffer.GetProperty("averageLevel"));
            AssertEqual(api.Buffers[b].FullFraction, buffer.GetProperty("fullFraction"));
            AssertEqual(api.Buffers[b].EmptyFraction, buffer.GetProperty("emptyFraction"));
        }
    }

    [Fact]
    public void Run_ScheduledSupplyIntoAFullBuffer_ReportsTheDeliveriesHeldBack()
    {
        string path = _files.Write("scheduled-supply.json", """
            { "taktTime": 25, "source": { "type": "scheduled", "every": "10 s", "first": "5 s", "capacity": 2 },
              "stations": [ { "name": "Press", "processingTime": 25 } ],
              "run": { "warmup": 1000, "duration": 100000, "replications": 1 } }
            """);

        CliRun text = CliRun.Of("run", path);
        CliRun json = CliRun.Of("run", path, "--json");

        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains("Deliveries held back by the full input buffer of Press: 10000.0 per replication", text.Out, StringComparison.Ordinal);
        using JsonDocument document = JsonDocument.Parse(json.Out);
        Assert.Equal(10_000, document.RootElement.GetProperty("inputBuffer").GetProperty("heldBack").GetProperty("mean").GetDouble());
    }

    [Fact]
    public void Run_Options_OverrideTheScenarioRunSettings()
    {
        CliRun run = CliRun.Of("run", _files.ShortPath, "--json", "--replications", "2", "--seed", "9", "--warmup", "100", "--duration", "5000");

        Assert.True(run.ExitCode == 0, run.ToString());
        using JsonDocument document = JsonDocument.Parse(run.Out);
        JsonElement root = document.RootElement;
        Assert.Equal(2, root.GetProperty("replications").GetInt32());
        Assert.Equal(9, root.GetProperty("seed").GetInt64());
        Assert.Equal(100, root.GetProperty("warmup").GetDouble());
        Assert.Equal(5000, root.GetProperty("duration").GetDouble());
    }

    [Fact]
    public void Run_OneReplication_WritesNullHalfWidths()
    {
        CliRun run = CliRun.Of("run", _files.ShortPath, "--json", "--replications", "1");

        Assert.True(run.ExitCode == 0, run.ToString());
        using JsonDocument document = JsonDocument.Parse(run.Out);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("throughputPerHour").GetProperty("halfWidth").ValueKind);
    }

    [Fact]
    public void Run_Csv_WritesOneRowPerReplication()
    {
        string csv = Path.Combine(_files.Folder, "replications.csv");

        CliRun run = CliRun.Of("run", _files.ShortPath, "--replications", "3", "--csv", csv);

        Assert.True(run.ExitCode == 0, run.ToString());
        string[] lines = File.ReadAllLines(csv);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("replication,observedTime,partsOut,throughputPerHour,taktAttainment,wip,leadTime,leadTimeP50,leadTimeP95,Load working,", lines[0], StringComparison.Ordinal);
        string[] header = lines[0].Split(',');
        for (int r = 0; r < 3; r++)
        {
            string[] cells = lines[r + 1].Split(',');
            Assert.Equal(header.Length, cells.Length);
            Assert.Equal(r.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[0]);
        }
    }

    [Fact]
    public void Run_Terminal_DrawsAProgressBarOnTheErrorStream()
    {
        CliRun run = CliRun.Of(terminal: true, "run", _files.ShortPath, "--replications", "2");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("2/2 replications", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("replications\r", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_TerminalWithJson_DrawsNoProgressBar()
    {
        CliRun run = CliRun.Of(terminal: true, "run", _files.ShortPath, "--replications", "2", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.ErrorBesidesWarnings);
    }

    [Theory]
    [InlineData("welding-line-55s.json")]
    [InlineData("hemming-cell-arrivals.json")]
    [InlineData("underbody-before-service.json")]
    public void Run_ExampleScenario_Succeeds(string file)
    {
        string path = Path.Combine(RepositoryRoot(), "examples", "scenarios", file);

        CliRun run = CliRun.Of("run", path, "--replications", "2", "--duration", "7200", "--warmup", "600");

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public void Run_WeldingLineExample_IsPacedAtA55SecondTakt()
    {
        string path = Path.Combine(RepositoryRoot(), "examples", "scenarios", "welding-line-55s.json");

        Scenario scenario = ScenarioLoader.LoadFile(path).GetScenarioOrThrow();

        Assert.Equal(55, scenario.Line.TaktTime);
        Assert.InRange(scenario.Line.Stations.Length, 6, 8);
        Assert.Contains(scenario.Line.Stations, s => s.Failures?.Mode == Model.FailureMode.OperationDependent);
        Assert.Contains(scenario.Line.Stations, s => s.Failures?.Mode == Model.FailureMode.TimeDependent);
        Assert.NotEmpty(scenario.Line.Buffers);
    }

    private static double AssertStatistic(JsonElement statistic)
    {
        Assert.Equal(JsonValueKind.Object, statistic.ValueKind);
        Assert.True(statistic.TryGetProperty("halfWidth", out JsonElement halfWidth));
        Assert.True(halfWidth.ValueKind is JsonValueKind.Number or JsonValueKind.Null);
        return statistic.GetProperty("mean").GetDouble();
    }

    private static void AssertEqual(Estimate expected, JsonElement actual)
    {
        Assert.Equal(expected.Mean, actual.GetProperty("mean").GetDouble());
        Assert.Equal(expected.HalfWidth, actual.GetProperty("halfWidth").GetDouble());
    }

    internal static string RepositoryRoot()
    {
        string? folder = AppContext.BaseDirectory;
        while (folder is not null && !File.Exists(Path.Combine(folder, "LineSim.sln")))
        {
            folder = Path.GetDirectoryName(folder);
        }

        return folder ?? throw new InvalidOperationException("LineSim.sln not found above " + AppContext.BaseDirectory);
    }
}
