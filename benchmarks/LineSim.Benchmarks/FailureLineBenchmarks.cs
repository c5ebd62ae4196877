using BenchmarkDotNet.Attributes;
using LineSim.Model;

namespace LineSim.Benchmarks;

/// <summary>
/// LINE(10, 5) with operation-dependent failures on every station (MTBF 2 h, MTTR 5 min), on both engines, and with
/// time-dependent failures (event engine only). Mean is per station completion, as in <see cref="LineBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class FailureLineBenchmarks
{
    private const int Stations = 10;
    private const int Completions = 500_000;

    private Simulation _simulation = null!;

    [Params(FailureMode.OperationDependent, FailureMode.TimeDependent)]
    public FailureMode Mode { get; set; }

    [Params(EngineSelection.Event, EngineSelection.Auto)]
    public EngineSelection Engine { get; set; }

    [GlobalSetup]
    public void Setup() => _simulation = Simulation.Create(Line(Mode), new SimulationOptions
    {
        Seed = 1,
        Replications = 1,
        PartCount = Completions / Stations,
        Engine = Engine,
    });

    /// <summary>LINE(10, 5) with failures of <paramref name="mode"/> at every station.</summary>
    internal static LineModel Line(FailureMode mode)
    {
        LineModel reference = ReferenceLines.Line(Stations, buffer: 5);
        return reference with
        {
            Name = "LINE(10,5) with failures",
            Stations = [.. reference.Stations.Select(s => s with { Failures = FailureModel.FromMeans(mtbf: 7_200, mttr: 300, mode) })],
        };
    }

    [Benchmark(OperationsPerInvoke = Completions)]
    public double Line() => _simulation.RunReplication(0).ThroughputPerHour;
}
