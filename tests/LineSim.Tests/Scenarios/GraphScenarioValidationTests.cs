using LineSim.Scenarios;

namespace LineSim.Tests.Scenarios;

/// <summary>
/// Every problem with the elements of a line that is not one straight line, reported at its JSON path: values by the
/// readers, and how the stations connect by the model's checks, translated to the file's paths.
/// </summary>
public sealed class GraphScenarioValidationTests
{
    private static List<string> Errors(string json)
    {
        ScenarioLoadResult result = ScenarioLoader.Load(json);
        Assert.False(result.IsValid, "the scenario should be invalid");
        return [.. result.Errors.Select(e => e.ToString())];
    }

    /// <summary>A line of station A, then <paramref name="stations"/>, with <paramref name="top"/> fields added at the top level.</summary>
    private static string Line(string stations, string top = "") =>
        $$"""{ "taktTime": 55, {{top}} "stations": [ { "name": "A", "processingTime": 40 }, {{stations}} ] }""";

    /// <summary>A line of A and B, where B's one input is <paramref name="input"/>.</summary>
    private static string Input(string input) => Line($$"""{ "name": "B", "inputs": [ {{input}} ], "processingTime": 40 }""");

    /// <summary>A line where A feeds B and C, with A's <paramref name="routing"/>.</summary>
    private static string Split(string routing) =>
        $$"""
        { "taktTime": 55, "stations": [
          { "name": "A", "processingTime": 40, "routing": {{routing}} },
          { "name": "B", "inputs": [ { "from": "A" } ], "processingTime": 60 },
          { "name": "C", "inputs": [ { "from": "A" } ], "processingTime": 60 } ] }
        """;

    /// <summary>A line where station B has the quality check <paramref name="quality"/> and a rework bay follows.</summary>
    private static string Inspection(string quality) =>
        Line($$"""{ "name": "B", "processingTime": 45, "quality": {{quality}} }, { "name": "Bay", "inputs": [], "processingTime": 600 }""");

    // Servers and merge

    [Theory]
    [InlineData("0", "stations[1].servers: must be at least 1, got 0")]
    [InlineData("1.5", "stations[1].servers: must be a whole number, got 1.5")]
    [InlineData("\"3\"", "stations[1].servers: must be a whole number, got a string \"3\"")]
    public void Load_ServersBelowOne_IsCaught(string servers, string expected)
    {
        Assert.Equal([expected], Errors(Line($$"""{ "name": "B", "servers": {{servers}}, "processingTime": 40 }""")));
    }

    [Fact]
    public void Load_MisspeltMerge_SuggestsTheRightOne()
    {
        Assert.Equal(
            ["stations[1].merge: must be \"assembly\" or \"firstAvailable\", got \"assemble\"; did you mean \"assembly\"?"],
            Errors(Line("""{ "name": "B", "merge": "assemble", "processingTime": 40 }""")));
    }

    // Inputs: values

    [Fact]
    public void Load_InputsNotAList_IsCaught()
    {
        Assert.Equal(
            ["stations[1].inputs: must be a list of inputs (where the station's parts come from), got an object"],
            Errors(Line("""{ "name": "B", "inputs": { "from": "A" }, "processingTime": 40 }""")));
    }

    [Fact]
    public void Load_InputWithNeitherFromNorSource_IsCaught()
    {
        Assert.Equal(
            ["stations[1].inputs[0]: needs from (the name of the station the parts come from) or source (a supply that starts a feeder line)"],
            Errors(Input("""{ "buffer": 2 }""")));
    }

    [Fact]
    public void Load_InputWithFromAndSource_IsCaught()
    {
        Assert.Equal(
            ["stations[1].inputs[0].source: give either from (a station) or source (a supply), not both"],
            Errors(Input("""{ "from": "A", "source": { "type": "unlimited" } }""")));
    }

    [Fact]
    public void Load_InputWithBufferAndConveyor_IsCaught()
    {
        Assert.Equal(
            ["stations[1].inputs[0].conveyor: give either buffer or conveyor, not both; the parts on a conveyor are its capacity"],
            Errors(Input("""{ "from": "A", "buffer": 2, "conveyor": { "travelTime": 30, "capacity": 4 } }""")));
    }

    [Fact]
    public void Load_BufferWithSource_IsCaught()
    {
        Assert.Equal(
            ["stations[1].inputs[0].buffer: not allowed with source: parts from a supply wait in its own input buffer, source.capacity"],
            Errors(Input("""{ "source": { "type": "arrivals", "interarrivalTime": 60 }, "buffer": 2 }""")));
    }

    [Fact]
    public void Load_ConveyorWithSource_IsCaught()
    {
        Assert.Equal(
            ["stations[1].inputs[0].conveyor: not allowed with source: a conveyor carries parts from a station"],
            Errors(Input("""{ "source": { "type": "unlimited" }, "conveyor": { "travelTime": 30, "capacity": 4 } }""")));
    }

    [Theory]
    [InlineData("""{ "from": "A", "quantity": 0 }""", "stations[1].inputs[0].quantity: must be at least 1, got 0")]
    [InlineData("""{ "from": "A", "buffer": -1 }""", "stations[1].inputs[0].buffer: must be 0 or more, got -1")]
    [InlineData("""{ "from": "" }""", "stations[1].inputs[0].from: must not be empty")]
    [InlineData("""{ "from": 3 }""", "stations[1].inputs[0].from: must be a string, got the number 3")]
    [InlineData("""{ "form": "A" }""", "stations[1].inputs[0].form: unknown field, did you mean \"from\"?")]
    [InlineData("""{ "source": { "type": "arrivals" } }""", "stations[1].inputs[0].source.interarrivalTime: required field is missing")]
    [InlineData("""{ "source": { "type": "unlimted" } }""", "stations[1].inputs[0].source.type: must be \"unlimited\", \"arrivals\" or \"scheduled\", got \"unlimted\"; did you mean \"unlimited\"?")]
    public void Load_ImpossibleInputValue_IsCaughtAtItsPath(string input, string expected)
    {
        Assert.Contains(expected, Errors(Input(input)));
    }

    [Theory]
    [InlineData("""{ "travelTime": -1, "capacity": 4 }""", "stations[1].inputs[0].conveyor.travelTime: must be 0 or more, got -1")]
    [InlineData("""{ "travelTime": 30, "capacity": 0 }""", "stations[1].inputs[0].conveyor.capacity: must be at least 1, got 0")]
    [InlineData("""{ "travelTime": 30 }""", "stations[1].inputs[0].conveyor.capacity: required field is missing")]
    [InlineData("""{ "travelTime": 30, "capacity": 4, "length": 20 }""", "stations[1].inputs[0].conveyor.length: give either travelTime and capacity or length, pitch and speed, not both")]
    [InlineData("""{ "length": 20, "pitch": 5 }""", "stations[1].inputs[0].conveyor.speed: required field is missing")]
    [InlineData("""{ "length": 20, "pitch": 5, "speed": 0 }""", "stations[1].inputs[0].conveyor.speed: must be greater than 0, got 0")]
    [InlineData("""{ "length": 4, "pitch": 5, "speed": 0.5 }""", "stations[1].inputs[0].conveyor.pitch: must be at most the length (4), got 5; not one part would fit")]
    public void Load_ImpossibleConveyor_IsCaughtAtItsPath(string conveyor, string expected)
    {
        Assert.Equal([expected], Errors(Input($$"""{ "from": "A", "conveyor": {{conveyor}} }""")));
    }

    [Fact]
    public void Load_BufferBeforeWithInputs_SaysToUseTheInputsBuffer()
    {
        Assert.Equal(
            ["stations[1].bufferBefore: not allowed together with inputs: give the buffer before this station as inputs[k].buffer"],
            Errors(Line("""{ "name": "B", "bufferBefore": 2, "inputs": [ { "from": "A" } ], "processingTime": 40 }""")));
    }

    [Fact]
    public void Load_ArrivalSourceThatNoStationTakes_IsCaught()
    {
        Assert.Equal(
            ["source: arrivals that no station takes: the first station, \"A\", has inputs, so no station takes parts from the line's source; give each feeder line's start its own, as inputs[k].source"],
            Errors("""
                { "taktTime": 55, "source": { "type": "arrivals", "interarrivalTime": 60 },
                  "stations": [ { "name": "A", "inputs": [ { "source": { "type": "unlimited" } } ], "processingTime": 40 } ] }
                """));
    }

    // Inputs: the graph

    [Fact]
    public void Load_InputFromUnknownStation_IsCaught()
    {
        Assert.Equal(["stations[1].inputs[0].from: no station is named 'X'"], Errors(Input("""{ "from": "X" }""")));
    }

    [Fact]
    public void Load_InputFromItself_IsCaught()
    {
        Assert.Equal(
            ["stations[1].inputs[0].from: the station cannot take parts from itself; send failed parts back to it as rework instead"],
            Errors(Input("""{ "from": "B" }""")));
    }

    [Fact]
    public void Load_StationNoPartCanReach_IsCaught()
    {
        Assert.Equal(
            ["stations[1]: no part can reach this station; give it inputs that start at a supply, or send rework to it"],
            Errors(Line("""{ "name": "B", "inputs": [], "processingTime": 40 }""")));
    }

    [Fact]
    public void Load_CycleOfInputs_IsCaught()
    {
        Assert.Equal(
            ["stations: the inputs of 'B', 'C' form a cycle; parts can only go back upstream as rework, sent by a quality check"],
            Errors(Line("""
                { "name": "B", "inputs": [ { "from": "C" } ], "processingTime": 40 },
                { "name": "C", "inputs": [ { "from": "B" } ], "processingTime": 40 }
                """)));
    }

    [Fact]
    public void Load_ReworkLoopBackUpstream_IsNotACycle()
    {
        const string json = """
            { "taktTime": 55, "stations": [
              { "name": "A", "inputs": [ { "source": { "type": "unlimited" } }, { "from": "Bay", "buffer": 1 } ], "merge": "firstAvailable", "processingTime": 40 },
              { "name": "B", "processingTime": 45, "quality": { "yield": 0.9, "rework": [ { "station": "Bay", "probability": 1 } ] } },
              { "name": "Bay", "inputs": [], "processingTime": 300 } ] }
            """;

        ScenarioLoadResult result = ScenarioLoader.Load(json);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
    }

    [Fact]
    public void Load_UnlimitedSupplyThroughStationsThatTakeNoTime_IsCaught()
    {
        Assert.Equal(
            ["stations[1]: fed by an unlimited supply, it leads to the end of the line through stations that all take no time, so parts would leave without end at one instant; give one of them a processing time"],
            Errors(Line("""{ "name": "B", "inputs": [ { "source": { "type": "unlimited" } } ], "processingTime": 0 }""")));
    }

    // Routing

    [Fact]
    public void Load_StationFeedingSeveralWithoutRouting_IsCaught()
    {
        Assert.Equal(
            ["stations[0].routing: the station feeds 2 stations ('B', 'C'); give it a routing that says how it chooses among them (by probability, round robin or first with space)"],
            Errors("""
                { "taktTime": 55, "stations": [
                  { "name": "A", "processingTime": 40 },
                  { "name": "B", "inputs": [ { "from": "A" } ], "processingTime": 60 },
                  { "name": "C", "inputs": [ { "from": "A" } ], "processingTime": 60 } ] }
                """));
    }

    [Fact]
    public void Load_RoutingTargetUnknownStation_IsCaught()
    {
        Assert.Contains(
            "stations[0].routing.targets[1].station: no station is named 'Q'",
            Errors(Split("""{ "rule": "probability", "targets": [ { "station": "B", "probability": 0.5 }, { "station": "Q", "probability": 0.5 } ] }""")));
    }

    [Fact]
    public void Load_RoutingTargetThatDoesNotTakeFromTheStation_IsCaught()
    {
        const string json = """
            { "taktTime": 55, "stations": [
              { "name": "A", "processingTime": 40, "routing": { "rule": "roundRobin", "targets": [ { "station": "B" }, { "station": "D" } ] } },
              { "name": "B", "inputs": [ { "from": "A" } ], "processingTime": 60 },
              { "name": "C", "inputs": [ { "from": "A" } ], "processingTime": 60 },
              { "name": "D", "inputs": [ { "from": "C" } ], "processingTime": 60 } ] }
            """;

        Assert.Equal(
            [
                "stations[0].routing.targets[1].station: 'D' does not take parts from 'A'; a target must name it among its inputs",
                "stations[0].routing.targets: 'C' takes parts from 'A' but is not among the targets",
            ],
            Errors(json));
    }

    [Fact]
    public void Load_RoutingTargetTwice_IsCaught()
    {
        Assert.Contains(
            "stations[0].routing.targets[1].station: 'B' is already a target",
            Errors(Split("""{ "rule": "firstWithSpace", "targets": [ { "station": "B" }, { "station": "B" }, { "station": "C" } ] }""")));
    }

    [Fact]
    public void Load_RoutingProbabilitiesNotSummingToOne_IsCaught()
    {
        Assert.Equal(
            ["stations[0].routing.targets: the probabilities must sum to 1, got 0.9"],
            Errors(Split("""{ "rule": "probability", "targets": [ { "station": "B", "probability": 0.5 }, { "station": "C", "probability": 0.4 } ] }""")));
    }

    [Fact]
    public void Load_RoutingProbabilitiesSummingToOneWithinRounding_AreValid()
    {
        ScenarioLoadResult result = ScenarioLoader.Load(
            """
            { "taktTime": 55, "stations": [
              { "name": "A", "processingTime": 40, "routing": { "rule": "probability",
                "targets": [ { "station": "B", "probability": 0.1 }, { "station": "C", "probability": 0.2 }, { "station": "D", "probability": 0.7 } ] } },
              { "name": "B", "inputs": [ { "from": "A" } ], "processingTime": 60 },
              { "name": "C", "inputs": [ { "from": "A" } ], "processingTime": 60 },
              { "name": "D", "inputs": [ { "from": "A" } ], "processingTime": 60 } ] }
            """);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
    }

    [Theory]
    [InlineData("""{ "targets": [] }""", "stations[0].routing.rule: required field is missing")]
    [InlineData("""{ "rule": "random" }""", "stations[0].routing.rule: must be \"probability\", \"roundRobin\", \"firstWithSpace\" or \"byVariant\", got \"random\"")]
    [InlineData("""{ "rule": "probability" }""", "stations[0].routing.targets: required field is missing; routing by probability lists each station this one feeds, with its probability")]
    [InlineData("""{ "rule": "probability", "targets": [ { "station": "B", "probability": 1 }, { "station": "C" } ] }""", "stations[0].routing.targets[1].probability: required field is missing")]
    [InlineData("""{ "rule": "probability", "targets": [ { "station": "B", "probability": 1.5 }, { "station": "C", "probability": -0.5 } ] }""", "stations[0].routing.targets[0].probability: must be between 0 and 1, got 1.5")]
    [InlineData("""{ "rule": "roundRobin", "targets": [ { "station": "B", "probability": 0.5 }, { "station": "C" } ] }""", "stations[0].routing.targets[0].probability: not allowed with rule \"roundRobin\": only routing by \"probability\" gives targets probabilities; the targets' order is the order they are tried in")]
    [InlineData("""{ "rule": "roundRobin", "targets": [ { "probability": 0.5 } ] }""", "stations[0].routing.targets[0].station: required field is missing")]
    [InlineData("""{ "rule": "roundRobin", "targets": "B" }""", "stations[0].routing.targets: must be a list of targets (stations to send parts to), got a string \"B\"")]
    [InlineData("""{ "rule": "probability", "targets": [] }""", "stations[0].routing.targets: routing by probability needs each downstream station with its probability")]
    public void Load_ImpossibleRouting_IsCaughtAtItsPath(string routing, string expected)
    {
        Assert.Contains(expected, Errors(Split(routing)));
    }

    // Quality

    [Theory]
    [InlineData("""{ "yield": 1.2 }""", "stations[1].quality.yield: must be between 0 and 1, got 1.2")]
    [InlineData("""{ "rework": [] }""", "stations[1].quality.yield: required field is missing")]
    [InlineData("""{ "yield": 0.9, "rework": [ { "station": "Bay", "probability": -0.1 } ] }""", "stations[1].quality.rework[0].probability: must be between 0 and 1, got -0.1")]
    [InlineData("""{ "yield": 0.9, "rework": [ { "probability": 0.5 } ] }""", "stations[1].quality.rework[0].station: required field is missing")]
    [InlineData("""{ "yield": 0.9, "scrap": 2 }""", "stations[1].quality.scrap: must be between 0 and 1, got 2")]
    [InlineData("""{ "yeild": 0.9 }""", "stations[1].quality.yeild: unknown field, did you mean \"yield\"?")]
    public void Load_ImpossibleQuality_IsCaughtAtItsPath(string quality, string expected)
    {
        Assert.Contains(expected, Errors(Inspection(quality)));
    }

    [Fact]
    public void Load_ScrapAndReworkNotSummingToOne_IsCaughtAtTheQualityCheck()
    {
        Assert.Equal(
            ["stations[1].quality: scrap (0.2) and the rework probabilities (0.7) must sum to 1, got 0.9"],
            Errors(Inspection("""{ "yield": 0.97, "rework": [ { "station": "Bay", "probability": 0.7 } ], "scrap": 0.2 }""")));
    }

    [Fact]
    public void Load_ScrapWithoutReworkBelowOne_IsCaught()
    {
        Assert.Equal(
            ["stations[1].quality: scrap (0.5) and the rework probabilities (0) must sum to 1, got 0.5"],
            Errors(Line("""{ "name": "B", "processingTime": 45, "quality": { "yield": 0.97, "scrap": 0.5 } }""")));
    }

    [Fact]
    public void Load_ReworkProbabilitiesAboveOne_AreCaught()
    {
        Assert.Equal(
            ["stations[1].quality.rework: the rework probabilities sum to 1.2, more than 1; what is left of 1 is scrapped"],
            Errors(Line("""
                { "name": "B", "processingTime": 45, "quality": { "yield": 0.9, "rework": [ { "station": "Bay", "probability": 0.6 }, { "station": "Bay 2", "probability": 0.6 } ] } },
                { "name": "Bay", "inputs": [], "processingTime": 600 }, { "name": "Bay 2", "inputs": [], "processingTime": 600 }
                """)));
    }

    [Fact]
    public void Load_ReworkAtUnknownStation_IsCaught()
    {
        Assert.Equal(
            ["stations[1].quality.rework[0].station: no station is named 'Nope'"],
            Errors(Line("""{ "name": "B", "processingTime": 45, "quality": { "yield": 0.9, "rework": [ { "station": "Nope", "probability": 1 } ] } }""")));
    }

    // Crews

    [Fact]
    public void Load_FailuresWithUnknownCrew_IsCaught()
    {
        Assert.Equal(
            ["stations[1].failures.crew: no repair crew is named 'Ghost'"],
            Errors(Line(
                """{ "name": "B", "processingTime": 40, "failures": { "mode": "operation", "mtbf": 7200, "mttr": 420, "crew": "Ghost" } }""",
                """ "crews": [ { "name": "Maintenance", "size": 2 } ], """)));
    }

    [Fact]
    public void Load_FailuresCrewNotAString_IsCaught()
    {
        Assert.Equal(
            ["stations[1].failures.crew: must be a string, got the number 2"],
            Errors(Line("""{ "name": "B", "processingTime": 40, "failures": { "mode": "operation", "mtbf": 7200, "mttr": 420, "crew": 2 } }""")));
    }

    [Theory]
    [InlineData("""[ { "name": "Maintenance", "size": 0 } ]""", "crews[0].size: must be at least 1, got 0")]
    [InlineData("""[ { "name": "Maintenance" } ]""", "crews[0].size: required field is missing")]
    [InlineData("""[ { "size": 2 } ]""", "crews[0].name: required field is missing")]
    [InlineData("""[ { "name": "Maintenance", "size": 2, "shift": 1 } ]""", "crews[0].shift: unknown field; a repair crew has the fields name, size")]
    [InlineData("""{ "name": "Maintenance", "size": 2 }""", "crews: must be a list of repair crews, got an object")]
    [InlineData("""[ { "name": "M", "size": 2 }, { "name": "M", "size": 1 } ]""", "crews[1].name: must be a name no other crew has, got 'M'")]
    public void Load_ImpossibleCrew_IsCaughtAtItsPath(string crews, string expected)
    {
        Assert.Equal([expected], Errors(Line("""{ "name": "B", "processingTime": 40 }""", $$""" "crews": {{crews}}, """)));
    }

    // Carriers

    [Fact]
    public void Load_CarrierLoopWithZeroCarriers_IsCaught()
    {
        Assert.Equal(
            ["carriers[0].count: must be at least 1, got 0"],
            Errors(Line("""{ "name": "B", "processingTime": 40 }""", """ "carriers": [ { "name": "Skids", "count": 0, "from": "A", "to": "B" } ], """)));
    }

    [Theory]
    [InlineData("""{ "name": "Skids", "count": 4, "from": "A", "to": "B", "returnTime": -1 }""", "carriers[0].returnTime: must be 0 or more, got -1")]
    [InlineData("""{ "name": "Skids", "count": 4, "to": "B" }""", "carriers[0].from: required field is missing")]
    [InlineData("""{ "name": "Skids", "count": 2.5, "from": "A", "to": "B" }""", "carriers[0].count: must be a whole number, got 2.5")]
    [InlineData("""{ "count": 4, "from": "A", "to": "B" }""", "carriers[0].name: required field is missing")]
    [InlineData("""{ "name": "Skids", "count": 4, "from": "A", "to": "B", "return": { "travelTime": 30, "capacity": 0 } }""", "carriers[0].return.capacity: must be at least 1, got 0")]
    [InlineData("""{ "name": "Skids", "count": 4, "from": "A", "to": "B", "return": { "travelTime": "30 parsecs", "capacity": 2 } }""", "carriers[0].return.travelTime: must be a number of seconds or a string with a unit (s, min, h, d, w), as \"55 s\" or \"4 h\", got a string \"30 parsecs\"")]
    [InlineData("""{ "name": "Skids", "count": 4, "from": "A", "to": "B", "return": { "capacity": 2, "speed": 1 } }""", "carriers[0].return.speed: give either travelTime and capacity or length, pitch and speed, not both")]
    [InlineData("""{ "name": "Skids", "count": 4, "from": "A", "to": "B", "return": { "capacity": 2, "colour": 1 } }""", "carriers[0].return.colour: unknown field; a carrier return has the fields travelTime, capacity, length, pitch, speed")]
    [InlineData("""{ "name": "Skids", "count": 4, "from": "A", "to": "B", "returnTime": 30, "return": { "capacity": 2 } }""", "carriers[0].return: give either returnTime or return, not both; the return's travel time is return.travelTime")]
    [InlineData("""{ "name": "Skids", "count": 4, "from": "A", "to": "B", "storage": -1 }""", "carriers[0].storage: must be 0 or more, got -1")]
    [InlineData("""{ "name": "Skids", "count": 4, "from": "A", "to": "B", "storage": 1, "return": { "capacity": 1 } }""", "carriers[0].count: 4 carriers can fill the 2 places from 'A' to 'B' and the return and storage (2) at once, and then no carrier could move again; use at most 3 carriers, or more places on the return or in the storage")]
    public void Load_ImpossibleCarrierValue_IsCaughtAtItsPath(string carrier, string expected)
    {
        Assert.Equal([expected], Errors(Line("""{ "name": "B", "processingTime": 40 }""", $$""" "carriers": [ {{carrier}} ], """)));
    }

    [Theory]
    [InlineData("Z", "B", "carriers[0].from: no station is named 'Z'")]
    [InlineData("A", "Z", "carriers[0].to: no station is named 'Z'")]
    [InlineData("B", "A", "carriers[0].to: 'A' is not downstream of 'B', so no part could ride a carrier from one to the other")]
    public void Load_CarrierLoopBetweenImpossibleStations_IsCaught(string from, string to, string expected)
    {
        Assert.Equal(
            [expected],
            Errors(Line("""{ "name": "B", "processingTime": 40 }""", $$""" "carriers": [ { "name": "Skids", "count": 4, "from": "{{from}}", "to": "{{to}}" } ], """)));
    }

    [Fact]
    public void Load_CarrierLoopsBoardingAtOneStation_AreCaught()
    {
        Assert.Equal(
            ["carriers[1].from: parts already board another carrier loop at 'A'"],
            Errors(Line(
                """{ "name": "B", "processingTime": 40 }""",
                """ "carriers": [ { "name": "Skids", "count": 4, "from": "A", "to": "B" }, { "name": "Pallets", "count": 4, "from": "A", "to": "A" } ], """)));
    }

    // Several at once

    [Fact]
    public void Load_SeveralGraphProblems_AreReportedAtOnceInTheFilesOrder()
    {
        const string json = """
            { "taktTime": 55,
              "stations": [
                { "name": "A", "processingTime": 40,
                  "routing": { "rule": "probability", "targets": [ { "station": "B", "probability": 0.5 }, { "station": "C", "probability": 0.4 } ] } },
                { "name": "B", "inputs": [ { "from": "A" }, { "from": "X" } ], "processingTime": 40 },
                { "name": "C", "inputs": [ { "from": "A" } ], "processingTime": 40,
                  "quality": { "yield": 0.9, "rework": [ { "station": "Nope", "probability": 0.5 } ] },
                  "failures": { "mode": "time", "mtbf": 7200, "mttr": 300, "crew": "Ghost" } }
              ],
              "carriers": [ { "name": "Skids", "count": 3, "from": "C", "to": "Z" } ]
            }
            """;

        Assert.Equal(
            [
                "stations[0].routing.targets: the probabilities must sum to 1, got 0.9",
                "stations[1].inputs[1].from: no station is named 'X'",
                "stations[2].failures.crew: no repair crew is named 'Ghost'",
                "stations[2].quality.rework[0].station: no station is named 'Nope'",
                "carriers[0].to: no station is named 'Z'",
            ],
            Errors(json));
    }

    [Fact]
    public void Load_GraphProblems_NeverHaveAnEmptyPath()
    {
        const string json = """
            { "taktTime": 55, "stations": [
              { "name": "A", "processingTime": 40 },
              { "name": "B", "inputs": [ { "from": "C" } ], "processingTime": 40 },
              { "name": "C", "inputs": [ { "from": "B" } ], "processingTime": 40 },
              { "name": "D", "inputs": [ { "from": "A" } ], "processingTime": 40, "routing": { "rule": "roundRobin" } } ] }
            """;

        ScenarioLoadResult result = ScenarioLoader.Load(json);

        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, error => Assert.NotEqual(string.Empty, error.Path));
        Assert.All(result.Errors, error => Assert.DoesNotContain("   at ", error.Message, StringComparison.Ordinal));
    }
}
