using LineSim.Scenarios;

namespace LineSim.Tests.Scenarios;

public sealed class ScenarioValidationTests
{
    private static List<string> Errors(string json)
    {
        ScenarioLoadResult result = ScenarioLoader.Load(json);
        Assert.False(result.IsValid, "the scenario should be invalid");
        return [.. result.Errors.Select(e => e.ToString())];
    }

    private static string Station(string fields) => $$"""{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": 40 }, {{fields}} ] }""";

    [Fact]
    public void Load_NegativeMean_NamesThePathAndTheValue()
    {
        const string json = """
            { "taktTime": 55, "stations": [
              { "name": "A", "processingTime": 40 }, { "name": "B", "processingTime": 40 },
              { "name": "C", "processingTime": { "type": "exponential", "mean": -5 } } ] }
            """;

        Assert.Equal(["stations[2].processingTime.mean: must be greater than 0, got -5"], Errors(json));
    }

    [Fact]
    public void Load_MisspeltField_SuggestsTheRightOne()
    {
        Assert.Equal(
            ["stations[1].bufferBefor: unknown field, did you mean \"bufferBefore\"?"],
            Errors(Station("""{ "name": "B", "bufferBefor": 3, "processingTime": 40 }""")));
    }

    [Fact]
    public void Load_UnknownFieldFarFromAny_ListsTheFields()
    {
        Assert.Equal(
            ["stations[1].colour: unknown field; a station has the fields name, processingTime, bufferBefore, failures, servers, inputs, merge, routing, quality, setup, maintenance, stops, pull"],
            Errors(Station("""{ "name": "B", "colour": "red", "processingTime": 40 }""")));
    }

    [Fact]
    public void Load_MalformedJson_NamesLineAndColumn()
    {
        const string json = "{\n  \"taktTime\": 55,\n  \"stations\": [ { \"name\": \"A\" \"processingTime\": 40 } ]\n}";

        string error = Assert.Single(Errors(json));
        Assert.StartsWith("malformed JSON at line 3, column 31: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyText_IsMalformedJsonAtLineOne()
    {
        Assert.StartsWith("malformed JSON at line 1, column 1: ", Assert.Single(Errors("")), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateStationNames_AreCaught()
    {
        Assert.Equal(
            ["stations[1].name: duplicate station name \"A\", already used by stations[0]; station names must be unique"],
            Errors(Station("""{ "name": "A", "processingTime": 40 }""")));
    }

    [Theory]
    [InlineData("0", "taktTime: must be greater than 0, got 0")]
    [InlineData("-55", "taktTime: must be greater than 0, got -55")]
    [InlineData("\"55\"", "taktTime: must be a number of seconds or a string with a unit (s, min, h, d, w), as \"55 s\" or \"4 h\", got a string \"55\"")]
    [InlineData("1e999", "taktTime: must be a finite number, got 1e999")]
    public void Load_TaktTimeNotPositive_IsCaught(string takt, string expected)
    {
        Assert.Equal([expected], Errors($$"""{ "taktTime": {{takt}}, "stations": [ { "name": "A", "processingTime": 40 } ] }"""));
    }

    [Theory]
    [InlineData("0", "run.replications: must be at least 1, got 0")]
    [InlineData("-3", "run.replications: must be at least 1, got -3")]
    [InlineData("2.5", "run.replications: must be a whole number, got 2.5")]
    public void Load_ReplicationsBelowOne_IsCaught(string replications, string expected)
    {
        Assert.Equal([expected], Errors($$"""{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": 40 } ], "run": { "replications": {{replications}} } }"""));
    }

    [Theory]
    [InlineData("""{ "type": "normal", "mean": 0, "stdDev": 1 }""", "stations[0].processingTime.mean: must be greater than 0, got 0")]
    [InlineData("""{ "type": "normal", "mean": 10, "stdDev": -1 }""", "stations[0].processingTime.stdDev: must be 0 or more, got -1")]
    [InlineData("""{ "type": "lognormal", "mean": 10, "stdDev": 0 }""", "stations[0].processingTime.stdDev: must be greater than 0, got 0")]
    [InlineData("""{ "type": "gamma", "mean": 10, "stdDev": 2, "shape": 3 }""", "stations[0].processingTime.shape: give either mean and stdDev or shape and scale, not both")]
    [InlineData("""{ "type": "gamma", "shape": 3 }""", "stations[0].processingTime.scale: required field is missing")]
    [InlineData("""{ "type": "weibull", "shape": -1.5, "scale": 100 }""", "stations[0].processingTime.shape: must be greater than 0, got -1.5")]
    [InlineData("""{ "type": "triangular", "min": 40, "mode": 60, "max": 58 }""", "stations[0].processingTime.mode: must lie between min (40) and max (58), got 60")]
    [InlineData("""{ "type": "triangular", "min": 40, "mode": 40, "max": 40 }""", "stations[0].processingTime.max: must be greater than min (40), got 40")]
    [InlineData("""{ "type": "uniform", "min": -1, "max": 5 }""", "stations[0].processingTime.min: must be 0 or more, got -1")]
    [InlineData("""{ "type": "uniform", "min": 5, "max": 2 }""", "stations[0].processingTime.max: must be greater than min (5), got 2")]
    [InlineData("""{ "type": "erlang", "k": 0, "mean": 10 }""", "stations[0].processingTime.k: must be at least 1, got 0")]
    [InlineData("""{ "type": "erlang", "k": 1.5, "mean": 10 }""", "stations[0].processingTime.k: must be a whole number, got 1.5")]
    [InlineData("""{ "type": "empirical", "values": [] }""", "stations[0].processingTime.values: must hold at least one observed value, got an empty list")]
    [InlineData("""{ "type": "empirical", "values": [1, -2] }""", "stations[0].processingTime.values[1]: must be 0 or more, got -2")]
    [InlineData("""{ "type": "constant", "value": -1 }""", "stations[0].processingTime.value: must be 0 or more, got -1")]
    [InlineData("-1", "stations[0].processingTime: must be 0 or more, got -1")]
    [InlineData("""{ "type": "constant", "mean": 5 }""", "stations[0].processingTime.mean: unknown field; a constant distribution has the fields type, value")]
    [InlineData("""{ "type": "gama", "mean": 5 }""", "stations[0].processingTime.type: must be \"constant\", \"exponential\", \"normal\", \"lognormal\", \"gamma\", \"weibull\", \"triangular\", \"uniform\", \"erlang\" or \"empirical\", got \"gama\"; did you mean \"gamma\"?")]
    [InlineData("""{ "mean": 5 }""", "stations[0].processingTime.type: required field is missing; the type of a distribution: \"constant\", \"exponential\", \"normal\", \"lognormal\", \"gamma\", \"weibull\", \"triangular\", \"uniform\", \"erlang\" or \"empirical\"")]
    [InlineData("\"fast\"", "stations[0].processingTime: must be a number of seconds or a string with a unit (s, min, h, d, w), as \"55 s\" or \"4 h\", got a string \"fast\"")]
    public void Load_ImpossibleDistributionParameters_AreCaught(string distribution, string expected)
    {
        Assert.Contains(expected, Errors(ScenarioJson.OneStation(distribution)));
    }

    [Fact]
    public void Load_WrongTypes_SayWhatWasExpectedAndFound()
    {
        const string json = """{ "name": 5, "taktTime": 55, "blocking": true, "stations": { "name": "A" }, "run": [] }""";

        Assert.Equal(
            [
                "name: must be a string, got the number 5",
                "blocking: must be \"afterService\" or \"beforeService\", got true",
                "stations: must be a list of stations, got an object",
                "run: must be an object (the run settings), got a list",
            ],
            Errors(json));
    }

    [Fact]
    public void Load_MisspeltChoice_SuggestsTheRightOne()
    {
        Assert.Equal(
            ["blocking: must be \"afterService\" or \"beforeService\", got \"afterservice\"; did you mean \"afterService\"?"],
            Errors("""{ "taktTime": 55, "blocking": "afterservice", "stations": [ { "name": "A", "processingTime": 40 } ] }"""));
    }

    [Fact]
    public void Load_DuplicateField_IsCaught()
    {
        Assert.Equal(["taktTime: appears more than once; give each field once"], Errors("""{ "taktTime": 55, "taktTime": 60, "stations": [ { "name": "A", "processingTime": 40 } ] }"""));
    }

    [Fact]
    public void Load_MissingRequiredFields_AreCaught()
    {
        Assert.Equal(["taktTime: required field is missing", "stations: required field is missing"], Errors("{}"));
        Assert.Equal(["stations[1].name: required field is missing", "stations[1].processingTime: required field is missing"], Errors(Station("{}")));
    }

    [Fact]
    public void Load_NoStations_IsCaught()
    {
        Assert.Equal(["stations: the line needs at least one station, got an empty list"], Errors("""{ "taktTime": 55, "stations": [] }"""));
    }

    [Fact]
    public void Load_BufferBeforeOnFirstStation_IsCaught()
    {
        Assert.Equal(
            ["stations[0].bufferBefore: not allowed on the first station: no station comes before it (an arrival source's input buffer is source.capacity)"],
            Errors("""{ "taktTime": 55, "stations": [ { "name": "A", "bufferBefore": 2, "processingTime": 40 } ] }"""));
    }

    [Fact]
    public void Load_NegativeBuffer_IsCaught()
    {
        Assert.Equal(["stations[1].bufferBefore: must be 0 or more, got -1"], Errors(Station("""{ "name": "B", "bufferBefore": -1, "processingTime": 40 }""")));
    }

    [Theory]
    [InlineData("""{ "mode": "operation", "mtbf": 0, "mttr": 60 }""", "stations[1].failures.mtbf: must be greater than 0, got 0")]
    [InlineData("""{ "mode": "operation", "mtbf": 100 }""", "stations[1].failures: needs mttr (a mean in seconds) or timeToRepair (a distribution)")]
    [InlineData("""{ "mtbf": 100, "mttr": 60 }""", "stations[1].failures.mode: required field is missing")]
    [InlineData("""{ "mode": "clock", "mtbf": 100, "mttr": 60 }""", "stations[1].failures.mode: must be \"operation\" or \"time\", got \"clock\"")]
    [InlineData("""{ "mode": "time", "mtbf": 100, "timeToFailure": 50, "mttr": 60 }""", "stations[1].failures.timeToFailure: give either mtbf or timeToFailure, not both")]
    [InlineData("""{ "mode": "time", "timeToFailure": 0, "mttr": 60 }""", "stations[1].failures.timeToFailure: must have a mean greater than 0, got a mean of 0; the station would fail without end")]
    [InlineData("""{ "mode": "time", "timeToFailure": { "type": "weibull", "shape": 0, "scale": 9 }, "mttr": 60 }""", "stations[1].failures.timeToFailure.shape: must be greater than 0, got 0")]
    public void Load_ImpossibleFailures_AreCaught(string failures, string expected)
    {
        Assert.Contains(expected, Errors(Station($$"""{ "name": "B", "processingTime": 40, "failures": {{failures}} }""")));
    }

    [Theory]
    [InlineData("""{ "type": "arrivals" }""", "source.interarrivalTime: required field is missing")]
    [InlineData("""{ "type": "arrivals", "interarrivalTime": 0 }""", "source.interarrivalTime: must have a mean greater than 0, got a mean of 0; parts would arrive without end at one instant")]
    [InlineData("""{ "type": "arrivals", "interarrivalTime": 60, "capacity": -1 }""", "source.capacity: must be 0 or more, got -1")]
    [InlineData("""{ "type": "unlimited", "capacity": 3 }""", "source.capacity: unknown field; an unlimited source has the fields type")]
    [InlineData("""{ "type": "poisson" }""", "source.type: must be \"unlimited\", \"arrivals\" or \"scheduled\", got \"poisson\"")]
    public void Load_ImpossibleSource_IsCaught(string source, string expected)
    {
        Assert.Equal([expected], Errors($$"""{ "taktTime": 55, "source": {{source}}, "stations": [ { "name": "A", "processingTime": 40 } ] }"""));
    }

    [Theory]
    [InlineData("""{ "warmup": -1 }""", "run.warmup: must be 0 or more, got -1")]
    [InlineData("""{ "duration": 0 }""", "run.duration: must be greater than 0, got 0")]
    [InlineData("""{ "duration": 100, "partCount": 10 }""", "run.partCount: give either duration or partCount, not both")]
    [InlineData("""{ "seed": "42" }""", "run.seed: must be a whole number, got a string \"42\"")]
    [InlineData("""{ "sead": 42 }""", "run.sead: unknown field, did you mean \"seed\"?")]
    public void Load_ImpossibleRunSettings_AreCaught(string run, string expected)
    {
        Assert.Equal([expected], Errors($$"""{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": 40 } ], "run": {{run}} }"""));
    }

    [Fact]
    public void Load_EveryStationInstantWithUnlimitedSource_IsCaught()
    {
        Assert.Equal(
            ["stations: at least one station needs a processing time with a mean greater than 0; otherwise an unlimited source makes parts without end at one instant"],
            Errors("""{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": 0 } ] }"""));
    }

    [Fact]
    public void Load_ManyProblems_ReportsEveryOneAtOnce()
    {
        const string json = """
            {
              "taktTime": 0,
              "blocking": "afterservice",
              "stations": [
                { "name": "A", "processingTime": { "type": "normal", "mean": -5, "stdDev": 1 } },
                { "name": "B", "bufferBefor": 3, "processingTime": { "type": "uniform", "min": 5, "max": 2 } },
                { "name": "A", "processingTime": 40 }
              ],
              "run": { "replications": 0 }
            }
            """;

        Assert.Equal(
            [
                "taktTime: must be greater than 0, got 0",
                "blocking: must be \"afterService\" or \"beforeService\", got \"afterservice\"; did you mean \"afterService\"?",
                "stations[0].processingTime.mean: must be greater than 0, got -5",
                "stations[1].bufferBefor: unknown field, did you mean \"bufferBefore\"?",
                "stations[1].processingTime.max: must be greater than min (5), got 2",
                "stations[2].name: duplicate station name \"A\", already used by stations[0]; station names must be unique",
                "run.replications: must be at least 1, got 0",
            ],
            Errors(json));
    }

    [Fact]
    public void Load_NotAnObject_IsCaught()
    {
        Assert.Equal(["must be an object (a scenario), got a list"], Errors("[1, 2]"));
    }
}
