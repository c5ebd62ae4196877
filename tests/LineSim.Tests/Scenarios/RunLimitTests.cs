using System.Text;
using System.Text.Json.Nodes;
using LineSim.Model;
using LineSim.Scenarios;

namespace LineSim.Tests.Scenarios;

/// <summary>
/// Inputs that crashed, stalled or exhausted memory: each is refused with its field named, or runs and ends. Every
/// case starts from a three-station line and changes one thing.
/// </summary>
public sealed class RunLimitTests
{
    private const string Base = """
        { "taktTime": 60,
          "stations": [
            { "name": "A", "processingTime": 50 },
            { "name": "B", "bufferBefore": 2, "processingTime": { "type": "exponential", "mean": 50 } },
            { "name": "C", "bufferBefore": 2, "processingTime": 45 } ],
          "run": { "duration": 3600, "replications": 1, "seed": 1 } }
        """;

    /// <summary>The base line with <paramref name="change"/> applied to its JSON tree.</summary>
    private static string With(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(Base)!.AsObject();
        change(root);
        return root.ToJsonString();
    }

    private static JsonNode Station(JsonObject root, int index) => root["stations"]![index]!;

    public static TheoryData<string, string, string> Refused() => new()
    {
        { "servers of int.MaxValue", With(r => Station(r, 1)["servers"] = int.MaxValue), "stations[1].servers" },
        { "a carrier loop of int.MaxValue", With(r => r["carriers"] = JsonNode.Parse("""[ { "name": "K", "count": 2147483647, "from": "A", "to": "C" } ]""")), "carriers[0].count" },
        { "an assembly quantity of int.MaxValue", With(r => { Station(r, 2).AsObject().Remove("bufferBefore"); Station(r, 2)["inputs"] = JsonNode.Parse("""[ { "from": "B", "quantity": 2147483647 } ]"""); }), "stations[2].inputs[0].quantity" },
        { "a calendar all break", With(r => r["calendar"] = JsonNode.Parse("""{ "shifts": [ { "name": "S", "days": ["weekdays"], "start": "06:00", "end": "14:00", "breaks": [ { "start": "06:00", "end": "14:00" } ] } ] }""")), "calendar.shifts" },
        { "an MTTR of 1e308", With(r => { r["run"] = JsonNode.Parse("""{ "partCount": 1, "replications": 1 }"""); Station(r, 1)["failures"] = JsonNode.Parse("""{ "mode": "time", "mtbf": 100, "mttr": 1e308 }"""); }), "stations[1].failures.timeToRepair" },
        { "an output interval of 1e-9 s", With(r => r["run"]!["outputInterval"] = 1e-9), "run.outputInterval" },
        { "a lognormal mean of 1e154", With(r => Station(r, 1)["processingTime"] = JsonNode.Parse("""{ "type": "lognormal", "mean": 1e154, "stdDev": 1 }""")), "stations[1].processingTime" },
        { "a lognormal of 1e308", With(r => Station(r, 1)["processingTime"] = JsonNode.Parse("""{ "type": "lognormal", "mean": 1e308, "stdDev": 1e308 }""")), "stations[1].processingTime" },
        { "a part count nothing reaches", With(r => { r["run"] = JsonNode.Parse("""{ "partCount": 10, "replications": 1 }"""); Station(r, 2)["quality"] = JsonNode.Parse("""{ "yield": 0, "scrap": 1 }"""); }), "run.partCount" },
        { "a seed below long.MinValue", Base.Replace("\"seed\": 1", "\"seed\": -9223372036854775809", StringComparison.Ordinal), "run.seed" },
        { "a warm-up of 1e308", With(r => { r["run"] = JsonNode.Parse("""{ "warmup": 1e308 }"""); }), "run.warmup" },
        { "a second failure profile's time to failure of 4.9e-324 s", With(r => Station(r, 1)["failures"] = JsonNode.Parse("""[ { "name": "Robot", "mode": "time", "mtbf": 3600, "mttr": 10 }, { "name": "Gun", "mode": "time", "timeToFailure": 4.9e-324, "mttr": 10 } ]""")), "stations[1].failures[1].timeToFailure" },
        { "a pull every 1e-300 s", With(r => Station(r, 2)["pull"] = JsonNode.Parse("""{ "every": 1e-300 }""")), "stations[2].pull" },
        { "a time to failure of 4.9e-324 s", With(r => Station(r, 1)["failures"] = JsonNode.Parse("""{ "mode": "time", "timeToFailure": 4.9e-324, "mttr": 10 }""")), "stations[1].failures.timeToFailure" },
        { "processing times of 1e-308 s", With(r => Station(r, 0)["processingTime"] = 1e-308), "stations[0].processingTime" },
        { "arrivals every 1e-9 s into an unlimited buffer", With(r => r["source"] = JsonNode.Parse("""{ "type": "arrivals", "interarrivalTime": { "type": "exponential", "mean": 1e-9 } }""")), "source.capacity" },
        { "a feeder's arrivals every 1e-3 s into an unlimited buffer", With(r => { Station(r, 2).AsObject().Remove("bufferBefore"); Station(r, 2)["inputs"] = JsonNode.Parse("""[ { "from": "B", "buffer": 2 }, { "source": { "type": "arrivals", "interarrivalTime": 1e-3 } } ]"""); r["run"]!["duration"] = 1e9; }), "stations[2].inputs[1].source.capacity" },
        { "deliveries every 1e-9 s into an unlimited buffer", With(r => r["source"] = JsonNode.Parse("""{ "type": "scheduled", "every": 1e-9 }""")), "source.capacity" },
        { "deliveries every 1e-300 s", With(r => r["source"] = JsonNode.Parse("""{ "type": "scheduled", "every": 1e-300, "capacity": 2 }""")), "source" },
        { "a feeder's deliveries listed every 1e-3 s into an unlimited buffer", With(r => { Station(r, 2).AsObject().Remove("bufferBefore"); Station(r, 2)["inputs"] = JsonNode.Parse("""[ { "from": "B", "buffer": 2 }, { "source": { "type": "scheduled", "at": [0, 1e-3], "repeatEvery": 2e-3 } } ]"""); r["run"]!["duration"] = 1e9; }), "stations[2].inputs[1].source.capacity" },
        { "a gamma shape of 1e-9", With(r => Station(r, 1)["processingTime"] = JsonNode.Parse("""{ "type": "gamma", "shape": 1e-9, "scale": 1 }""")), "stations[1].processingTime" },
        { "maintenance every 1e-15 s over an hour", With(r => Station(r, 1)["maintenance"] = JsonNode.Parse("""[ { "every": 1e-15, "duration": 1e-16 } ]""")), "stations[1].maintenance[0].every" },
    };

    [Fact]
    public void Options_WindowLostInTheWarmupsRounding_NamesBothFields()
    {
        IReadOnlyList<string> problems = new SimulationOptions { Warmup = 1e308 }.Validate();

        Assert.Equal(["Warmup, Duration: a 864000 s window is lost in the rounding of a 1E+308 s warm-up (a double cannot tell their sum from the warm-up); give a shorter warm-up or a longer window."], problems);
    }

    [Fact]
    public void Load_SupplyFasterThanItsStationOverAnHour_RunsWithItsQueue()
    {
        // 90 parts an hour into a station that takes 72: the buffer grows by about 18 parts an hour, which memory holds.
        Scenario scenario = ScenarioLoader.Load(With(r => r["source"] = JsonNode.Parse("""{ "type": "arrivals", "interarrivalTime": 40 }"""))).GetScenarioOrThrow();

        Assert.True(scenario.CreateSimulation().Run().PartsOut.Mean > 0);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Load_InputThatCouldNotRun_RefusedAtItsField(string input, string json, string path)
    {
        ScenarioLoadResult result = ScenarioLoader.Load(json);

        Assert.False(result.IsValid, input);
        Assert.Contains(result.Errors, e => e.Path == path);
    }

    [Theory]
    [InlineData("servers", 10_001)]
    [InlineData("servers", 10_000)]
    public void Load_Servers_LimitNamed(string field, int value)
    {
        ScenarioLoadResult result = ScenarioLoader.Load(With(r => Station(r, 1)[field] = value));

        if (value > ModelLimits.Servers)
        {
            ScenarioError error = Assert.Single(result.Errors);
            Assert.Contains("at most 10,000", error.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.True(result.IsValid, string.Join("; ", result.Errors));
        }
    }

    [Theory]
    [InlineData("\"\\ud800\"")]
    [InlineData("\"\\udc00\"")]
    [InlineData("\"a\\ud800b\"")]
    public void Load_EscapedLoneSurrogate_MalformedTextWithLineAndColumn(string name)
    {
        ScenarioLoadResult result = ScenarioLoader.Load(Base.Replace("\"A\"", name, StringComparison.Ordinal));

        ScenarioError error = Assert.Single(result.Errors);
        Assert.Equal(string.Empty, error.Path);
        Assert.Contains("line 3, column", error.Message, StringComparison.Ordinal);
        Assert.Contains("unpaired UTF-16 surrogate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LoneSurrogateCharacter_Refused()
    {
        ScenarioLoadResult result = ScenarioLoader.Load(Base.Replace("\"A\"", "\"A\ud800\"", StringComparison.Ordinal));

        Assert.Contains("unpaired UTF-16 surrogate (U+D800) at line 3", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_InvalidUtf8_RefusedWithLineAndColumn()
    {
        string path = Path.GetTempFileName();
        try
        {
            byte[] bytes = Encoding.UTF8.GetBytes(Base.Replace("\"A\"", "\"A__\"", StringComparison.Ordinal));
            int at = Array.IndexOf(bytes, (byte)'_');
            bytes[at] = 0xFF;
            bytes[at + 1] = 0xFE;
            File.WriteAllBytes(path, bytes);

            ScenarioError error = Assert.Single(ScenarioLoader.LoadFile(path).Errors);

            Assert.StartsWith("invalid UTF-8 at line 3, column", error.Message, StringComparison.Ordinal);
            Assert.Contains("0xFF", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LoadFile_ByteOrderMarkAtTheStart_Read()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [.. "\uFEFF"u8, .. Encoding.UTF8.GetBytes(Base)]);

            Assert.True(ScenarioLoader.LoadFile(path).IsValid);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("\"taktTime\"")]
    [InlineData("\"A\"")]
    public void Load_ByteOrderMarkInTheMiddle_Refused(string before)
    {
        ScenarioLoadResult result = ScenarioLoader.Load(Base.Replace(before, "\uFEFF" + before, StringComparison.Ordinal));

        Assert.Contains("byte order mark (U+FEFF) at line", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2147483647.0", 2147483647)]
    [InlineData("2147483647", 2147483647)]
    [InlineData("3e0", 3)]
    public void Load_WholeNumberAtTheLimit_Accepted(string written, int capacity)
    {
        ScenarioLoadResult result = ScenarioLoader.Load(Base.Replace("\"bufferBefore\": 2, \"processingTime\": {", $"\"bufferBefore\": {written}, \"processingTime\": {{", StringComparison.Ordinal));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(capacity, result.Scenario.Line.Buffers[0].Capacity);
    }

    [Fact]
    public void Load_WeibullShapeOfOneBillion_FiniteStandardDeviation()
    {
        ScenarioLoadResult result = ScenarioLoader.Load(With(r => Station(r, 1)["processingTime"] = JsonNode.Parse("""{ "type": "weibull", "shape": 1e9, "scale": 50 }""")));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Distribution weibull = result.Scenario.Line.Stations[1].ProcessingTime;

        // The standard deviation of a Weibull is about scale x pi / (k sqrt 6) for a large shape k.
        Assert.Equal(50 * Math.PI / (1e9 * Math.Sqrt(6)), weibull.StandardDeviation, 1e-15);
    }

    [Fact]
    public void Weibull_StandardDeviation_ContinuousAcrossTheSeries()
    {
        // Just below and above the shape where the series takes over, the two forms agree.
        double below = Distribution.Weibull(999.9, 1).StandardDeviation;
        double above = Distribution.Weibull(1000.1, 1).StandardDeviation;

        Assert.Equal(below, above, below * 1e-3);
    }

    [Fact]
    public void Run_OperationFailuresFarMoreFrequentThanTheWork_SamplePathEnds()
    {
        // A 1e15 s operation failing every 100 s: the sample-path engine folded 10^13 failures into its one part.
        Scenario scenario = ScenarioLoader.Load(With(r =>
        {
            Station(r, 1)["processingTime"] = 1e15;
            Station(r, 1)["failures"] = JsonNode.Parse("""{ "mode": "operation", "mtbf": 100, "mttr": 10 }""");
        })).GetScenarioOrThrow();

        var samplePath = Simulation.Create(scenario.Line, scenario.Options with { Engine = EngineSelection.SamplePath }).Run();
        var events = Simulation.Create(scenario.Line, scenario.Options with { Engine = EngineSelection.Event }).Run();

        Assert.Equal(events.PartsOut.Mean, samplePath.PartsOut.Mean);
        Assert.Equal(events.Stations[1].Down.Mean, samplePath.Stations[1].Down.Mean, 1e-12);
    }

    [Fact]
    public void Run_OperationFailuresEveryNanosecond_SamplePathEnds()
    {
        Scenario scenario = ScenarioLoader.Load(With(r => Station(r, 1)["failures"] = JsonNode.Parse("""{ "mode": "operation", "mtbf": 1e-9, "mttr": 10 }"""))).GetScenarioOrThrow();

        var result = Simulation.Create(scenario.Line, scenario.Options with { Engine = EngineSelection.SamplePath }).Run();

        Assert.Equal(1, result.Replications);
    }

    [Fact]
    public void EstimatedEvents_TimesOfANanosecond_Large()
    {
        Scenario scenario = ScenarioLoader.Load(With(r => Station(r, 0)["processingTime"] = 1e-9)).GetScenarioOrThrow();

        // 3600 s / 1e-9 s on one machine, beside the other stations' few.
        Assert.InRange(Simulation.Create(scenario.Line, scenario.Options).EstimatedEvents, 3.6e12, 3.6e12 + 1e3);
    }

    [Fact]
    public void Create_TimeBelowTheClocksResolution_ThrowsNamingTheStation()
    {
        LineModel line = new()
        {
            Name = "Line",
            TaktTime = 60,
            Stations = [new Station("A", Distribution.Constant(50)), new Station("B", Distribution.Constant(1e-308))],
        };

        var exception = Assert.Throws<ArgumentException>(() => Simulation.Create(line, new SimulationOptions { Duration = 3600 }));

        Assert.Contains("Stations[1] 'B'.ProcessingTime", exception.Message, StringComparison.Ordinal);
    }
}
