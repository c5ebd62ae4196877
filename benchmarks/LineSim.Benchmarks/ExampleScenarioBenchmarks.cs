using BenchmarkDotNet.Attributes;
using LineSim.Model;

namespace LineSim.Benchmarks;

/// <summary>
/// The richest example scenario (examples/QuickStart: five stations, constant, lognormal, exponential and triangular
/// times, operation-dependent failures, buffers of 2 and 3): one replication of a day after an eight-hour warm-up,
/// on each engine.
/// </summary>
[MemoryDiagnoser]
public class ExampleScenarioBenchmarks
{
    private Simulation _simulation = null!;

    [Params(EngineSelection.Event, EngineSelection.SamplePath)]
    public EngineSelection Engine { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var line = new LineModel
        {
            Name = "Side-frame welding line",
            TaktTime = 55,
            Stations =
            [
                new("Load", Distribution.Constant(48)),
                new("Tack weld", Distribution.LogNormal(mean: 50, stdDev: 4), FailureModel.FromMeans(mtbf: 7_200, mttr: 420)),
                new("Respot 1", Distribution.Exponential(mean: 45), FailureModel.FromMeans(mtbf: 10_800, mttr: 300)),
                new("Respot 2", Distribution.Triangular(min: 40, mode: 46, max: 58)),
                new("Unload", Distribution.Constant(40)),
            ],
            Buffers = [new(After: "Load", Capacity: 3), new(After: "Tack weld", Capacity: 3), new(After: "Respot 1", Capacity: 2)],
        };
        _simulation = Simulation.Create(line, new SimulationOptions
        {
            Seed = 42,
            Replications = 1,
            Warmup = 28_800,
            Duration = 86_400,
            Engine = Engine,
        });
    }

    [Benchmark]
    public double OneDay() => _simulation.RunReplication(0).ThroughputPerHour;
}
