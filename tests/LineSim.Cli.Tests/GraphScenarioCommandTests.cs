using System.Text.Json;
using LineSim.Results;
using LineSim.Scenarios;

namespace LineSim.Cli.Tests;

/// <summary>
/// <c>linesim validate</c> and <c>linesim run</c> on scenarios with feeder lines, assembly, routing, quality, crews and
/// carriers: the body-shop example, and files with graph problems.
/// </summary>
public sealed class GraphScenarioCommandTests : IClassFixture<ScenarioFiles>
{
    private const string StackTraceLine = "   at ";
    private readonly ScenarioFiles _files;

    public GraphScenarioCommandTests(ScenarioFiles files)
    {
        _files = files;
    }

    [Fact]
    public void Validate_BodyShopExample_IsValid()
    {
        string path = Path.Combine(RunCommandTests.RepositoryRoot(), "examples", "scenarios", "body-shop-55.json");

        CliRun run = CliRun.Of("validate", path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal($"{path}: valid. \"Body shop, framing area (55 s takt)\": 15 stations, takt 55 s.{Environment.NewLine}", run.Out);
    }

    [Fact]
    public void Validate_GraphProblems_ExitsTwoWithEachAtItsJsonPath()
    {
        string path = _files.Write("graph-problems.json", """
            { "taktTime": 55,
              "crews": [ { "name": "Maintenance", "size": 2 } ],
              "stations": [
                { "name": "Underbody", "processingTime": 50 },
                { "name": "Side frame", "inputs": [ { "source": { "type": "unlimited" } } ], "processingTime": 48 },
                { "name": "Framing", "inputs": [ { "from": "Underbody", "buffer": 2 }, { "from": "Side frme", "buffer": 2 } ], "processingTime": 52,
                  "failures": { "mode": "operation", "mtbf": 7200, "mttr": 600, "crew": "Maintenence" } },
                { "name": "Rework bay", "inputs": [], "processingTime": 600 }
              ],
              "carriers": [ { "name": "Skids", "count": 12, "from": "Framing", "to": "Paint" } ] }
            """);

        CliRun run = CliRun.Of("validate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        string[] expected =
        [
            $"{path}: 3 problems:",
            "  stations[2].failures.crew: no repair crew is named 'Maintenence'",
            "  stations[2].inputs[1].from: no station is named 'Side frme'",
            "  carriers[0].to: no station is named 'Paint'",
        ];
        Assert.Equal(expected, run.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Take(expected.Length));
        Assert.DoesNotContain(StackTraceLine, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnreachableStation_ExitsTwoWithoutRunning()
    {
        string path = _files.Write("unreachable.json", """
            { "taktTime": 55, "stations": [ { "name": "A", "processingTime": 50 }, { "name": "Rework bay", "inputs": [], "processingTime": 600 } ] }
            """);

        CliRun run = CliRun.Of("run", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Equal(
            $"{path}: 1 problem:{Environment.NewLine}  stations[1]: no part can reach this station; give it inputs that start at a supply, or send rework to it{Environment.NewLine}",
            run.Error);
    }

    [Fact]
    public void Run_BodyShopExample_ReportsCellsAssemblyQualityConveyorCarriersAndCrews()
    {
        CliRun run = CliRun.Of("run", BodyShopPath, "--replications", "2", "--warmup", "3600", "--duration", "36000");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"Station\s+Servers\s+Working\s+Starved\s+Blocked\s+Down\s+Stopped\s+Crew wait\s+Quality\s+OEE", run.Out);
        Assert.Matches(@"Respot cell\s+3\s+\d+\.\d%", run.Out);
        Assert.Matches(@"Framing\s+1(\s+\d+\.\d%){6}\s+-\s+\d+\.\d%", run.Out);
        Assert.Matches(@"Inspection\s+1(\s+\d+\.\d%){4}\s+-\s+-\s+9\d\.\d%\s+\d+\.\d%", run.Out);
        Assert.Matches(@"Assembly\s+Starved by input", run.Out);
        Assert.Matches(@"Framing\s+Underbody weld 2\s+\d+\.\d%", run.Out);
        Assert.Contains("Inspection -> Unload (conveyor)", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"Skids\s+12\s+\d+\.\d%", run.Out);
        Assert.Matches(@"Maintenance\s+2\s+\d+\.\d%", run.Out);
        Assert.Equal(string.Empty, run.ErrorBesidesWarnings);
    }

    [Fact]
    public void Run_BodyShopExampleJson_HasTheApisFiguresForTheNewFields()
    {
        CliRun run = CliRun.Of("run", BodyShopPath, "--json", "--replications", "2", "--warmup", "3600", "--duration", "36000");
        Scenario scenario = ScenarioLoader.LoadFile(BodyShopPath).GetScenarioOrThrow();
        SimulationResult api = (scenario with { Options = scenario.Options with { Replications = 2, Warmup = 3_600, Duration = 36_000 } }).CreateSimulation().Run();

        Assert.True(run.ExitCode == 0, run.ToString());
        using JsonDocument document = JsonDocument.Parse(run.Out);
        JsonElement root = document.RootElement;
        AssertEqual(api.Scrapped, root.GetProperty("scrapped"));
        for (int s = 0; s < api.Stations.Length; s++)
        {
            StationSummary expected = api.Stations[s];
            JsonElement station = root.GetProperty("stations")[s];
            Assert.Equal(expected.Servers, station.GetProperty("servers").GetInt32());
            Assert.Equal(expected.ServerWorking.Length, station.GetProperty("serverWorking").GetArrayLength());
            AssertEqual(expected.WaitingForCrew, station.GetProperty("waitingForCrew"));
            AssertEqual(expected.Quality, station.GetProperty("quality"));
            AssertEqual(expected.Oee, station.GetProperty("oee"));
            AssertEqual(expected.Scrapped, station.GetProperty("scrapped"));
            AssertEqual(expected.Reworked, station.GetProperty("reworked"));
            Assert.Equal(expected.StarvedByInput.Select(i => i.Name), station.GetProperty("starvedByInput").EnumerateArray().Select(i => i.GetProperty("from").GetString()));
        }

        Assert.Equal(api.Buffers.Select(b => b.IsConveyor), root.GetProperty("buffers").EnumerateArray().Select(b => b.GetProperty("conveyor").GetBoolean()));
        JsonElement skids = Assert.Single(root.GetProperty("carriers").EnumerateArray());
        AssertEqual(api.Carriers[0].Utilisation, skids.GetProperty("utilisation"));
        AssertEqual(api.Carriers[0].AverageIdle, skids.GetProperty("averageIdle"));
        JsonElement crew = Assert.Single(root.GetProperty("crews").EnumerateArray());
        AssertEqual(api.Crews[0].Utilisation, crew.GetProperty("utilisation"));
        AssertEqual(api.Crews[0].Repairs, crew.GetProperty("repairs"));
    }

    [Fact]
    public void Run_BodyShopExampleCsv_HasTheSerialColumnsThenTheNewOnes()
    {
        string csv = Path.Combine(_files.Folder, "body-shop.csv");

        CliRun run = CliRun.Of("run", BodyShopPath, "--replications", "2", "--warmup", "3600", "--duration", "36000", "--csv", csv);

        Assert.True(run.ExitCode == 0, run.ToString());
        string[] lines = File.ReadAllLines(csv);
        string[] header = lines[0].Split(',');
        Assert.Equal(3, lines.Length);
        Assert.All(lines, line => Assert.Equal(header.Length, line.Split(',').Length));
        int first = Array.IndexOf(header, "scrapped");
        Assert.True(first > 0 && header[first - 1].EndsWith(" averageLevel", StringComparison.Ordinal), lines[0]);
        Assert.DoesNotContain(header[..first], column => column.EndsWith(" oee", StringComparison.Ordinal));
        Assert.Contains("Inspection reworked", header[first..]);
        int crew = Array.IndexOf(header, "crew Maintenance utilisation");
        Assert.Equal(["crew Maintenance utilisation", "crew Maintenance averageWaiting", "crew Maintenance repairs"], header[crew..(crew + 3)]);
        Assert.Equal(
            ["Underbody weld 1 stopped", "Underbody weld 2 stopped", "LH side frame weld stopped", "RH side frame weld stopped", "Framing stopped", "Respot cell stopped"],
            header[(crew + 3)..]);
    }

    private static string BodyShopPath => Path.Combine(RunCommandTests.RepositoryRoot(), "examples", "scenarios", "body-shop-55.json");

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
