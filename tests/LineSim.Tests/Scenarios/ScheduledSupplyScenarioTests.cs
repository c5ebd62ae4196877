using LineSim.Model;
using LineSim.Scenarios;

namespace LineSim.Tests.Scenarios;

public sealed class ScheduledSupplyScenarioTests
{
    private static string Line(string source) => $$"""
        { "taktTime": 55, "source": {{source}}, "stations": [ { "name": "Load", "processingTime": 40 } ] }
        """;

    [Fact]
    public void Load_ScheduledEvery_IsReadInSeconds()
    {
        ScenarioLoadResult loaded = ScenarioLoader.Load(Line("""{ "type": "scheduled", "every": "55 s", "first": "1 min", "capacity": 5 }"""));

        Assert.True(loaded.IsValid, string.Join("; ", loaded.Errors));
        Source source = loaded.Scenario.Line.Source;
        Assert.Equal([60.0], source.Schedule!.Times.ToArray());
        Assert.Equal((55.0, 5), (source.Schedule.Period, source.InputCapacity));
        Assert.Null(source.InterarrivalTime);
        Assert.False(source.IsUnlimited);
    }

    [Fact]
    public void Load_ScheduledAtRepeating_IsReadInSeconds()
    {
        ScenarioLoadResult loaded = ScenarioLoader.Load(Line("""{ "type": "scheduled", "at": ["0 s", "40s", 95], "repeatEvery": "2 min" }"""));

        Assert.True(loaded.IsValid, string.Join("; ", loaded.Errors));
        Schedule schedule = loaded.Scenario.Line.Source.Schedule!;
        Assert.Equal([0.0, 40.0, 95.0], schedule.Times.ToArray());
        Assert.Equal(120, schedule.Period);
        Assert.Null(loaded.Scenario.Line.Source.InputCapacity);
    }

    [Fact]
    public void Load_FeederInputScheduled_IsItsSupply()
    {
        ScenarioLoadResult loaded = ScenarioLoader.Load("""
            { "taktTime": 60, "stations": [
              { "name": "Doors", "processingTime": 20, "inputs": [ { "source": { "type": "scheduled", "every": "1 min", "capacity": 2 } } ] },
              { "name": "Body", "processingTime": 30, "inputs": [ { "source": { "type": "unlimited" } } ] },
              { "name": "Marry", "processingTime": 25, "inputs": [ { "from": "Doors", "buffer": 2 }, { "from": "Body", "buffer": 2 } ] } ] }
            """);

        Assert.True(loaded.IsValid, string.Join("; ", loaded.Errors));
        Source supply = loaded.Scenario.Line.Stations[0].Inputs[0].Supply!;
        Assert.Equal((60.0, 2), (supply.Schedule!.Period, supply.InputCapacity));
    }

    [Fact]
    public void Load_UnitsAndSeconds_BitIdenticalResults()
    {
        static double Run(string source) => ScenarioLoader.Load(Line(source)).GetScenarioOrThrow().CreateSimulation().Run().ThroughputPerHour.Mean;

        Assert.Equal(
            Run("""{ "type": "scheduled", "at": [0, 40, 95], "repeatEvery": 120, "capacity": 1 }"""),
            Run("""{ "type": "scheduled", "at": ["0 min", "40 s", "95s"], "repeatEvery": "2 min", "capacity": 1 }"""));
    }

    [Theory]
    [InlineData("""{ "type": "scheduled" }""", "source: needs every (a delivery at fixed intervals) or at (a list of times)")]
    [InlineData("""{ "type": "scheduled", "every": 55, "at": [0] }""", "source: give either every (a delivery at fixed intervals) or at (a list of times), not both")]
    [InlineData("""{ "type": "scheduled", "every": 0 }""", "source.every: must be greater than 0, got 0")]
    [InlineData("""{ "type": "scheduled", "every": "55 sec" }""", "source.every: must be a number of seconds or a string with a unit (s, min, h, d, w), as \"55 s\" or \"4 h\", got a string \"55 sec\"")]
    [InlineData("""{ "type": "scheduled", "every": 55, "first": -1 }""", "source.first: must be 0 or more, got -1")]
    [InlineData("""{ "type": "scheduled", "every": 55, "repeatEvery": 100 }""", "source.repeatEvery: goes with at, not with every")]
    [InlineData("""{ "type": "scheduled", "at": [0, 10], "first": 5 }""", "source.first: goes with every, not with at; give the times in at")]
    [InlineData("""{ "type": "scheduled", "at": [] }""", "source.at: needs at least one time, got an empty list")]
    [InlineData("""{ "type": "scheduled", "at": 10 }""", "source.at: must be a list of times, got the number 10")]
    [InlineData("""{ "type": "scheduled", "at": ["10 min", "5 min"] }""", "source.at[1]: must be later than the time before it (600 s), got 300 s; give the times in order")]
    [InlineData("""{ "type": "scheduled", "at": [0, "1 h"], "repeatEvery": "30 min" }""", "source.repeatEvery: must be longer than the span of the times (3600 s), got 1800 s")]
    [InlineData("""{ "type": "scheduled", "every": 55, "capacity": -1 }""", "source.capacity: must be 0 or more, got -1")]
    [InlineData("""{ "type": "scheduled", "every": 55, "interarrivalTime": 60 }""", "source.interarrivalTime: unknown field; a scheduled source has the fields type, every, first, at, repeatEvery, capacity")]
    [InlineData("""{ "type": "schedule", "every": 55 }""", "source.type: must be \"unlimited\", \"arrivals\" or \"scheduled\", got \"schedule\"; did you mean \"scheduled\"?")]
    public void Load_BadScheduledSource_NamesTheFieldAndWhatIsWrong(string source, string expected)
    {
        ScenarioLoadResult loaded = ScenarioLoader.Load(Line(source));

        Assert.Equal([expected], loaded.Errors.Select(e => e.ToString()));
    }
}
