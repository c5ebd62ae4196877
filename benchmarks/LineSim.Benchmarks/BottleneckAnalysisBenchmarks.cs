using BenchmarkDotNet.Attributes;
using LineSim.Model;
using LineSim.Scenarios;

namespace LineSim.Benchmarks;

/// <summary>
/// What the active period method's bookkeeping costs (<see cref="SimulationOptions.AnalyseBottlenecks"/>): one
/// replication of LINE(10, 5) for 100,000 parts and of the body shop for a day, on the event engine's plant run with the
/// bookkeeping off (the baseline: the code a run that does not ask compiles) and on. LINE(10, 5) runs on the plant run
/// either way (the serial event engine has no bookkeeping), so that the ratio is the bookkeeping's alone.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class BottleneckAnalysisBenchmarks
{
    private Simulation _simulation = null!;

    [Params("LINE(10,5)", "body-shop-55")]
    public string Line { get; set; } = null!;

    [Params(false, true)]
    public bool Analyse { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (LineModel line, SimulationOptions options) = Line == "LINE(10,5)"
            ? (ReferenceLines.Line(10, 5), new SimulationOptions { Seed = 1, Replications = 1, PartCount = 100_000 })
            : BodyShop();
        _simulation = Simulation.Create(line, options with { Engine = EngineSelection.Event, AnalyseBottlenecks = Analyse, MaxDegreeOfParallelism = 1 });
        _simulation.ForceNetworkRun = true;
    }

    [Benchmark]
    public double Replication() => _simulation.RunReplication(0).ThroughputPerHour;

    private static (LineModel Line, SimulationOptions Options) BodyShop()
    {
        Scenario scenario = ScenarioLoader.LoadFile(Path.Combine(ExampleScenarioBenchmarks.ScenarioFolder(), "body-shop-55.json")).GetScenarioOrThrow();
        return (scenario.Line, scenario.Options with { Replications = 1, Duration = 86_400, PartCount = null });
    }
}
