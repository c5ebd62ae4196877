using LineSim.Model;
using LineSim.Scenarios;

namespace LineSim.Tests.Scenarios;

public sealed class ScenarioLoaderTests
{
    [Fact]
    public void Load_IssueExample_BuildsTheLineAndOptions()
    {
        ScenarioLoadResult result = ScenarioLoader.Load(ScenarioJson.Example);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        LineModel line = result.Scenario.Line;
        Assert.Equal("Body shop, side-frame line", line.Name);
        Assert.Equal(55, line.TaktTime);
        Assert.Equal(BlockingPolicy.AfterService, line.Blocking);
        Assert.True(line.Source.IsUnlimited);
        Assert.Equal(["Load", "Respot 1", "Respot 2"], line.Stations.Select(s => s.Name));
        Assert.Equal([new LineBuffer("Load", 3), new LineBuffer("Respot 1", 3)], line.Buffers.ToArray());

        Assert.Equal(48, line.Stations[0].ProcessingTime.Mean);
        Assert.Equal(0, line.Stations[0].ProcessingTime.StandardDeviation);
        Assert.Null(line.Stations[0].Failures);
        Assert.Equal(52, line.Stations[1].ProcessingTime.Mean, 9);
        Assert.Equal(4, line.Stations[1].ProcessingTime.StandardDeviation, 9);
        FailureModel operation = line.Stations[1].Failures!;
        Assert.Equal(FailureMode.OperationDependent, operation.Mode);
        Assert.Equal(7200, operation.TimeToFailure.Mean);
        Assert.Equal(7200, operation.TimeToFailure.StandardDeviation, 9);
        Assert.Equal(420, operation.TimeToRepair.Mean);
        FailureModel time = line.Stations[2].Failures!;
        Assert.Equal(FailureMode.TimeDependent, time.Mode);
        Assert.Equal(Distribution.Weibull(1.5, 20000).Mean, time.TimeToFailure.Mean, 9);
        Assert.Equal(300, time.TimeToRepair.Mean);

        SimulationOptions options = result.Scenario.Options;
        Assert.Equal(28800, options.Warmup);
        Assert.Equal(864000, options.Duration);
        Assert.Null(options.PartCount);
        Assert.Equal(10, options.Replications);
        Assert.Equal(42, options.Seed);
    }

    [Fact]
    public void Load_IssueExample_RunsLikeTheSameLineBuiltInCode()
    {
        var line = new LineModel
        {
            Name = "Body shop, side-frame line",
            TaktTime = 55,
            Stations =
            [
                new("Load", Distribution.Constant(48)),
                new("Respot 1", Distribution.LogNormal(52, 4), FailureModel.FromMeans(7200, 420)),
                new("Respot 2", Distribution.Exponential(50), new FailureModel(Distribution.Weibull(1.5, 20000), Distribution.Exponential(300), FailureMode.TimeDependent)),
            ],
            Buffers = [new("Load", 3), new("Respot 1", 3)],
        };
        var options = new SimulationOptions { Seed = 42, Replications = 3, Warmup = 3_600, Duration = 50_000 };
        Scenario scenario = ScenarioLoader.Load(ScenarioJson.Example).GetScenarioOrThrow();

        var fromFile = (scenario with { Options = options }).CreateSimulation().Run();
        var fromCode = Simulation.Create(line, options).Run();

        Assert.Equal(fromCode.ThroughputPerHour, fromFile.ThroughputPerHour);
        Assert.Equal(fromCode.WorkInProcess, fromFile.WorkInProcess);
        Assert.Equal(fromCode.LeadTime, fromFile.LeadTime);
        // Lists of estimates compare element by element; the records hold them as immutable arrays, compared by reference.
        Assert.Equal(fromCode.Stations.Select(s => s with { DownByFailure = [] }), fromFile.Stations.Select(s => s with { DownByFailure = [] }));
        Assert.Equal(fromCode.Stations.SelectMany(s => s.DownByFailure), fromFile.Stations.SelectMany(s => s.DownByFailure));
    }

    [Fact]
    public void LoadFile_ExampleFile_RoundTripsToResults()
    {
        string path = Path.Combine(Path.GetTempPath(), $"linesim-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, ScenarioJson.Example);
        try
        {
            Scenario scenario = ScenarioLoader.LoadFile(path).GetScenarioOrThrow();
            var result = (scenario with { Options = scenario.Options with { Replications = 2, Warmup = 0, Duration = 20_000 } }).CreateSimulation().Run();

            Assert.Equal("Body shop, side-frame line", result.Scenario);
            Assert.Equal(2, result.Replications);
            Assert.Equal(["Load", "Respot 1", "Respot 2"], result.Stations.Select(s => s.Name));
            Assert.InRange(result.ThroughputPerHour.Mean, 1, 3600 / 48.0);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LoadFile_NoName_TakesTheFileName()
    {
        string path = Path.Combine(Path.GetTempPath(), $"press-line-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, ScenarioJson.OneStation("40"));
        try
        {
            Scenario scenario = ScenarioLoader.LoadFile(path).GetScenarioOrThrow();

            Assert.Equal(Path.GetFileNameWithoutExtension(path), scenario.Name);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LoadFile_MissingFile_ReportsIt()
    {
        ScenarioLoadResult result = ScenarioLoader.LoadFile(Path.Combine(Path.GetTempPath(), "no-such-scenario.json"));

        ScenarioError error = Assert.Single(result.Errors);
        Assert.Equal("file not found", error.Message);
        Assert.False(result.IsValid);
        Assert.Null(result.Scenario);
    }

    [Fact]
    public void LoadFile_Folder_SaysItIsAFolder()
    {
        ScenarioLoadResult result = ScenarioLoader.LoadFile(Path.GetTempPath());

        ScenarioError error = Assert.Single(result.Errors);
        Assert.Equal(string.Empty, error.Path);
        Assert.Equal("is a folder, not a scenario file", error.Message);
        Assert.Null(result.Scenario);
    }

    [Fact]
    public void Load_MinimalScenario_UsesTheDefaults()
    {
        Scenario scenario = ScenarioLoader.Load(ScenarioJson.OneStation("40")).GetScenarioOrThrow();

        Assert.Equal("Line", scenario.Name);
        Assert.Equal(BlockingPolicy.AfterService, scenario.Line.Blocking);
        Assert.True(scenario.Line.Source.IsUnlimited);
        Assert.Empty(scenario.Line.Buffers);
        Assert.Equal(new SimulationOptions { Duration = SimulationOptions.DefaultDuration }, scenario.Options);
    }

    [Theory]
    [InlineData("40", 40, 0)]
    [InlineData("""{ "type": "constant", "value": 40 }""", 40, 0)]
    [InlineData("""{ "type": "exponential", "mean": 40 }""", 40, 40)]
    [InlineData("""{ "type": "normal", "mean": 40, "stdDev": 2 }""", 40, 2)]
    [InlineData("""{ "type": "lognormal", "mean": 40, "stdDev": 2 }""", 40, 2)]
    [InlineData("""{ "type": "gamma", "mean": 40, "stdDev": 4 }""", 40, 4)]
    [InlineData("""{ "type": "gamma", "shape": 4, "scale": 10 }""", 40, 20)]
    [InlineData("""{ "type": "uniform", "min": 30, "max": 50 }""", 40, 5.773502691896258)]
    [InlineData("""{ "type": "triangular", "min": 30, "mode": 40, "max": 50 }""", 40, 4.08248290463863)]
    [InlineData("""{ "type": "erlang", "k": 4, "mean": 40 }""", 40, 20)]
    [InlineData("""{ "type": "empirical", "values": [30, 40, 50] }""", 40, 8.16496580927726)]
    public void Load_EachDistributionType_HasTheGivenMoments(string distribution, double mean, double standardDeviation)
    {
        Scenario scenario = ScenarioLoader.Load(ScenarioJson.OneStation(distribution)).GetScenarioOrThrow();

        Distribution processing = scenario.Line.Stations[0].ProcessingTime;
        Assert.Equal(mean, processing.Mean, 6);
        Assert.Equal(standardDeviation, processing.StandardDeviation, 6);
    }

    [Fact]
    public void Load_Weibull_HasTheWeibullMean()
    {
        Scenario scenario = ScenarioLoader.Load(ScenarioJson.OneStation("""{ "type": "weibull", "shape": 2, "scale": 40 }""")).GetScenarioOrThrow();

        Assert.Equal(40 * Math.Sqrt(Math.PI) / 2, scenario.Line.Stations[0].ProcessingTime.Mean, 6);
    }

    [Fact]
    public void Load_ArrivalSourceAndBlockingBeforeService_AreRead()
    {
        const string json = """
            {
              "taktTime": 60, "blocking": "beforeService",
              "source": { "type": "arrivals", "interarrivalTime": { "type": "exponential", "mean": 58 }, "capacity": 6 },
              "stations": [ { "name": "A", "processingTime": 50 }, { "name": "B", "bufferBefore": 0, "processingTime": 45 } ],
              "run": { "partCount": 500 }
            }
            """;

        Scenario scenario = ScenarioLoader.Load(json).GetScenarioOrThrow();

        Assert.Equal(BlockingPolicy.BeforeService, scenario.Line.Blocking);
        Assert.False(scenario.Line.Source.IsUnlimited);
        Assert.Equal(58, scenario.Line.Source.InterarrivalTime!.Mean);
        Assert.Equal(6, scenario.Line.Source.InputCapacity);
        Assert.Equal([new LineBuffer("A", 0)], scenario.Line.Buffers.ToArray());
        Assert.Equal(500, scenario.Options.PartCount);
        Assert.Null(scenario.Options.Duration);
    }

    [Fact]
    public void Load_CommentsAndTrailingCommas_AreAllowed()
    {
        const string json = """
            {
              // Press shop
              "taktTime": 55, /* seconds */
              "stations": [ { "name": "A", "processingTime": 50, }, ],
            }
            """;

        Assert.True(ScenarioLoader.Load(json).IsValid);
    }

    [Fact]
    public void Load_ExampleScenarios_AreAllValid()
    {
        string[] files = Directory.GetFiles(Path.Combine(ScenarioJson.RepositoryRoot(), "examples", "scenarios"), "*.json");

        Assert.True(files.Length >= 3, $"expected at least three example scenarios, found {files.Length}");
        foreach (string file in files)
        {
            ScenarioLoadResult result = ScenarioLoader.LoadFile(file);
            Assert.True(result.IsValid, $"{file}: {string.Join("; ", result.Errors)}");
        }
    }

    [Fact]
    public void GetScenarioOrThrow_Invalid_ThrowsWithEveryError()
    {
        ScenarioLoadResult result = ScenarioLoader.Load("""{ "taktTime": -1, "stations": [] }""");

        var exception = Assert.Throws<ScenarioException>(result.GetScenarioOrThrow);
        Assert.Equal(2, exception.Errors.Length);
        Assert.Contains("taktTime: must be greater than 0, got -1", exception.Message, StringComparison.Ordinal);
    }
}
