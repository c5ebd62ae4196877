using LineSim.Model;
using LineSim.Results;
using LineSim.Scenarios;

namespace LineSim.Tests.Scenarios;

/// <summary>Each element of a line that is not one straight line (inputs, merge, routing, quality, servers, crews, carriers) read into its model object.</summary>
public sealed class GraphScenarioLoaderTests
{
    private static LineModel Line(string json)
    {
        ScenarioLoadResult result = ScenarioLoader.Load(json);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Scenario.Line;
    }

    /// <summary>A line of A, then <paramref name="stations"/> (JSON objects after A's), with <paramref name="top"/> fields added at the top level.</summary>
    private static string Json(string stations, string top = "") =>
        $$"""{ "taktTime": 55, {{top}} "stations": [ { "name": "A", "processingTime": 40 }, {{stations}} ] }""";

    [Fact]
    public void Load_Servers_SetsTheStationsServers()
    {
        LineModel line = Line(Json("""{ "name": "Cell", "servers": 3, "processingTime": 150 }"""));

        Assert.Equal(1, line.Stations[0].Servers);
        Assert.Equal(3, line.Stations[1].Servers);
    }

    [Fact]
    public void Load_NoInputs_TakesFromTheStationBefore()
    {
        LineModel line = Line(Json("""{ "name": "B", "bufferBefore": 2, "processingTime": 40 }"""));

        Assert.All(line.Stations, station => Assert.True(station.TakesFromStationBefore));
        Assert.Equal([new LineBuffer("A", 2)], line.Buffers.ToArray());
    }

    [Fact]
    public void Load_InputFromStationWithBuffer_IsAStationInput()
    {
        LineModel line = Line(Json("""{ "name": "B", "inputs": [ { "from": "A", "buffer": 4, "quantity": 2 } ], "processingTime": 40 }"""));

        StationInput input = Assert.Single(line.Stations[1].Inputs);
        Assert.Equal("A", input.From);
        Assert.Equal(4, input.Buffer);
        Assert.Equal(2, input.Quantity);
        Assert.Null(input.Conveyor);
        Assert.Null(input.Supply);
        Assert.Empty(line.Buffers);
    }

    [Fact]
    public void Load_InputDefaults_AreBufferZeroAndQuantityOne()
    {
        LineModel line = Line(Json("""{ "name": "B", "inputs": [ { "from": "A" } ], "processingTime": 40 }"""));

        Assert.Equal(StationInput.FromStation("A", 0), Assert.Single(line.Stations[1].Inputs));
        Assert.Equal(1, line.Stations[1].Inputs[0].Quantity);
    }

    [Fact]
    public void Load_InputOnAConveyor_HasItsTravelTimeAndCapacity()
    {
        LineModel line = Line(Json("""{ "name": "B", "inputs": [ { "from": "A", "conveyor": { "travelTime": 30, "capacity": 5 } } ], "processingTime": 40 }"""));

        StationInput input = Assert.Single(line.Stations[1].Inputs);
        Assert.Equal("A", input.From);
        Assert.Equal(new Conveyor(30, 5), input.Conveyor);
        Assert.Equal(0, input.Buffer);
    }

    [Fact]
    public void Load_ConveyorByLength_IsConveyorFromLength()
    {
        LineModel line = Line(Json("""{ "name": "B", "inputs": [ { "from": "A", "conveyor": { "length": 24, "pitch": 5, "speed": 0.4 } } ], "processingTime": 40 }"""));

        Assert.Equal(Conveyor.FromLength(24, 5, 0.4), line.Stations[1].Inputs[0].Conveyor);
        Assert.Equal(4, line.Stations[1].Inputs[0].Conveyor!.Capacity);
    }

    [Fact]
    public void Load_InputFromASupply_ReadsTheSourceLikeTheTopLevelOne()
    {
        LineModel line = Line(Json("""
            { "name": "Side", "inputs": [ { "source": { "type": "unlimited" } } ], "processingTime": 42 },
            { "name": "Hem", "inputs": [ { "source": { "type": "arrivals", "interarrivalTime": { "type": "exponential", "mean": 60 }, "capacity": 5 }, "quantity": 2 } ], "processingTime": 42 }
            """));

        StationInput unlimited = Assert.Single(line.Stations[1].Inputs);
        Assert.Same(Source.Unlimited, unlimited.Supply);
        Assert.Null(unlimited.From);
        StationInput arrivals = Assert.Single(line.Stations[2].Inputs);
        Assert.Equal(60, arrivals.Supply!.InterarrivalTime!.Mean);
        Assert.Equal(5, arrivals.Supply.InputCapacity);
        Assert.Equal(2, arrivals.Quantity);
    }

    [Fact]
    public void Load_EmptyInputs_IsAnEmptyListNotTheDefault()
    {
        LineModel line = Line(Json("""
            { "name": "B", "processingTime": 40, "quality": { "yield": 0.9, "rework": [ { "station": "Bay", "probability": 1 } ] } },
            { "name": "Bay", "inputs": [], "processingTime": 300 }
            """));

        Assert.False(line.Stations[2].TakesFromStationBefore);
        Assert.Empty(line.Stations[2].Inputs);
    }

    [Theory]
    [InlineData("", MergeRule.Assembly)]
    [InlineData("""
        "merge": "assembly",
        """, MergeRule.Assembly)]
    [InlineData("""
        "merge": "firstAvailable",
        """, MergeRule.FirstAvailable)]
    public void Load_Merge_IsTheMergeRule(string merge, MergeRule expected)
    {
        LineModel line = Line(Json($$"""
            { "name": "B", "inputs": [ { "source": { "type": "unlimited" } } ], "processingTime": 40 },
            { "name": "C", {{merge}} "inputs": [ { "from": "A" }, { "from": "B" } ], "processingTime": 40 }
            """));

        Assert.Equal(expected, line.Stations[2].Merge);
    }

    [Fact]
    public void Load_RoutingByProbability_HasTheTargetsInOrder()
    {
        LineModel line = Line(
            """
            { "taktTime": 55, "stations": [
              { "name": "A", "processingTime": 40,
                "routing": { "rule": "probability", "targets": [ { "station": "C", "probability": 0.4 }, { "station": "B", "probability": 0.6 } ] } },
              { "name": "B", "inputs": [ { "from": "A" } ], "processingTime": 60 },
              { "name": "C", "inputs": [ { "from": "A" } ], "processingTime": 60 } ] }
            """);

        Routing routing = line.Stations[0].Routing!;
        Assert.Equal(RoutingRule.Probability, routing.Rule);
        Assert.Equal([new RouteTarget("C", 0.4), new RouteTarget("B", 0.6)], routing.Targets.ToArray());
    }

    [Theory]
    [InlineData("roundRobin", RoutingRule.RoundRobin)]
    [InlineData("firstWithSpace", RoutingRule.FirstWithSpace)]
    public void Load_RoutingWithoutTargets_LeavesTheTargetsDefault(string rule, RoutingRule expected)
    {
        LineModel line = Line(
            $$"""
            { "taktTime": 55, "stations": [
              { "name": "A", "processingTime": 40, "routing": { "rule": "{{rule}}" } },
              { "name": "B", "inputs": [ { "from": "A" } ], "processingTime": 60 },
              { "name": "C", "inputs": [ { "from": "A" } ], "processingTime": 60 } ] }
            """);

        Assert.Equal(expected, line.Stations[0].Routing!.Rule);
        Assert.True(line.Stations[0].Routing!.Targets.IsDefault);
    }

    [Fact]
    public void Load_RoutingTargetsWithoutProbabilities_GiveTheOrder()
    {
        LineModel line = Line(
            """
            { "taktTime": 55, "stations": [
              { "name": "A", "processingTime": 40, "routing": { "rule": "firstWithSpace", "targets": [ { "station": "C" }, { "station": "B" } ] } },
              { "name": "B", "inputs": [ { "from": "A" } ], "processingTime": 60 },
              { "name": "C", "inputs": [ { "from": "A" } ], "processingTime": 60 } ] }
            """);

        Assert.Equal(["C", "B"], line.Stations[0].Routing!.Targets.Select(t => t.Station));
    }

    [Fact]
    public void Load_Quality_HasTheYieldAndReworkRoutes()
    {
        LineModel line = Line(Json("""
            { "name": "Inspection", "processingTime": 45, "quality": { "yield": 0.97, "rework": [ { "station": "Bay", "probability": 0.8 } ] } },
            { "name": "Bay", "inputs": [], "processingTime": 600 }
            """));

        Quality quality = line.Stations[1].Quality!;
        Assert.Equal(0.97, quality.FirstPassYield);
        Assert.Equal([new ReworkRoute("Bay", 0.8)], quality.Rework.ToArray());
        Assert.Equal(0.2, quality.ScrapProbability, 12);
    }

    [Fact]
    public void Load_QualityWithScrapMakingUpOne_IsValid()
    {
        LineModel line = Line(Json("""
            { "name": "Inspection", "processingTime": 45, "quality": { "yield": 0.97, "rework": [ { "station": "Bay", "probability": 0.7 } ], "scrap": 0.3 } },
            { "name": "Bay", "inputs": [], "processingTime": 600 }
            """));

        Assert.Equal(0.3, line.Stations[1].Quality!.ScrapProbability, 12);
    }

    [Fact]
    public void Load_QualityWithoutRework_ScrapsEveryFailedPart()
    {
        LineModel line = Line(Json("""{ "name": "Inspection", "processingTime": 45, "quality": { "yield": 0.99 } }"""));

        Assert.Empty(line.Stations[1].Quality!.Rework);
        Assert.Equal(1, line.Stations[1].Quality!.ScrapProbability);
    }

    [Fact]
    public void Load_CrewsAndFailuresCrew_AreRead()
    {
        LineModel line = Line(Json(
            """{ "name": "B", "processingTime": 40, "failures": { "mode": "operation", "mtbf": 7200, "mttr": 420, "crew": "Maintenance" } }""",
            """ "crews": [ { "name": "Maintenance", "size": 2 }, { "name": "Electricians", "size": 1 } ], """));

        Assert.Equal([new RepairCrew("Maintenance", 2), new RepairCrew("Electricians", 1)], line.Crews.ToArray());
        Assert.Equal("Maintenance", line.Stations[1].Failures!.Crew);
        Assert.Equal(7200, line.Stations[1].Failures!.TimeToFailure.Mean);
    }

    [Fact]
    public void Load_Carriers_AreReadWithTheirReturnTime()
    {
        LineModel line = Line(Json(
            """{ "name": "B", "bufferBefore": 2, "processingTime": 40 }, { "name": "C", "processingTime": 40 }""",
            """ "carriers": [ { "name": "Skids", "count": 24, "from": "A", "to": "C", "returnTime": 90 }, { "name": "Pallets", "count": 4, "from": "B", "to": "B" } ], """));

        Assert.Equal([new CarrierLoop("Skids", 24, "A", "C", 90), new CarrierLoop("Pallets", 4, "B", "B", 0)], line.Carriers.ToArray());
    }

    [Fact]
    public void Load_CarriersWithAFiniteReturn_ReadTheReturnAndTheStorage()
    {
        LineModel line = Line(Json(
            """{ "name": "B", "processingTime": 40 }, { "name": "C", "processingTime": 40 }""",
            """ "carriers": [ { "name": "Skids", "count": 6, "from": "A", "to": "C", "return": { "travelTime": "1.5 min", "capacity": 8 }, "storage": 2 }, { "name": "Pallets", "count": 4, "from": "B", "to": "B", "return": { "capacity": 3 } }, { "name": "Trays", "count": 4, "from": "C", "to": "C", "return": { "length": 12, "pitch": 1.5, "speed": 0.5 } } ], """));

        Assert.Equal(
            [
                new CarrierLoop("Skids", 6, "A", "C") { Return = new Conveyor(90, 8), Storage = 2 },
                new CarrierLoop("Pallets", 4, "B", "B") { Return = new Conveyor(0, 3) },
                new CarrierLoop("Trays", 4, "C", "C") { Return = new Conveyor(24, 8) },
            ],
            line.Carriers.ToArray());
    }

    /// <summary>A return's travel time in seconds or with a unit gives bit-identical results.</summary>
    [Fact]
    public void Load_ReturnTravelTimeWithAUnit_SameRunAsInSeconds()
    {
        string Scenario(string travel) => Json(
            """{ "name": "B", "processingTime": { "type": "exponential", "mean": 40 } }, { "name": "C", "processingTime": { "type": "exponential", "mean": 45 } }""",
            $$""" "carriers": [ { "name": "Skids", "count": 5, "from": "A", "to": "C", "return": { "travelTime": {{travel}}, "capacity": 2 }, "storage": 1 } ], """);
        var options = new SimulationOptions { Seed = 3, Replications = 2, Duration = 20_000 };

        SimulationResult seconds = Simulation.Create(Line(Scenario("90")), options).Run();
        SimulationResult minutes = Simulation.Create(Line(Scenario("\"1.5 min\"")), options).Run();

        Assert.Equal(seconds.ReplicationResults.Select(r => (r.PartsOut, r.Carriers[0])), minutes.ReplicationResults.Select(r => (r.PartsOut, r.Carriers[0])));
    }

    [Fact]
    public void Load_SerialScenario_HasNoGraphElements()
    {
        LineModel line = ScenarioLoader.Load(ScenarioJson.Example).GetScenarioOrThrow().Line;

        Assert.All(line.Stations, station =>
        {
            Assert.True(station.Inputs.IsDefault);
            Assert.Equal(1, station.Servers);
            Assert.Equal(MergeRule.Assembly, station.Merge);
            Assert.Null(station.Routing);
            Assert.Null(station.Quality);
            Assert.Null(station.Failures?.Crew);
        });
        Assert.Empty(line.Carriers);
        Assert.Empty(line.Crews);
    }

    [Theory]
    [InlineData("quick-start.json")]
    [InlineData("buffer-study.json")]
    [InlineData("logging.json")]
    [InlineData("welding-line-55s.json")]
    [InlineData("hemming-cell-arrivals.json")]
    [InlineData("underbody-before-service.json")]
    public void LoadFile_SerialExample_StaysASerialLine(string file)
    {
        LineModel line = ScenarioLoader.LoadFile(Path.Combine(ScenarioJson.RepositoryRoot(), "examples", "scenarios", file)).GetScenarioOrThrow().Line;

        Assert.All(line.Stations, station => Assert.True(station.TakesFromStationBefore && station.Servers == 1 && station.Routing is null && station.Quality is null));
        Assert.Equal(line.Stations.Length - 1, line.BufferCapacities().Length);
        Assert.Empty(line.Carriers);
        Assert.Empty(line.Crews);
    }

    [Fact]
    public void LoadFile_BodyShopExample_HasEveryGraphElement()
    {
        Scenario scenario = ScenarioLoader.LoadFile(Path.Combine(ScenarioJson.RepositoryRoot(), "examples", "scenarios", "body-shop-55.json")).GetScenarioOrThrow();
        LineModel line = scenario.Line;

        Assert.Equal(55, line.TaktTime);
        Station framing = line.Stations.Single(s => s.Name == "Framing");
        Assert.Equal(MergeRule.Assembly, framing.Merge);
        Assert.Equal(3, framing.Inputs.Length);
        Assert.Equal(3, line.Stations.Count(s => !s.Inputs.IsDefault && s.Inputs is [{ Supply.IsUnlimited: true }]));
        Assert.Contains(line.Stations, s => s.Servers == 3);
        Assert.Contains(line.Stations, s => s.Quality is { FirstPassYield: < 1, Rework.Length: 1 });
        Assert.Contains(line.Stations, s => !s.Inputs.IsDefault && s.Inputs.Any(i => i.Conveyor is not null));
        Assert.Equal([new RepairCrew("Maintenance", 2)], line.Crews.ToArray());
        Assert.All(line.Stations.Where(s => s.Failures is not null), s => Assert.Equal("Maintenance", s.Failures!.Crew));
        CarrierLoop skids = Assert.Single(line.Carriers);
        Assert.Equal(("Framing", "Unload"), (skids.From, skids.To));
        Assert.Equal(28_800, scenario.Options.Warmup);
        Assert.Equal(432_000, scenario.Options.Duration);
        Assert.Equal(10, scenario.Options.Replications);
        Assert.Equal(55, scenario.Options.Seed);
    }

    [Fact]
    public void Docs_CompleteExample_IsTheBodyShopExampleFile()
    {
        string root = ScenarioJson.RepositoryRoot();
        string docs = File.ReadAllText(Path.Combine(root, "docs", "scenario-files.md")).ReplaceLineEndings("\n");
        int section = docs.IndexOf("## A complete example", StringComparison.Ordinal);
        int start = docs.IndexOf("```json\n", section, StringComparison.Ordinal) + "```json\n".Length;
        int end = docs.IndexOf("\n```", start, StringComparison.Ordinal);

        Assert.True(section >= 0, "docs/scenario-files.md has no complete example");
        Assert.Equal(
            File.ReadAllText(Path.Combine(root, "examples", "scenarios", "body-shop-55.json")).ReplaceLineEndings("\n").TrimEnd(),
            docs[start..end]);
    }
}
