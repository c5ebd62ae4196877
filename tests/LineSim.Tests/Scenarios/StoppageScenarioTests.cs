using LineSim.Model;
using LineSim.Scenarios;

namespace LineSim.Tests.Scenarios;

public sealed class StoppageScenarioTests
{
    private static string Line(string weld) => $$"""
        { "taktTime": 55, "variants": { "sequence": ["Sedan", "Touring"] }, "crews": [ { "name": "Maintenance", "size": 1 } ],
          "stations": [ { "name": "Load", "processingTime": 40 }, {{weld}} ] }
        """;

    [Fact]
    public void Load_ListOfFailureProfiles_GivesFailuresThenAdditionalFailures()
    {
        ScenarioLoadResult loaded = ScenarioLoader.Load(Line("""
            { "name": "Weld", "processingTime": 48, "failures": [
              { "name": "Robot", "mode": "time", "mtbf": "8 h", "mttr": "20 min", "crew": "Maintenance" },
              { "name": "Weld gun", "mode": "operation", "mtbf": "90 min", "mttr": "3 min" } ] }
            """));

        Assert.True(loaded.IsValid, string.Join("; ", loaded.Errors));
        Station weld = loaded.Scenario.Line.Stations[1];
        Assert.Equal(["Robot", "Weld gun"], weld.FailureProfiles.Select(profile => profile.Name));
        Assert.Equal((FailureMode.TimeDependent, 28_800.0, "Maintenance"), (weld.Failures!.Mode, weld.Failures.TimeToFailure.Mean, weld.Failures.Crew));
        FailureModel gun = Assert.Single(weld.AdditionalFailures);
        Assert.Equal((FailureMode.OperationDependent, 5_400.0, 180.0, (string?)null), (gun.Mode, gun.TimeToFailure.Mean, gun.TimeToRepair.Mean, gun.Crew));
    }

    [Fact]
    public void Load_SingleFailureObject_StaysValidWithAnOptionalName()
    {
        ScenarioLoadResult loaded = ScenarioLoader.Load(Line("""{ "name": "Weld", "processingTime": 48, "failures": { "mode": "operation", "mtbf": 3600, "mttr": 120 } }"""));

        Assert.True(loaded.IsValid, string.Join("; ", loaded.Errors));
        Assert.Null(loaded.Scenario.Line.Stations[1].Failures!.Name);
        Assert.Empty(loaded.Scenario.Line.Stations[1].AdditionalFailures);
    }

    [Fact]
    public void Load_Stops_AreReadWithTheirVariant()
    {
        ScenarioLoadResult loaded = ScenarioLoader.Load(Line("""
            { "name": "Weld", "processingTime": 48, "stops": [
              { "name": "Tip dressing", "every": 200, "duration": "30 s" },
              { "name": "Fixture clean", "every": 50, "duration": { "type": "uniform", "min": 60, "max": "3 min" }, "variant": "Touring" } ] }
            """));

        Assert.True(loaded.IsValid, string.Join("; ", loaded.Errors));
        CountStop[] stops = [.. loaded.Scenario.Line.Stations[1].Stops];
        Assert.Equal(("Tip dressing", 200, 30.0, (string?)null), (stops[0].Name, stops[0].Every, stops[0].Duration.Mean, stops[0].Variant));
        Assert.Equal(("Fixture clean", 50, 120.0, "Touring"), (stops[1].Name, stops[1].Every, stops[1].Duration.Mean, stops[1].Variant));
    }

    [Fact]
    public void Load_Pull_IsReadInSeconds()
    {
        ScenarioLoadResult loaded = ScenarioLoader.Load(Line("""{ "name": "Paint intake", "processingTime": 20, "pull": { "at": ["6 h", "6.5 h"], "repeatEvery": "1 d" } }"""));

        Assert.True(loaded.IsValid, string.Join("; ", loaded.Errors));
        Schedule pull = loaded.Scenario.Line.Stations[1].Pull!;
        Assert.Equal([21_600.0, 23_400.0], pull.Times.ToArray());
        Assert.Equal(86_400, pull.Period);
    }

    [Fact]
    public void Load_PullOnAStationOthersTakeFrom_IsRefused()
    {
        ScenarioLoadResult loaded = ScenarioLoader.Load("""
            { "taktTime": 55, "stations": [ { "name": "Load", "processingTime": 40, "pull": { "every": 55 } }, { "name": "Weld", "processingTime": 48 } ] }
            """);

        Assert.Equal(["stations[0].pull: only an exit can be pulled, but another station takes parts from 'Load'"], loaded.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Create_PartCountWithPullsThatEnd_IsRefused()
    {
        var line = new LineModel { TaktTime = 55, Stations = [new Station("Hem", Distribution.Constant(5)) { Pull = Schedule.At([10, 20]) }] };

        var error = Assert.Throws<ArgumentException>(() => Simulation.Create(line, new SimulationOptions { PartCount = 100 }));

        Assert.StartsWith("PartCount: the pulls of station 'Hem' end after their last time", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "name": "Weld", "processingTime": 48, "failures": [ { "name": "Robot", "mode": "time", "mtbf": 100, "mttr": 10 }, { "mode": "time", "mtbf": 100, "mttr": 10 } ] }""",
        "stations[1].failures[1].name: required field is missing")]
    [InlineData("""{ "name": "Weld", "processingTime": 48, "failures": [ { "name": "Robot", "mode": "time", "mtbf": 100, "mttr": 10 }, { "name": "Robot", "mode": "time", "mtbf": 100, "mttr": 10 } ] }""",
        "stations[1].failures[1].name: duplicate name \"Robot\", already used by stations[1].failures[0]; give each failure profile its own")]
    [InlineData("""{ "name": "Weld", "processingTime": 48, "failures": [] }""",
        "stations[1].failures: needs at least one failure profile, got an empty list; leave failures out for a station that never fails")]
    [InlineData("""{ "name": "Weld", "processingTime": 48, "failures": [ { "name": "Robot", "mode": "time", "mtbf": 100, "mttr": 10 }, { "name": "Gun", "mode": "time", "mtbf": 100, "mttr": 10, "crew": "Night" } ] }""",
        "stations[1].failures[1].crew: no repair crew is named 'Night'")]
    [InlineData("""{ "name": "Weld", "processingTime": 48, "stops": [ { "name": "Tip dressing", "every": 0, "duration": 30 } ] }""",
        "stations[1].stops[0].every: must be at least 1, got 0")]
    [InlineData("""{ "name": "Weld", "processingTime": 48, "stops": [ { "name": "Tip dressing", "every": 200 } ] }""",
        "stations[1].stops[0].duration: required field is missing")]
    [InlineData("""{ "name": "Weld", "processingTime": 48, "stops": [ { "name": "Tip dressing", "every": 200, "duration": "30 sec" } ] }""",
        "stations[1].stops[0].duration: must be a number of seconds or a string with a unit (s, min, h, d, w), as \"55 s\" or \"4 h\", got a string \"30 sec\"")]
    [InlineData("""{ "name": "Weld", "processingTime": 48, "stops": [ { "name": "Tip dressing", "every": 200, "duration": 30, "variant": "Coupe" } ] }""",
        "stations[1].stops[0].variant: no variant is named 'Coupe'")]
    [InlineData("""{ "name": "Weld", "processingTime": 48, "stops": [ { "name": "Tip dressing", "every": 200, "duration": 30 }, { "name": "Tip dressing", "every": 100, "duration": 30 } ] }""",
        "stations[1].stops[1].name: another stop of the station is named 'Tip dressing'; give each its own name")]
    [InlineData("""{ "name": "Weld", "processingTime": 48, "pull": {} }""",
        "stations[1].pull: needs every (a pull at fixed intervals) or at (a list of times)")]
    [InlineData("""{ "name": "Weld", "processingTime": 48, "pull": { "every": "55 s", "at": [0] } }""",
        "stations[1].pull: give either every (a pull at fixed intervals) or at (a list of times), not both")]
    [InlineData("""{ "name": "Weld", "processingTime": 48, "pull": { "at": ["10 min", "5 min"] } }""",
        "stations[1].pull.at[1]: must be later than the time before it (600 s), got 300 s; give the times in order")]
    [InlineData("""{ "name": "Weld", "processingTime": 48, "pull": { "at": [0, "1 h"], "repeatEvery": "30 min" } }""",
        "stations[1].pull.repeatEvery: must be longer than the span of the times (3600 s), got 1800 s")]
    [InlineData("""{ "name": "Weld", "processingTime": 48, "pull": { "every": 0 } }""",
        "stations[1].pull.every: must be greater than 0, got 0")]
    [InlineData("""{ "name": "Weld", "processingTime": 48, "stops": [ { "name": "Tip dressing", "evry": 200, "duration": 30 } ] }""",
        "stations[1].stops[0].evry: unknown field, did you mean \"every\"?")]
    public void Load_BadProfileOrStop_NamesTheFieldAndWhatIsWrong(string weld, string expected)
    {
        ScenarioLoadResult loaded = ScenarioLoader.Load(Line(weld));

        Assert.Contains(expected, loaded.Errors.Select(e => e.ToString()));
    }
}
