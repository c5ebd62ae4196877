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
    [InlineData("""{ "name": "Weld", "processingTime": 48, "stops": [ { "name": "Tip dressing", "evry": 200, "duration": 30 } ] }""",
        "stations[1].stops[0].evry: unknown field, did you mean \"every\"?")]
    public void Load_BadProfileOrStop_NamesTheFieldAndWhatIsWrong(string weld, string expected)
    {
        ScenarioLoadResult loaded = ScenarioLoader.Load(Line(weld));

        Assert.Contains(expected, loaded.Errors.Select(e => e.ToString()));
    }
}
