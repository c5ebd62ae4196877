using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Execution;

/// <summary>A run cancelled through its token stops after the replications under way and keeps what they found.</summary>
public sealed class InterruptionTests
{
    private static readonly LineModel s_line = new()
    {
        TaktTime = 60,
        Stations = [new("A", Distribution.Exponential(50)), new("B", Distribution.Exponential(50))],
        Buffers = [new LineBuffer("A", 2)],
    };

    // The event engine runs one replication at a time; the sample-path engine runs a serial line's replications in
    // batches of lanes, which finish together.
    private static Simulation Create(int replications, EngineSelection engine = EngineSelection.Auto) => Simulation.Create(
        s_line,
        new SimulationOptions { Seed = 5, Replications = replications, Duration = 20_000, MaxDegreeOfParallelism = 1, Engine = engine });

    [Fact]
    public void Run_CancelledAfterTheFirstReplication_ReportsThatOneAsInterrupted()
    {
        using var cancel = new CancellationTokenSource();
        Simulation simulation = Create(replications: 5, EngineSelection.Event);

        SimulationResult result = simulation.Run(new CancelOnFirst(cancel), cancel.Token);

        Assert.True(result.Interrupted);
        ReplicationResult only = Assert.Single(result.ReplicationResults);
        Assert.Equal(0, only.Index);
        Assert.Equal(simulation.RunReplication(0).PartsOut, only.PartsOut);
        Assert.Equal(only.ThroughputPerHour, result.ThroughputPerHour.Mean);
    }

    [Fact]
    public void Run_LanesCancelledAfterTheFirstResult_KeepTheirWholeBatch()
    {
        using var cancel = new CancellationTokenSource();
        Simulation simulation = Create(replications: 20);

        SimulationResult result = simulation.Run(new CancelOnFirst(cancel), cancel.Token);

        // One thread takes the replications eight at a time: the first batch, 0 to 7, was under way as a whole.
        Assert.True(result.Interrupted);
        Assert.Equal(Enumerable.Range(0, 8), result.ReplicationResults.Select(r => r.Index));
        Assert.All(result.ReplicationResults, r => Assert.Equal(simulation.RunReplication(r.Index).PartsOut, r.PartsOut));
    }

    [Fact]
    public void Run_CancelledBeforeItStarts_ThrowsOperationCanceled()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.Throws<OperationCanceledException>(() => Create(replications: 3).Run(cancellationToken: cancel.Token));
    }

    [Fact]
    public void Run_NotCancelled_IsNotInterrupted()
    {
        SimulationResult result = Create(replications: 3).Run();

        Assert.False(result.Interrupted);
        Assert.Equal(3, result.Replications);
    }

    /// <summary>Cancels the run when the first replication reports, synchronously, as the single worker finishes it.</summary>
    private sealed class CancelOnFirst(CancellationTokenSource cancel) : IProgress<double>
    {
        public void Report(double value) => cancel.Cancel();
    }
}
