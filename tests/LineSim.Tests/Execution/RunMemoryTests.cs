using LineSim.Model;
using LineSim.Results;
using LineSim.Scenarios;

namespace LineSim.Tests.Execution;

/// <summary>A run whose results could not be held is refused before it starts, naming the option to change.</summary>
public sealed class RunMemoryTests
{
    private static readonly LineModel s_line = new()
    {
        TaktTime = 60,
        Stations = [new("A", Distribution.Exponential(50)), new("B", Distribution.Exponential(50))],
        Buffers = [new LineBuffer("A", 2)],
    };

    [Fact]
    public void Create_MoreReplicationsThanFit_IsRefusedNamingReplications()
    {
        var exception = Assert.Throws<ArgumentException>(() => Simulation.Create(s_line, new SimulationOptions { Replications = int.MaxValue }));

        Assert.StartsWith("Replications: 2,147,483,647 replications keep about", exception.Message, StringComparison.Ordinal);
        Assert.Contains("SimulationOptions.MemoryLimit", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_TinyOutputInterval_IsRefusedNamingOutputInterval()
    {
        var exception = Assert.Throws<ArgumentException>(() => Simulation.Create(s_line, new SimulationOptions { Replications = 1, OutputInterval = 1e-9 }));

        Assert.StartsWith("OutputInterval: 864,000,000,000,000 output intervals per replication", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_MoreIntervalsThanAnArrayHolds_RefusedWhateverTheLimit()
    {
        var options = new SimulationOptions { Replications = 1, OutputInterval = 1e-4, MemoryLimit = long.MaxValue };

        var exception = Assert.Throws<ArgumentException>(() => Simulation.Create(s_line, options));

        Assert.Contains("more than the 2,147,483,591 a series can hold", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_MachinesAndCarriers_CountedPerThread()
    {
        var options = new SimulationOptions { Replications = 1, MaxDegreeOfParallelism = 1 };
        LineModel cell = s_line with { Stations = [s_line.Stations[0], s_line.Stations[1] with { Servers = ModelLimits.Servers }] };
        LineModel looped = s_line with { Carriers = [new CarrierLoop("K", ModelLimits.Carriers, "A", "B")] };

        long plain = Estimate(s_line, options);

        Assert.True(Estimate(cell, options) - plain >= 256L * (ModelLimits.Servers - 1));
        Assert.True(Estimate(looped, options) - plain >= 16L * ModelLimits.Carriers);
    }

    /// <summary>A return of 8 places holds 8 carriers' return times at most, however many the loop has.</summary>
    [Fact]
    public void Estimate_FiniteReturn_RingSizedByItsCapacity()
    {
        var options = new SimulationOptions { Replications = 1, MaxDegreeOfParallelism = 1 };
        LineModel looped = s_line with { Carriers = [new CarrierLoop("K", ModelLimits.Carriers, "A", "B")] };
        LineModel finite = s_line with { Carriers = [new CarrierLoop("K", ModelLimits.Carriers, "A", "B") { Return = new Conveyor(60, 8) }] };

        Assert.True(Estimate(looped, options) - Estimate(finite, options) >= 16L * (ModelLimits.Carriers - 8));
    }

    private static long Estimate(LineModel line, SimulationOptions options) =>
        LineSim.Execution.Compiled.RunMemory.Of(new LineSim.Execution.Compiled.CompiledLine(line), options with { Duration = 3600 }).Total;

    [Fact]
    public void Create_MemoryLimitGiven_IsTheBound()
    {
        var options = new SimulationOptions { Replications = 1_000 };

        Assert.NotNull(Simulation.Create(s_line, options));
        Assert.Throws<ArgumentException>(() => Simulation.Create(s_line, options with { MemoryLimit = 100_000 }));
    }

    [Fact]
    public void Estimate_TwiceTheReplications_NeedsTwiceTheResults()
    {
        var line = new LineSim.Execution.Compiled.CompiledLine(s_line);
        var one = LineSim.Execution.Compiled.RunMemory.Of(line, new SimulationOptions { Replications = 1_000, MaxDegreeOfParallelism = 1 });
        var two = LineSim.Execution.Compiled.RunMemory.Of(line, new SimulationOptions { Replications = 2_000, MaxDegreeOfParallelism = 1 });

        Assert.Equal(one.PerReplication * 1_000, two.Total - one.Total);
    }

    [Theory]
    [InlineData("\"replications\": 2147483647", "run.replications")]
    [InlineData("\"outputInterval\": 1e-9", "run.outputInterval")]
    public void Load_RunTooLargeToHold_NamesTheField(string run, string path)
    {
        string json = $$"""
            { "taktTime": 60, "stations": [ { "name": "A", "processingTime": 50 } ], "run": { {{run}} } }
            """;

        ScenarioLoadResult result = ScenarioLoader.Load(json);

        ScenarioError error = Assert.Single(result.Errors);
        Assert.Equal(path, error.Path);
    }

    // Arrivals every 5 s into an unlimited buffer before A (1 s a part), which B (10 s a part) holds back through a
    // buffer of 2: slower than A could take them, so nothing is refused before the run, but the queue grows by 360 parts
    // an hour for the whole run.
    private static readonly LineModel s_heldBack = new()
    {
        TaktTime = 60,
        Source = Source.Arrivals(Distribution.Constant(5)),
        Stations = [new("A", Distribution.Constant(1)), new("B", Distribution.Constant(10))],
        Buffers = [new LineBuffer("A", 2)],
    };

    [Fact]
    public void Run_UnlimitedBufferOutgrowsTheLimit_StopsNamingTheBuffer()
    {
        var options = new SimulationOptions { Replications = 1, MaxDegreeOfParallelism = 1, Duration = 3_600_000, Engine = EngineSelection.Event, MemoryLimit = 4 << 20 };
        Simulation simulation = Simulation.Create(s_heldBack, options);

        var exception = Assert.Throws<MemoryLimitExceededException>(() => simulation.Run());

        Assert.StartsWith("Source.InputCapacity: the line held ", exception.Message, StringComparison.Ordinal);
        Assert.Contains("before 'A'", exception.Message, StringComparison.Ordinal);
        Assert.Equal("source.capacity", ScenarioLoader.ErrorAt(exception.Message, s_heldBack).Path);
    }

    [Fact]
    public void Run_UnlimitedBufferWithinTheLimit_Runs()
    {
        var options = new SimulationOptions { Replications = 1, MaxDegreeOfParallelism = 1, Duration = 36_000, Engine = EngineSelection.Event, MemoryLimit = 4 << 20 };

        SimulationResult result = Simulation.Create(s_heldBack, options).Run();

        Assert.Equal(360, result.ThroughputPerHour.Mean, 0);
    }

    [Fact]
    public void MostParts_EveryBufferBounded_IsUnlimited()
    {
        var line = new LineSim.Execution.Compiled.CompiledLine(s_heldBack with { Source = Source.Arrivals(Distribution.Constant(5), inputCapacity: 10) });

        Assert.Equal(int.MaxValue, LineSim.Execution.Compiled.RunMemory.MostParts(line, new SimulationOptions { MemoryLimit = 4 << 20 }));
    }
}
