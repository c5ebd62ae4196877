using LineSim.Model;
using LineSim.Results;
using LineSim.Scenarios;
using LineSim.Tests.Properties;

namespace LineSim.Tests.Scenarios;

/// <summary>
/// <see cref="ScenarioWriter"/> writes a line as a scenario file that loads to an equal line: the text written again is
/// the same, and a run with the same seed gives bit-identical results. Over every shipped scenario here; over generated
/// plants in <see cref="ScenarioWriterPropertyTests"/>.
/// </summary>
public sealed class ScenarioWriterTests
{
    /// <summary>A short run of a loaded scenario: long enough for failures, setups and shifts, short enough for every file.</summary>
    private static readonly SimulationOptions s_shortRun = new() { Seed = 2_718, Replications = 2, Warmup = 3_600, Duration = 2 * 86_400, MaxDegreeOfParallelism = 1 };

    /// <summary>Every scenario file the repository ships (the files with stations; plans are not scenarios).</summary>
    public static TheoryData<string> ShippedScenarios()
    {
        string root = ScenarioJson.RepositoryRoot();
        var files = new TheoryData<string>();
        foreach (string folder in new[] { "examples", Path.Combine("docs", "validation") })
        {
            foreach (string file in Directory.GetFiles(Path.Combine(root, folder), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (File.ReadAllText(file).Contains("\"stations\"", StringComparison.Ordinal))
                {
                    files.Add(Path.GetRelativePath(root, file));
                }
            }
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public void Write_ShippedScenario_LoadsToTheSameScenario(string file)
    {
        Scenario original = Load(File.ReadAllText(Path.Combine(ScenarioJson.RepositoryRoot(), file)));

        string text = ScenarioWriter.Write(original);
        Scenario reloaded = Load(text);

        Assert.Equal(text, ScenarioWriter.Write(reloaded));
        Assert.Equal(original.Options, reloaded.Options);
        Assert.Equal(original.Description, reloaded.Description);
        Assert.Equal(original.Name, reloaded.Name);
        Assert.Equal(Fingerprint(original.Line, s_shortRun), Fingerprint(reloaded.Line, s_shortRun));
    }

    [Fact]
    public void Write_SmallLine_WritesTheFileAsAUserWould()
    {
        var line = new LineModel
        {
            Name = "Side frame",
            TaktTime = 55,
            Stations =
            [
                new("Load", Distribution.Constant(48)),
                new("Respot", Distribution.Normal(52, 0.1), FailureModel.FromMeans(7_200, 420)),
                new("Unload", Distribution.Uniform(1.0 / 3, 50)) { Servers = 2 },
            ],
            Buffers = [new LineBuffer("Load", 3)],
        };

        string text = ScenarioWriter.Write(line, new SimulationOptions { Seed = 42, Replications = 5 });

        Assert.Equal(
            """
            {
              "name": "Side frame",
              "taktTime": 55,
              "stations": [
                {
                  "name": "Load",
                  "processingTime": 48
                },
                {
                  "name": "Respot",
                  "bufferBefore": 3,
                  "processingTime": {
                    "type": "normal",
                    "mean": 52,
                    "stdDev": 0.1
                  },
                  "failures": {
                    "mode": "operation",
                    "mtbf": 7200,
                    "mttr": 420
                  }
                },
                {
                  "name": "Unload",
                  "processingTime": {
                    "type": "uniform",
                    "min": 0.3333333333333333,
                    "max": 50
                  },
                  "servers": 2
                }
              ],
              "run": {
                "warmup": 0,
                "duration": 864000,
                "replications": 5,
                "seed": 42
              }
            }

            """.ReplaceLineEndings("\n"),
            text);
    }

    public static TheoryData<string, Distribution> Distributions() => new()
    {
        { "constant", Distribution.Constant(0.1 + 0.2) },
        { "exponential", Distribution.Exponential(1.0 / 3) },
        { "normal", Distribution.Normal(52.123456789, 7.7) },
        { "lognormal", Distribution.LogNormal(0.3, 0.7) },
        { "gamma by mean", Distribution.Gamma(50, 7) },
        { "gamma by shape", Distribution.GammaShapeScale(2.2, 1.0 / 7) },
        { "weibull", Distribution.Weibull(1.5, 20_000.1) },
        { "triangular", Distribution.Triangular(0.1, 0.2, 0.30000000000000004) },
        { "uniform", Distribution.Uniform(1e-300, 12_345.678901234567) },
        { "erlang", Distribution.Erlang(3, 0.7) },
        { "empirical", Distribution.Empirical([3, 0.1, 1.0 / 3, 0]) },
    };

    /// <summary>Read back, each distribution has the same moments and draws the same numbers from the same stream, bit for bit.</summary>
    [Theory]
    [MemberData(nameof(Distributions))]
    public void Write_EachDistribution_ReadsBackBitIdentical(string kind, Distribution distribution)
    {
        var line = new LineModel { TaktTime = 55, Stations = [new("A", Distribution.Constant(1)), new("B", distribution)] };

        Distribution read = Load(ScenarioWriter.Write(line)).Line.Stations[1].ProcessingTime;

        Assert.Equal(distribution.GetType(), read.GetType());
        Assert.Equal(BitConverter.DoubleToInt64Bits(distribution.Mean), BitConverter.DoubleToInt64Bits(read.Mean));
        Assert.Equal(BitConverter.DoubleToInt64Bits(distribution.StandardDeviation), BitConverter.DoubleToInt64Bits(read.StandardDeviation));
        var a = new Random(17);
        var b = new Random(17);
        for (int k = 0; k < 1_000; k++)
        {
            Assert.True(BitConverter.DoubleToInt64Bits(distribution.Sample(a)) == BitConverter.DoubleToInt64Bits(read.Sample(b)), $"{kind}: draw {k} differs");
        }
    }

    [Fact]
    public void Write_GammaByMean_WritesItsShapeAndScale()
    {
        var line = new LineModel { TaktTime = 55, Stations = [new("A", Distribution.Gamma(50, 10))] };

        string text = ScenarioWriter.Write(line);

        Assert.Contains("\"type\": \"gamma\",\n        \"shape\": 25,\n        \"scale\": 2\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ScheduledSources_ReadBackWithTheirSchedules()
    {
        var line = new LineModel
        {
            TaktTime = 55,
            Source = Source.Scheduled(Schedule.Every(55, first: 10), inputCapacity: 4),
            Stations =
            [
                new("A", Distribution.Constant(50)),
                new("B", Distribution.Constant(40)) { Inputs = [StationInput.FromSupply(Source.Scheduled(Schedule.At([0, 40, 95], repeatEvery: 120)))] },
                new("C", Distribution.Constant(45)) { Inputs = [StationInput.FromStation("A", 2), StationInput.FromStation("B", 2)] },
            ],
        };

        string text = ScenarioWriter.Write(line);
        Scenario read = Load(text);

        Assert.Contains("\"type\": \"scheduled\",\n    \"every\": 55,\n    \"first\": 10,\n    \"capacity\": 4\n", text, StringComparison.Ordinal);
        Assert.Equal<double>([10.0], read.Line.Source.Schedule!.Times);
        Assert.Equal(55, read.Line.Source.Schedule.Period);
        Assert.Equal(4, read.Line.Source.InputCapacity);
        Schedule feeder = read.Line.Stations[1].Inputs[0].Supply!.Schedule!;
        Assert.Equal<double>([0.0, 40, 95], feeder.Times);
        Assert.Equal(120, feeder.Period);
        Assert.Equal(text, ScenarioWriter.Write(read.Line));
    }

    [Fact]
    public void Write_NamesAndDescription_KeepsTheirCharacters()
    {
        var line = new LineModel { Name = "Schweißen & \"Fügen\" <2>", TaktTime = 55, Stations = [new("Bördeln", Distribution.Constant(50))] };

        string text = ScenarioWriter.Write(line, description: "Zeile 1\nZeile 2");
        Scenario read = Load(text);

        Assert.Contains("\"name\": \"Schweißen & \\\"Fügen\\\" <2>\"", text, StringComparison.Ordinal);
        Assert.Equal(line.Name, read.Name);
        Assert.Equal("Bördeln", read.Line.Stations[0].Name);
        Assert.Equal("Zeile 1\nZeile 2", read.Description);
    }

    [Fact]
    public void Write_ShiftStartingWithinASecond_NamesTheShift()
    {
        var line = new LineModel
        {
            TaktTime = 55,
            Stations = [new("A", Distribution.Constant(50))],
            Calendar = new ShiftCalendar([new Shift("Early", [DayOfWeek.Monday], 21_600.5, 28_800)]),
        };

        ArgumentException exception = Assert.Throws<ArgumentException>(() => ScenarioWriter.Write(line));

        Assert.StartsWith("Calendar.Shifts[0].Start: cannot be written to a scenario file: a scenario file gives times of day in whole seconds", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_DistributionOfItsOwn_NamesTheStation()
    {
        var line = new LineModel { TaktTime = 55, Stations = [new("A", Distribution.Constant(50)), new("B", new Halves())] };

        ArgumentException exception = Assert.Throws<ArgumentException>(() => ScenarioWriter.Write(line));

        Assert.StartsWith("Stations[1] 'B'.ProcessingTime: cannot be written to a scenario file: halves (Halves) is not one of the distributions", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SetupFromAVariantToItself_NamesTheEntry()
    {
        var line = new LineModel
        {
            TaktTime = 55,
            Variants = ProductMix.BySequence("A", "B"),
            Stations = [new("S", Distribution.Constant(50)) { Setup = new Changeover(Distribution.Constant(5)) { Matrix = [new("A", "B", Distribution.Constant(9)), new("B", "B", Distribution.Constant(7))] } }],
        };

        ArgumentException exception = Assert.Throws<ArgumentException>(() => ScenarioWriter.Write(line));

        Assert.StartsWith("Stations[0] 'S'.Setup.Matrix[1]: cannot be written to a scenario file: a setup from \"B\" to itself never happens", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_InvalidLine_ThrowsWithTheLinesProblems()
    {
        var line = new LineModel { TaktTime = 55, Stations = [new("A", Distribution.Constant(50))], Buffers = [new LineBuffer("Nowhere", 2)] };

        ArgumentException exception = Assert.Throws<ArgumentException>(() => ScenarioWriter.Write(line));

        Assert.Contains("Buffers[0].After: no station is named 'Nowhere'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_RunByPartCount_WritesPartCountAndEngine()
    {
        var line = new LineModel { TaktTime = 55, Stations = [new("A", Distribution.Exponential(50))] };
        var options = new SimulationOptions { PartCount = 1_000, Warmup = 7_200.25, Replications = 3, Seed = -5, Engine = EngineSelection.Event, OutputInterval = 3_600 };

        Scenario read = Load(ScenarioWriter.Write(line, options));

        Assert.Equal(options, read.Options);
    }

    [Fact]
    public void WriteFile_Scenario_LoadFileReadsItBack()
    {
        Scenario scenario = Load(ScenarioJson.Example);
        string path = Path.Combine(Path.GetTempPath(), $"linesim-writer-{Guid.NewGuid():N}.json");
        try
        {
            ScenarioWriter.WriteFile(path, scenario);
            ScenarioLoadResult read = ScenarioLoader.LoadFile(path);

            Assert.True(read.IsValid, string.Join("; ", read.Errors));
            Assert.Equal(ScenarioWriter.Write(scenario), ScenarioWriter.Write(read.Scenario!));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Loads <paramref name="json"/>, failing the test with its problems when it is not a valid scenario.</summary>
    internal static Scenario Load(string json)
    {
        ScenarioLoadResult result = ScenarioLoader.Load(json);
        Assert.True(result.IsValid, string.Join("; ", result.Errors) + "\n" + json);
        return result.Scenario!;
    }

    internal static List<string> Fingerprint(LineModel line, SimulationOptions options)
    {
        SimulationResult result = Simulation.Create(line, options).Run();
        return ResultFingerprint.OfEachReplication(result);
    }

    /// <summary>A distribution no scenario file can give.</summary>
    private sealed class Halves : Distribution
    {
        public override double Mean => 25;

        public override double StandardDeviation => 25;

        public override double Sample(Random random) => 50 * random.Next(2);

        public override string ToString() => "halves";
    }
}
