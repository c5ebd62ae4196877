using BenchmarkDotNet.Attributes;
using LineSim.Model;

namespace LineSim.Benchmarks;

/// <summary>
/// Allocation does not grow with run length: one replication of LINE(10, 5) for 10,000 and for 100,000 parts on each
/// engine, and eight replications together on one thread (in vector lanes on the sample-path engine). The Allocated
/// column is the same for both lengths (what the replications allocate when they start); the time grows tenfold.
/// </summary>
[MemoryDiagnoser]
public class RunLengthBenchmarks
{
    private Simulation _simulation = null!;
    private Simulation _eight = null!;

    [Params(10_000, 100_000)]
    public int Parts { get; set; }

    [Params(EngineSelection.Event, EngineSelection.SamplePath)]
    public EngineSelection Engine { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var options = new SimulationOptions { Seed = 1, Replications = 1, PartCount = Parts, Engine = Engine };
        _simulation = Simulation.Create(ReferenceLines.Line(10, 5), options);
        _eight = Simulation.Create(ReferenceLines.Line(10, 5), options with { Replications = 8, MaxDegreeOfParallelism = 1 });
    }

    [Benchmark]
    public double Replication() => _simulation.RunReplication(0).ThroughputPerHour;

    [Benchmark]
    public double EightReplications() => _eight.Run().ThroughputPerHour.Mean;
}
