using BenchmarkDotNet.Attributes;
using LineSim.Scenarios;

namespace LineSim.Benchmarks;

/// <summary>
/// The example scenarios users run first, loaded from <c>examples/scenarios</c>: the QuickStart line (five stations,
/// operation-dependent failures; the sample-path engine runs it under Auto), the 55-second welding
/// line (seven stations, time-dependent failures; the event engine runs it either way), and the body shop (feeder lines,
/// assembly, cells, rework, a conveyor, skids and a crew: the event engine's general form for plants). One replication
/// of a day after the file's warm-up.
/// </summary>
[MemoryDiagnoser]
public class ExampleScenarioBenchmarks
{
    private Simulation _simulation = null!;

    [Params("quick-start", "welding-line-55s", "body-shop-55")]
    public string Scenario { get; set; } = null!;

    [Params(EngineSelection.Auto, EngineSelection.Event)]
    public EngineSelection Engine { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Scenario scenario = ScenarioLoader.LoadFile(Path.Combine(ScenarioFolder(), Scenario + ".json")).GetScenarioOrThrow();
        _simulation = Simulation.Create(scenario.Line, scenario.Options with { Replications = 1, Duration = 86_400, PartCount = null, Engine = Engine });
    }

    [Benchmark]
    public double OneDay() => _simulation.RunReplication(0).ThroughputPerHour;

    /// <summary>examples/scenarios, found above the folder BenchmarkDotNet runs the benchmark from.</summary>
    internal static string ScenarioFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            string candidate = Path.Combine(folder.FullName, "examples", "scenarios");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"examples/scenarios was not found above {AppContext.BaseDirectory}; run the benchmarks from the repository.");
    }
}
