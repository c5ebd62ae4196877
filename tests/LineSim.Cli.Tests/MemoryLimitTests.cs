using LineSim.Cli.Commands;
using LineSim.Model;

namespace LineSim.Cli.Tests;

/// <summary>A run whose unlimited input buffer outgrows the memory limit ends with exit 2 and the scenario field to change.</summary>
public sealed class MemoryLimitTests
{
    [Fact]
    public void Run_UnlimitedBufferOutgrowsTheLimit_ExitsTwoNamingSourceCapacity()
    {
        // Arrivals every 5 s; A could take one a second, but B downstream takes one every 10 s.
        var line = new LineModel
        {
            TaktTime = 60,
            Source = Source.Arrivals(Distribution.Constant(5)),
            Stations = [new("A", Distribution.Constant(1)), new("B", Distribution.Constant(10))],
            Buffers = [new LineBuffer("A", 2)],
        };
        var options = new SimulationOptions { Replications = 1, MaxDegreeOfParallelism = 1, Duration = 3_600_000, Engine = EngineSelection.Event, MemoryLimit = 4 << 20 };
        using var error = new StringWriter();
        var arguments = new RunArguments("line.json", Replications: null, Seed: null, Warmup: null, Duration: null, Json: false, Csv: null, Plots: null);

        (Results.SimulationResult? result, int exitCode) = ReplicationRunner.Run(Simulation.Create(line, options), arguments, new CliConsole(TextWriter.Null, error, ErrorIsTerminal: false), []);

        Assert.Null(result);
        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.StartsWith("linesim: source.capacity: the line held ", error.ToString(), StringComparison.Ordinal);
    }
}
