using System.Globalization;
using BenchmarkDotNet.Attributes;
using LineSim.Model;

namespace LineSim.Benchmarks;

/// <summary>
/// An assembly line: two feeder lines of 5 stations (buffers of 5, unlimited supplies) merging through buffers of 5 at
/// an assembly station, followed by 4 stations, every time exponential with mean 55 s, blocking after service; one
/// replication of <see cref="Completions"/> / 15 parts out (15 station completions each) on the event engine for
/// plants and on the sample-path engine for assembly lines. The mean is per station completion, as in
/// <see cref="LineBenchmarks"/>: completions per second = 1e9 / (mean in ns).
/// </summary>
[MemoryDiagnoser]
public class AssemblyLineBenchmarks
{
    private const int StationsPerPart = 15;
    private const int Completions = 1_500_000;

    private Simulation _simulation = null!;

    [Params(EngineSelection.Event, EngineSelection.SamplePath)]
    public EngineSelection Engine { get; set; }

    [GlobalSetup]
    public void Setup() => _simulation = Simulation.Create(Line(), new SimulationOptions
    {
        Seed = 1,
        Replications = 1,
        PartCount = Completions / StationsPerPart,
        Engine = Engine,
    });

    /// <summary>The assembly line of 15 stations measured here.</summary>
    internal static LineModel Line()
    {
        var stations = new List<Station>();
        var buffers = new List<LineBuffer>();
        Distribution processing = Distribution.Exponential(55);
        foreach (string feeder in new[] { "A", "B" })
        {
            for (int k = 1; k <= 5; k++)
            {
                var station = new Station(string.Create(CultureInfo.InvariantCulture, $"{feeder}{k}"), processing);
                stations.Add(k == 1 ? station with { Inputs = [StationInput.FromSupply(Source.Unlimited)] } : station);
                if (k < 5)
                {
                    buffers.Add(new LineBuffer(station.Name, 5));
                }
            }
        }

        stations.Add(new Station("Assembly", processing) { Inputs = [StationInput.FromStation("A5", 5), StationInput.FromStation("B5", 5)] });
        string before = "Assembly";
        for (int k = 1; k <= 4; k++)
        {
            buffers.Add(new LineBuffer(before, 5));
            before = string.Create(CultureInfo.InvariantCulture, $"C{k}");
            stations.Add(new Station(before, processing));
        }

        return new LineModel { Name = "Assembly line", TaktTime = 55, Stations = [.. stations], Buffers = [.. buffers] };
    }

    [Benchmark(OperationsPerInvoke = Completions)]
    public double AssemblyLine() => _simulation.RunReplication(0).ThroughputPerHour;
}
