namespace LineSim.Cli.Tests;

/// <summary>
/// <c>linesim validate</c> and <c>linesim run</c> on scenarios with feeder lines, assembly, routing, quality, crews and
/// carriers. Running such a line needs the engine for them; these tests only load and validate.
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
        Assert.Equal($"{path}: valid. \"Body shop, framing area (55 s takt)\": 12 stations, takt 55 s.{Environment.NewLine}", run.Out);
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
}
