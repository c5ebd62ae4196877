using BenchmarkDotNet.Attributes;
using LineSim.Model;

namespace LineSim.Benchmarks;

/// <summary>
/// Replications run together on one thread, on the sample-path engine: R replications of LINE(10, 5), LINE(100, 5) and
/// the assembly line of <see cref="AssemblyLineBenchmarks"/>, <see cref="Completions"/> station completions in all (at
/// least 15,000 parts a replication, so that what a replication sets up does not weigh). A serial line's replications
/// run in vector lanes (eight to a batch where the hardware has 512-bit vectors), an assembly line's one after another.
/// The mean is per station completion, as in <see cref="LineBenchmarks"/>, so that R = 1 against R = 8 is the gain in
/// completions per second; on a noisy machine compare the Min and Median columns.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class LaneBenchmarks
{
    private const int Completions = 24_000_000;

    private Simulation _simulation = null!;

    [Params("LINE(10,5)", "LINE(100,5)", "Assembly")]
    public string Line { get; set; } = "";

    [Params(1, 4, 8, 16)]
    public int Replications { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (LineModel line, int stations) = Line switch
        {
            "LINE(10,5)" => (ReferenceLines.Line(10, 5), 10),
            "LINE(100,5)" => (ReferenceLines.Line(100, 5), 100),
            _ => (AssemblyLineBenchmarks.Line(), 15),
        };
        _simulation = Simulation.Create(line, new SimulationOptions
        {
            Seed = 1,
            Replications = Replications,
            PartCount = Completions / stations / Replications,
            MaxDegreeOfParallelism = 1,
            Engine = EngineSelection.SamplePath,
        });
    }

    [Benchmark(OperationsPerInvoke = Completions)]
    public double Together() => Replications == 1 ? _simulation.RunReplication(0).ThroughputPerHour : _simulation.Run().ThroughputPerHour.Mean;
}
