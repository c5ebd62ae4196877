using BenchmarkDotNet.Attributes;
using LineSim.Experiments;
using LineSim.Model;
using LineSim.Scenarios;

namespace LineSim.Benchmarks;

/// <summary>
/// An experiment of 100 configurations x 10 replications: of the body shop (framing's underbody buffer 1 to 10 crossed
/// with 12 to 21 skids; a shift of 28,800 s after the file's warm-up, event engine) and of LINE(10, 5) (the last
/// buffer 1 to 100; 20,000 parts, sample-path engine). <see cref="Experiment()"/> runs it through the experiment layer;
/// <see cref="EnginesAlone"/> runs the same 1,000 replications straight through <see cref="Simulation.RunReplication(int)"/>
/// with the same parallelism, so their ratio is the share the layer adds. Configurations per second are
/// 100 / time; parallel efficiency on n threads is time(1) / (n time(n)); allocations per configuration are Allocated / 100.
/// </summary>
[MemoryDiagnoser]
public class ExperimentBenchmarks
{
    private LineSim.Experiments.Experiment _experiment = null!;
    private Simulation[] _simulations = null!;

    [Params("body-shop-55", "LINE(10,5)")]
    public string Line { get; set; } = null!;

    [ParamsSource(nameof(ThreadCounts))]
    public int Threads { get; set; }

    public static IEnumerable<int> ThreadCounts() => Enumerable.Range(1, Environment.ProcessorCount);

    [GlobalSetup]
    public void Setup()
    {
        List<ExperimentConfiguration> configurations = Line == "LINE(10,5)" ? ReferenceLineConfigurations() : BodyShopConfigurations();
        _experiment = LineSim.Experiments.Experiment.Create(configurations, Threads);
        _simulations = [.. configurations.Select(c => Simulation.Create(c.Line, c.Options))];
    }

    [Benchmark]
    public int Experiment() => _experiment.Run().Configurations.Length;

    [Benchmark(Baseline = true)]
    public double EnginesAlone()
    {
        double total = 0;
        var sums = new double[_experiment.TaskCount];
        Parallel.For(0, sums.Length, new ParallelOptions { MaxDegreeOfParallelism = Threads }, task =>
            sums[task] = _simulations[task / 10].RunReplication(task % 10).ThroughputPerHour);
        foreach (double sum in sums)
        {
            total += sum;
        }

        return total;
    }

    private static List<ExperimentConfiguration> ReferenceLineConfigurations()
    {
        LineModel line = ReferenceLines.Line(10, 5);
        var options = new SimulationOptions { Seed = 1, Replications = 10, PartCount = 20_000 };
        return [.. Enumerable.Range(1, 100).Select(b => new ExperimentConfiguration($"{b}", line with { Buffers = line.Buffers.SetItem(8, new LineBuffer("S9", b)) }, options))];
    }

    private static List<ExperimentConfiguration> BodyShopConfigurations()
    {
        string plan = $$"""
            { "scenario": "body-shop-55.json",
              "factors": [
                { "set": "stations[Framing].inputs[Underbody weld 2].buffer", "min": 1, "max": 10 },
                { "set": "carriers[Skids].count", "min": 12, "max": 21 } ],
              "run": { "duration": 28800, "replications": 10 } }
            """;
        PlanLoadResult result = PlanLoader.Load(plan, ExampleScenarioBenchmarks.ScenarioFolder());
        return result.IsValid ? [.. result.Plan.Configurations] : throw new ScenarioException(result.Errors);
    }
}
