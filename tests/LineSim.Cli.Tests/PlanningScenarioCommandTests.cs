using System.Text.Json;
using LineSim.Results;
using LineSim.Scenarios;

namespace LineSim.Cli.Tests;

/// <summary>
/// <c>linesim validate</c> and <c>linesim run</c> on scenarios with variants, setups, maintenance, paced segments and a
/// shift calendar: the final-assembly example, and a file with planning problems.
/// </summary>
public sealed class PlanningScenarioCommandTests : IClassFixture<ScenarioFiles>
{
    private const string StackTraceLine = "   at ";
    private readonly ScenarioFiles _files;

    public PlanningScenarioCommandTests(ScenarioFiles files)
    {
        _files = files;
    }

    private static string FinalAssemblyPath => Path.Combine(RunCommandTests.RepositoryRoot(), "examples", "scenarios", "final-assembly-paced.json");

    [Fact]
    public void Validate_FinalAssemblyExample_IsValid()
    {
        CliRun run = CliRun.Of("validate", FinalAssemblyPath);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal($"{FinalAssemblyPath}: valid. \"Final assembly, paced at 55 s\": 9 stations, takt 55 s.{Environment.NewLine}", run.Out);
    }

    [Fact]
    public void Validate_PlanningProblems_ExitsTwoWithEachAtItsJsonPath()
    {
        string path = _files.Write("planning-problems.json", """
            { "taktTime": 55,
              "variants": { "shares": { "Sedan": 0.7, "Touring": 0.2 } },
              "stations": [
                { "name": "Trim 1", "processingTime": 50 },
                { "name": "Trim 2", "processingTime": { "default": 50, "byVariant": { "Coupe": 58 } } },
                { "name": "Marriage", "bufferBefore": 2, "processingTime": 44, "maintenance": [ { "every": 600, "duration": 900 } ] }
              ],
              "segments": [ { "name": "Trim", "first": "Trim 1", "last": "Marriage" } ],
              "calendar": { "shifts": [
                { "name": "Early", "days": ["weekdays"], "start": "06:00", "end": "14:30" },
                { "name": "Late", "days": ["weekdays"], "start": "14:00", "end": "22:00" } ] } }
            """);

        CliRun run = CliRun.Of("validate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        string[] expected =
        [
            $"{path}: 5 problems:",
            "  variants.shares: the shares must sum to 1, got 0.9",
            "  stations[1].processingTime.byVariant.Coupe: unknown variant 'Coupe'; the variants are 'Sedan', 'Touring'",
            "  stations[2].maintenance[0].every: must be longer than the window's duration (900), got 600",
            "  stations[2].bufferBefore: 'Trim 2' is inside paced segment 'Trim', whose stations pass parts on without buffers",
            "  calendar.shifts: shifts 'Early' and 'Late' overlap on Monday; a plant works one shift at a time",
        ];
        Assert.Equal(expected, run.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain(StackTraceLine, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BadTimeOfDay_ExitsTwoWithoutRunning()
    {
        string path = _files.Write("bad-time.json", """
            { "taktTime": 55, "stations": [ { "name": "A", "processingTime": 50 } ],
              "calendar": { "shifts": [ { "name": "Early", "days": ["mon"], "start": "6 am", "end": "14:00" } ] } }
            """);

        CliRun run = CliRun.Of("run", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Equal(
            $"{path}: 1 problem:{Environment.NewLine}  calendar.shifts[0].start: must be a time of day \"hh:mm\", from \"00:00\" to \"23:59\", got \"6 am\"{Environment.NewLine}",
            run.Error);
    }

    [Fact]
    public void Run_FinalAssemblyExample_ReportsWorkingHoursShiftsVariantsSetupAndSegments()
    {
        CliRun run = CliRun.Of("run", FinalAssemblyPath, "--replications", "2", "--duration", "1209600");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"JPH\s+\d+\.\d ± \d+\.\d per working hour against takt 65\.5 \(55 s\); \d+\.\d ± \d+\.\d per calendar hour", run.Out);
        Assert.Matches(@"Working hours\s+150 of 336 h", run.Out);
        Assert.Matches(@"Parts out\s+\d+ ± \d+ per replication over 2 weeks \(mean, 95% confidence\)", run.Out);
        Assert.Matches(@"One period\s+\d+ to \d+ parts \(95% prediction interval for one period of 2 weeks\)", run.Out);
        Assert.Matches(@"Per shift\s+Early \d+\.\d ± \d+\.\d, Late \d+\.\d ± \d+\.\d", run.Out);
        Assert.Matches(@"Per week\s+\d+ \(mean of 2 weeks\)", run.Out);
        Assert.Matches(@"Sedan\s+\d+ ± \d+\s+66\.\d%", run.Out);
        Assert.Matches(@"Station\s+Working\s+Starved\s+Blocked\s+Down\s+Setup\s+Off shift\s+OEE", run.Out);
        Assert.Matches(@"Marriage(\s+\d+\.\d%){4}\s+\d+\.\d%\s+55\.4%", run.Out);
        Assert.Matches(@"Trim 1(\s+\d+\.\d%){4}\s+-\s+55\.4%", run.Out);
        Assert.Matches(@"Segment\s+Takt\s+Indexes\s+Late\s+Stopped: busy\s+failure\s+starved\s+blocked", run.Out);
        Assert.Matches(@"Chassis\s+55 s\s+\d+(\s+\d+\.\d%){5}", run.Out);
        Assert.Equal(string.Empty, run.ErrorBesidesWarnings);
    }

    [Fact]
    public void Run_FinalAssemblyExampleJson_HasTheApisFiguresForThePlanningFields()
    {
        CliRun run = CliRun.Of("run", FinalAssemblyPath, "--json", "--replications", "2", "--duration", "1209600");
        Scenario scenario = ScenarioLoader.LoadFile(FinalAssemblyPath).GetScenarioOrThrow();
        SimulationResult api = (scenario with { Options = scenario.Options with { Replications = 2, Duration = 1_209_600 } }).CreateSimulation().Run();

        Assert.True(run.ExitCode == 0, run.ToString());
        using JsonDocument document = JsonDocument.Parse(run.Out);
        JsonElement root = document.RootElement;
        AssertEqual(api.ThroughputPerWorkingHour, root.GetProperty("throughputPerWorkingHour"));
        AssertEqual(api.WorkingHours, root.GetProperty("workingHours"));
        Assert.Equal(api.OutputByVariant.Select(v => v.Name), root.GetProperty("outputByVariant").EnumerateArray().Select(v => v.GetProperty("variant").GetString()));
        AssertEqual(api.OutputByVariant[1].Value, root.GetProperty("outputByVariant")[1]);
        Assert.Equal(api.OutputPerShift.Select(v => v.Name), root.GetProperty("outputPerShift").EnumerateArray().Select(v => v.GetProperty("shift").GetString()));
        AssertEqual(api.OutputPerShift[0].Value, root.GetProperty("outputPerShift")[0]);
        Assert.Equal(api.OutputPerDay.Length, root.GetProperty("outputPerDay").GetArrayLength());
        Assert.Equal(api.OutputPerWeek.Length, root.GetProperty("outputPerWeek").GetArrayLength());
        AssertEqual(api.OutputPerWeek[1], root.GetProperty("outputPerWeek")[1]);
        Assert.Equal(api.Segments.Select(g => g.Name), root.GetProperty("segments").EnumerateArray().Select(g => g.GetProperty("name").GetString()));
        AssertEqual(api.Segments[2].LateIndexes, root.GetProperty("segments")[2].GetProperty("lateIndexes"));
        AssertEqual(api.Segments[2].StoppedStarved, root.GetProperty("segments")[2].GetProperty("stoppedStarved"));
        for (int s = 0; s < api.Stations.Length; s++)
        {
            JsonElement station = root.GetProperty("stations")[s];
            AssertEqual(api.Stations[s].Setup, station.GetProperty("setup"));
            AssertEqual(api.Stations[s].OffShift, station.GetProperty("offShift"));
            AssertEqual(api.Stations[s].Maintenance, station.GetProperty("maintenance"));
        }
    }

    [Fact]
    public void Run_FinalAssemblyExampleCsv_AppendsThePlanningColumns()
    {
        string csv = Path.Combine(_files.Folder, "final-assembly.csv");

        CliRun run = CliRun.Of("run", FinalAssemblyPath, "--replications", "2", "--duration", "1209600", "--csv", csv);

        Assert.True(run.ExitCode == 0, run.ToString());
        string[] lines = File.ReadAllLines(csv);
        string[] header = lines[0].Split(',');
        Assert.Equal(3, lines.Length);
        Assert.All(lines, line => Assert.Equal(header.Length, line.Split(',').Length));
        int first = Array.IndexOf(header, "workingTime");
        Assert.True(first > Array.IndexOf(header, "Test oee"), lines[0]);
        Assert.Equal(["variant Sedan partsOut", "variant Touring partsOut", "segment Trim indexes"], header[(first + 2)..(first + 5)]);
        Assert.Contains("Marriage setup", header[first..]);
        Assert.Equal("Test offShift", header[^1]);
    }

    private static void AssertEqual(Estimate expected, JsonElement actual)
    {
        Assert.Equal(expected.Mean, actual.GetProperty("mean").GetDouble());
        if (double.IsFinite(expected.HalfWidth))
        {
            Assert.Equal(expected.HalfWidth, actual.GetProperty("halfWidth").GetDouble());
        }
        else
        {
            Assert.Equal(JsonValueKind.Null, actual.GetProperty("halfWidth").ValueKind);
        }
    }
}
