using LineSim.Experiments;

namespace LineSim.Tests.Experiments;

public sealed class PlanLoaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"linesim-plans-{Guid.NewGuid():N}");
    private readonly string _scenario = PlanText.Line([55, 50, 52], replications: 3, duration: 20_000, warmup: 1_000);

    public PlanLoaderTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "line.json"), _scenario);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void LoadFile_CrossedFactors_MakesEveryCombinationLastFactorFastest()
    {
        ExperimentPlan plan = LoadFile("""
            // comments and trailing commas as in scenario files
            { "scenario": "line.json",
              "factors": [
                { "set": "stations[S2].bufferBefore", "values": [1, 2] },
                { "set": "stations[S3].processingTime.mean", "min": 50, "max": 54, "step": 2 },
              ],
              "run": { "replications": 4, "seed": 9 } }
            """);

        Assert.Equal(6, plan.Configurations.Length);
        Assert.Equal(["1", "2", "3", "4", "5", "6"], plan.Configurations.Select(c => c.Name));
        Assert.Equal([1, 1, 1, 2, 2, 2], plan.Configurations.Select(c => c.Settings[0].Value));
        Assert.Equal([50, 52, 54, 50, 52, 54], plan.Configurations.Select(c => c.Settings[1].Value));
        Assert.Equal(2, plan.Configurations[3].Line.Buffers[0].Capacity);
        Assert.Equal(54, plan.Configurations[5].Line.Stations[2].ProcessingTime.Mean);
        Assert.All(plan.Configurations, c => Assert.Equal((4, 9L, 20_000.0), (c.Options.Replications, c.Options.Seed, c.Options.Duration!.Value)));
        Assert.Equal("line.json", plan.Scenario);
    }

    [Fact]
    public void LoadFile_NamedScenarios_MakesOneConfigurationEach()
    {
        ExperimentPlan plan = LoadFile("""
            { "scenario": "line.json",
              "scenarios": [
                { "name": "As built", "set": {} },
                { "name": "Bigger buffers", "set": { "stations[*].bufferBefore": 5 } } ] }
            """);

        Assert.Equal(["As built", "Bigger buffers"], plan.Configurations.Select(c => c.Name));
        Assert.All(plan.Configurations[1].Line.Buffers, b => Assert.Equal(5, b.Capacity));
        Assert.Equal(new Setting("stations[*].bufferBefore", 5), Assert.Single(plan.Configurations[1].Settings));
    }

    [Fact]
    public void LoadFile_RunDuration_ReplacesTheScenariosPartCount()
    {
        File.WriteAllText(Path.Combine(_folder, "parts.json"), _scenario.Replace("\"duration\": 20000", "\"partCount\": 500", StringComparison.Ordinal));

        ExperimentPlan plan = LoadFile("""{ "scenario": "parts.json", "factors": [ { "set": "taktTime", "values": [55] } ], "run": { "duration": 3600 } }""");

        Assert.Equal((3600.0, (long?)null), (plan.Configurations[0].Options.Duration!.Value, plan.Configurations[0].Options.PartCount));
    }

    [Theory]
    [InlineData("""{ "factors": [ { "set": "taktTime", "values": [55] } ] }""", "scenario: required field is missing")]
    [InlineData("""{ "scenario": "none.json", "factors": [ { "set": "taktTime", "values": [55] } ] }""", "scenario: none.json: file not found")]
    [InlineData("""{ "scenario": { "taktTime": 0, "stations": [ { "name": "A", "processingTime": 5 } ] }, "factors": [ { "set": "taktTime", "values": [55] } ] }""", "scenario.taktTime: must be greater than 0, got 0")]
    [InlineData("""{ "scenario": "line.json" }""", "factors: required field is missing")]
    [InlineData("""{ "scenario": "line.json", "factors": [], "scenarios": [] }""", "scenarios: give either factors (crossed) or scenarios (named configurations), not both")]
    [InlineData("""{ "scenario": "line.json", "factors": [] }""", "factors: needs at least one factor, got an empty list")]
    [InlineData("""{ "scenario": "line.json", "factor": [] }""", "factor: unknown field, did you mean \"factors\"?")]
    [InlineData("""{ "scenario": "line.json", "factors": [ { "set": "taktTime", "values": [] } ] }""", "factors[0].values: needs at least one value, got an empty list")]
    [InlineData("""{ "scenario": "line.json", "factors": [ { "set": "taktTime", "values": [55, "60"] } ] }""", "factors[0].values[1]: must be a number of seconds or a string with a unit (s, min, h, d, w), as \"55 s\" or \"4 h\", got a string \"60\"")]
    [InlineData("""{ "scenario": "line.json", "factors": [ { "set": "taktTime", "values": [55, 55] } ] }""", "factors[0].values[1]: repeats the value 55; give each value once")]
    [InlineData("""{ "scenario": "line.json", "factors": [ { "set": "taktTime", "values": [55], "min": 1, "max": 2 } ] }""", "factors[0].min: give either values or min and max, not both")]
    [InlineData("""{ "scenario": "line.json", "factors": [ { "set": "taktTime" } ] }""", "factors[0].values: needs values (a list of numbers) or min and max (a range)")]
    [InlineData("""{ "scenario": "line.json", "factors": [ { "set": "taktTime", "min": 5, "max": 2 } ] }""", "factors[0].max: must be at least min (5), got 2")]
    [InlineData("""{ "scenario": "line.json", "factors": [ { "set": "taktTime", "min": 1, "max": 5000 } ] }""", "factors[0].step: makes 5000 values from min to max; at most 1000")]
    [InlineData("""{ "scenario": "line.json", "factors": [ { "set": "stations[S9].bufferBefore", "values": [1] } ] }""", "factors[0].set: selects nothing in line.json: stations has no element named \"S9\", did you mean \"S1\"?")]
    [InlineData("""{ "scenario": "line.json", "factors": [ { "set": "stations[S2].bufferBefore", "values": [1, -2] } ] }""", "factors[0].values[1]: stations[S2].bufferBefore = -2 makes line.json invalid: stations[1].bufferBefore: must be 0 or more, got -2")]
    [InlineData("""{ "scenario": "line.json", "factors": [ { "set": "stations[S2].bufferBefore", "min": -1, "max": 1 } ] }""", "factors[0]: stations[S2].bufferBefore = -1 makes line.json invalid: stations[1].bufferBefore: must be 0 or more, got -1")]
    [InlineData("""{ "scenario": "line.json", "factors": [ { "set": "stations[S2].bufferBefor", "values": [1] } ] }""", "factors[0].values[0]: stations[S2].bufferBefor = 1 makes line.json invalid: stations[1].bufferBefor: unknown field, did you mean \"bufferBefore\"?")]
    [InlineData("""{ "scenario": "line.json", "factors": [ { "set": "stations[*].bufferBefore", "values": [1] }, { "set": "stations[S3].bufferBefore", "values": [2] } ] }""", "factors[1]: sets stations[S3].bufferBefore, which factors[0] sets too; give each value to one factor")]
    [InlineData("""{ "scenario": "line.json", "factors": [ { "set": "taktTime", "values": [55] } ], "run": { "replications": 0 } }""", "run.replications: must be at least 1, got 0")]
    [InlineData("""{ "scenario": "line.json", "scenarios": [ { "name": "a", "set": {} }, { "name": "a", "set": {} } ] }""", "scenarios[1].name: duplicate name \"a\"; give each configuration its own")]
    [InlineData("""{ "scenario": "line.json", "scenarios": [ { "name": "a", "set": { "stations[S2].bufferBefore": 1.5 } } ] }""", "scenarios[0].set: makes line.json invalid: stations[1].bufferBefore: must be a whole number, got 1.5")]
    public void LoadFile_InvalidPlan_ReportsThePathAndWhatIsWrong(string json, string expected)
    {
        PlanLoadResult result = PlanLoader.Load(json, _folder);

        Assert.False(result.IsValid);
        Assert.Contains(expected, result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void LoadFile_CombinationInvalid_NamesTheConfigurationAndItsSettings()
    {
        // Either processing time may be 0 alone; both at 0 leave the unlimited source making parts without end.
        PlanLoadResult result = PlanLoader.Load("""
            { "scenario": { "taktTime": 55, "stations": [ { "name": "A", "processingTime": 5 }, { "name": "B", "processingTime": 5 } ] },
              "factors": [ { "set": "stations[A].processingTime", "values": [5, 0] }, { "set": "stations[B].processingTime", "values": [5, 0] } ] }
            """, _folder);

        Assert.False(result.IsValid);
        Assert.Equal("factors: configuration 4 (stations[A].processingTime = 0, stations[B].processingTime = 0) makes the inline scenario invalid: stations: at least one station needs a processing time with a mean greater than 0; otherwise an unlimited source makes parts without end at one instant", Assert.Single(result.Errors).ToString());
    }

    [Theory]
    [InlineData("""{ "budget": { "total": "stations[*].bufferBefore", "atMost": 4 } }""", "optimise.maximise: needs maximise (a figure: \"throughputPerHour\", \"taktAttainment\", \"wip\" or \"leadTime\") or minimise (a figure, or a path whose total to minimise, as \"stations[*].bufferBefore\")")]
    [InlineData("""{ "maximise": "throughputPerHuor" }""", "optimise.maximise: must be \"throughputPerHour\", \"taktAttainment\", \"wip\" or \"leadTime\", got \"throughputPerHuor\"; did you mean \"throughputPerHour\"?")]
    [InlineData("""{ "minimise": "stations[*].bufferBefore" }""", "optimise.minimise: minimising a total needs subjectTo, a bound on a figure, as { \"throughputPerHour\": { \"atLeast\": 64 } }")]
    [InlineData("""{ "minimise": "stations[*].bufferBefore", "subjectTo": { "throughputPerHour": {} } }""", "optimise.subjectTo.throughputPerHour: needs atLeast or atMost")]
    [InlineData("""{ "maximise": "throughputPerHour", "budget": { "total": "stations[*].bufferBefore", "atMost": 1 } }""", "optimise.budget.total: the factors' minimums already total 2, more than the budget's atMost 1")]
    [InlineData("""{ "maximise": "throughputPerHour", "selection": { "probabilityOfCorrectSelection": 0.4 } }""", "optimise.selection.probabilityOfCorrectSelection: must be greater than 0.5 and less than 1, got 0.4")]
    public void LoadFile_InvalidGoal_ReportsThePathAndWhatIsWrong(string goal, string expected)
    {
        PlanLoadResult result = PlanLoader.Load($$"""{ "scenario": "line.json", "factors": [ { "set": "stations[*].bufferBefore", "min": 1, "max": 3 } ], "optimise": {{goal}} }""", _folder);

        Assert.False(result.IsValid);
        Assert.Contains(expected, result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void LoadFile_Goal_MakesOneDecisionPerFieldAWildcardFinds()
    {
        ExperimentPlan plan = LoadFile("""
            { "scenario": "line.json", "factors": [ { "set": "stations[*].bufferBefore", "min": 0, "max": 6 } ],
              "optimise": { "maximise": "throughputPerHour", "budget": { "total": "stations[*].bufferBefore", "atMost": 6 },
                            "selection": { "indifferenceZone": 0.2, "finalists": 3 } } }
            """);

        Assert.Equal(["stations[S2].bufferBefore", "stations[S3].bufferBefore"], plan.Decisions.Select(d => d.Target.Text));
        Assert.Equal(new OptimisationGoal { Figure = ExperimentFigure.ThroughputPerHour, Maximise = true, BudgetTotal = "stations[*].bufferBefore", BudgetAtMost = 6, IndifferenceZone = 0.2, Finalists = 3 }, plan.Goal);
    }

    private ExperimentPlan LoadFile(string json)
    {
        string path = Path.Combine(_folder, "plan.json");
        File.WriteAllText(path, json);
        PlanLoadResult result = PlanLoader.LoadFile(path);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Plan;
    }
}
