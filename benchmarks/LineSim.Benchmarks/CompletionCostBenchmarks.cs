using BenchmarkDotNet.Attributes;
using LineSim.Engine;
using LineSim.Model;
using LineSim.RandomNumbers;

namespace LineSim.Benchmarks;

/// <summary>
/// Where one station completion of LINE(10, 5) on the sample-path engine goes: the generator's bits alone, the
/// exponential draw (bits and ziggurat), the (max, +) recursion with its statistics and rings alone (every time a
/// constant 55 s, which draws nothing), and the whole run. Every mean is per draw or per completion.
/// </summary>
[MemoryDiagnoser]
public class CompletionCostBenchmarks
{
    private const int Draws = 1 << 20;
    private const int Completions = 1_000_000;

    private readonly double[] _batch = new double[256];
    private readonly double[] _laneBatch = new double[256 * 8];
    private readonly ulong[] _laneState = new ulong[4 * 8];
    private Simulation _constantLine = null!;
    private Simulation _line = null!;
    private XoshiroStream _stream;

    [GlobalSetup]
    public void Setup()
    {
        _stream = new XoshiroStream(1);
        for (int j = 0; j < 8; j++)
        {
            XoshiroLanes.Seed(_laneState, 8, j, (ulong)j + 1);
        }

        var options = new SimulationOptions { Seed = 1, Replications = 1, PartCount = Completions / 10, Engine = EngineSelection.SamplePath };
        LineModel line = ReferenceLines.Line(10, 5);
        _line = Simulation.Create(line, options);
        _constantLine = Simulation.Create(line with { Stations = [.. line.Stations.Select(s => s with { ProcessingTime = Distribution.Constant(55) })] }, options);
    }

    [Benchmark(OperationsPerInvoke = Draws)]
    public ulong Bits()
    {
        XoshiroStream local = _stream;
        ulong x = 0;
        for (int i = 0; i < Draws; i++)
        {
            x ^= local.NextBits53();
        }

        _stream = local;
        return x;
    }

    [Benchmark(OperationsPerInvoke = Draws)]
    public double ExponentialDraws()
    {
        for (int i = 0; i < Draws / 256; i++)
        {
            _stream.FillExponential(_batch, 55);
        }

        return _batch[0];
    }

    [Benchmark(OperationsPerInvoke = Draws)]
    public double LaneExponentialDraws()
    {
        for (int i = 0; i < Draws / (256 * 8); i++)
        {
            XoshiroLanes.FillExponential<Vector512Lanes>(ref _laneState[0], 8, ref _laneBatch[0], 256, 55);
        }

        return _laneBatch[0];
    }

    [Benchmark(OperationsPerInvoke = Completions)]
    public double RecursionOnly() => _constantLine.RunReplication(0).ThroughputPerHour;

    [Benchmark(OperationsPerInvoke = Completions, Baseline = true)]
    public double WholeCompletion() => _line.RunReplication(0).ThroughputPerHour;
}
