using BenchmarkDotNet.Attributes;
using LineSim.Model;

namespace LineSim.Benchmarks;

/// <summary>
/// Replications across threads: 8 replications of LINE(10, 5) on the sample-path engine with 1 to
/// <see cref="Environment.ProcessorCount"/> threads. Parallel efficiency at n threads is
/// time(1 thread) / (n x time(n threads)); the Ratio column gives time(n) / time(1).
/// </summary>
[MemoryDiagnoser]
public class ReplicationScalingBenchmarks
{
    private Simulation _simulation = null!;

    [ParamsSource(nameof(ThreadCounts))]
    public int Threads { get; set; }

    public static IEnumerable<int> ThreadCounts() => Enumerable.Range(1, Environment.ProcessorCount);

    [GlobalSetup]
    public void Setup() => _simulation = Simulation.Create(ReferenceLines.Line(10, 5), new SimulationOptions
    {
        Seed = 1,
        Replications = 8,
        PartCount = 100_000,
        MaxDegreeOfParallelism = Threads,
    });

    [Benchmark]
    public double Replications() => _simulation.Run().ThroughputPerHour.Mean;
}
