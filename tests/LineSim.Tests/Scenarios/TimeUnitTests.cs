using System.Text.Json;
using LineSim.Experiments;
using LineSim.Model;
using LineSim.Scenarios;

namespace LineSim.Tests.Scenarios;

public sealed class TimeUnitTests
{
    [Theory]
    [InlineData("55 s", 55)]
    [InlineData("55s", 55)]
    [InlineData("30 min", 1_800)]
    [InlineData("4 h", 14_400)]
    [InlineData("1.5h", 5_400)]
    [InlineData("2 d", 172_800)]
    [InlineData("1 w", 604_800)]
    [InlineData(" 0.5 min ", 30)]
    public void TryParse_NumberWithUnit_GivesSeconds(string text, double seconds)
    {
        Assert.True(TimeText.TryParse(text, out double parsed));
        Assert.Equal(seconds, parsed);
    }

    [Theory]
    [InlineData("55")]
    [InlineData("55 hours")]
    [InlineData("h")]
    [InlineData("1,5 h")]
    [InlineData("22:00")]
    [InlineData("")]
    public void TryParse_NoOrUnknownUnit_IsRefused(string text)
    {
        Assert.False(TimeText.TryParse(text, out _));
    }

    [Fact]
    public void Load_BadUnit_NamesTheFieldAndTheUnits()
    {
        ScenarioLoadResult result = ScenarioLoader.Load("""
            { "taktTime": 55, "stations": [ { "name": "A", "processingTime": 40 } ], "run": { "duration": "120 hours" } }
            """);

        Assert.Equal(
            ["run.duration: must be a number of seconds or a string with a unit (s, min, h, d, w), as \"55 s\" or \"4 h\", got a string \"120 hours\""],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Load_NegativeTimeWithUnit_IsOutOfRange()
    {
        ScenarioLoadResult result = ScenarioLoader.Load("""
            { "taktTime": "-1 min", "stations": [ { "name": "A", "processingTime": 40 } ] }
            """);

        Assert.Equal(["taktTime: must be greater than 0, got \"-1 min\""], result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Run_ScenarioWrittenWithUnits_IsBitIdenticalToSeconds()
    {
        const string seconds = """
            { "taktTime": 55,
              "stations": [
                { "name": "Load", "processingTime": { "type": "normal", "mean": 42, "stdDev": 3 } },
                { "name": "Weld", "processingTime": 50, "bufferBefore": 3,
                  "failures": { "mode": "time", "mtbf": 14400, "timeToRepair": { "type": "triangular", "min": 60, "mode": 300, "max": 1800 } },
                  "maintenance": [ { "first": 3600, "every": 28800, "duration": 1800 } ] },
                { "name": "Unload", "processingTime": { "type": "uniform", "min": 30, "max": 54 }, "bufferBefore": 2 } ],
              "run": { "warmup": 7200, "duration": 172800, "replications": 3, "seed": 7 } }
            """;
        const string units = """
            { "taktTime": "55 s",
              "stations": [
                { "name": "Load", "processingTime": { "type": "normal", "mean": "42s", "stdDev": "3 s" } },
                { "name": "Weld", "processingTime": "50 s", "bufferBefore": 3,
                  "failures": { "mode": "time", "mtbf": "4 h", "timeToRepair": { "type": "triangular", "min": "1 min", "mode": "5 min", "max": "0.5h" } },
                  "maintenance": [ { "first": "1 h", "every": "8 h", "duration": "30 min" } ] },
                { "name": "Unload", "processingTime": { "type": "uniform", "min": "30 s", "max": "54 s" }, "bufferBefore": 2 } ],
              "run": { "warmup": "2 h", "duration": "2 d", "replications": 3, "seed": 7 } }
            """;

        Assert.Equal(Run(seconds), Run(units));
    }

    [Fact]
    public void TimeSpanOverloads_EqualSeconds()
    {
        Assert.Equal(Distribution.Exponential(300).ToString(), Distribution.Exponential(TimeSpan.FromMinutes(5)).ToString());
        Assert.Equal(Distribution.Constant(55).ToString(), Distribution.Constant(TimeSpan.FromSeconds(55)).ToString());
        FailureModel failures = FailureModel.FromMeanTimes(TimeSpan.FromHours(4), TimeSpan.FromMinutes(10));
        Assert.Equal((14_400.0, 600.0), (failures.TimeToFailure.Mean, failures.TimeToRepair.Mean));
        Assert.Equal(new MaintenanceWindow(3_600, 28_800, 1_800), new MaintenanceWindow(TimeSpan.FromHours(1), TimeSpan.FromHours(8), TimeSpan.FromMinutes(30)));
        SimulationOptions options = new SimulationOptions().WithWindow(TimeSpan.FromHours(2), TimeSpan.FromDays(2));
        Assert.Equal((7_200.0, 172_800.0), (options.Warmup, options.Duration!.Value));
    }

    [Fact]
    public void LoadPlan_TimesWithUnits_AreSeconds()
    {
        PlanLoadResult loaded = PlanLoader.Load("""
            { "scenario": { "taktTime": "55 s", "stations": [ { "name": "A", "processingTime": 40 } ] },
              "factors": [ { "set": "taktTime", "values": ["1 min", "1.5 min"] } ],
              "run": { "warmup": "1 h", "duration": "8 h" } }
            """, baseDirectory: ".");

        Assert.True(loaded.IsValid, string.Join("; ", loaded.Errors));
        Assert.Equal([60.0, 90.0], loaded.Plan!.Configurations.Select(c => c.Line.TaktTime));
        Assert.Equal((3_600.0, 28_800.0), (loaded.Plan!.Configurations[0].Options.Warmup, loaded.Plan!.Configurations[0].Options.Duration!.Value));
    }

    private static string Run(string json)
    {
        ScenarioLoadResult loaded = ScenarioLoader.Load(json);
        Assert.True(loaded.IsValid, string.Join("; ", loaded.Errors));
        var result = Simulation.Create(loaded.Scenario.Line, loaded.Scenario.Options).Run();
        return JsonSerializer.Serialize(result.ReplicationResults);
    }
}
