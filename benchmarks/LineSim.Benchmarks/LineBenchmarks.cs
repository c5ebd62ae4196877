using BenchmarkDotNet.Attributes;
using LineSim.Model;

namespace LineSim.Benchmarks;

/// <summary>
/// LINE(K, B), the reference model (exponential times with mean 55 s, blocking after service), one replication of
/// <see cref="Completions"/> / K parts on each engine. Every benchmark is marked with
/// <c>OperationsPerInvoke = Completions</c>, so the reported mean is the time per station completion:
/// completions per second = 1e9 / (mean in ns), and bytes allocated per completion is the Allocated column.
/// </summary>
[MemoryDiagnoser]
public class LineBenchmarks
{
    private const int Completions = 1_000_000;

    private Simulation _simulation = null!;

    [Params(2, 10, 100)]
    public int Stations { get; set; }

    [Params(0, 5)]
    public int Buffer { get; set; }

    [Params(EngineSelection.Event, EngineSelection.SamplePath)]
    public EngineSelection Engine { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        LineModel line = ReferenceLines.Line(Stations, Buffer);
        _simulation = Simulation.Create(line, new SimulationOptions
        {
            Seed = 1,
            Replications = 1,
            PartCount = Completions / Stations,
            Engine = Engine,
        });
    }

    [Benchmark(OperationsPerInvoke = Completions)]
    public double Line() => _simulation.RunReplication(0).ThroughputPerHour;
}
