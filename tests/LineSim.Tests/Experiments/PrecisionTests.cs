using LineSim.Experiments;
using LineSim.Model;

namespace LineSim.Tests.Experiments;

public sealed class PrecisionTests
{
    private static readonly Simulation s_simulation = Simulation.Create(ReferenceLines.Line(3, 2), new SimulationOptions { Seed = 5, Replications = 4, Duration = 100_000 });

    [Fact]
    public void Run_ReachableTarget_StopsWithTheHalfWidthAtMostTheTarget()
    {
        PrecisionResult result = Precision.Run(s_simulation, halfWidth: 0.5, maxReplications: 500);

        Assert.True(result.Reached);
        Assert.True(result.Result.ThroughputPerHour.HalfWidth <= 0.5, result.Result.ThroughputPerHour.ToString());
        Assert.True(result.Result.Replications > 4);
        Assert.Equal(Enumerable.Range(0, result.Result.Replications), result.Result.ReplicationResults.Select(r => r.Index));
    }

    [Fact]
    public void Run_Cap_StopsThereAndSaysTheTargetWasNotReached()
    {
        PrecisionResult result = Precision.Run(s_simulation, halfWidth: 0.001, maxReplications: 9);

        Assert.False(result.Reached);
        Assert.Equal(9, result.Result.Replications);
    }

    [Fact]
    public void Run_SameTargetTwice_BitIdenticalReplications()
    {
        PrecisionResult first = Precision.Run(s_simulation, halfWidth: 0.8, maxReplications: 100);
        PrecisionResult second = Precision.Run(s_simulation, halfWidth: 0.8, maxReplications: 100);

        Assert.Equal(first.Result.ReplicationResults.Select(r => r.ThroughputPerHour), second.Result.ReplicationResults.Select(r => r.ThroughputPerHour));
        Assert.Equal(s_simulation.RunReplication(7).ThroughputPerHour, first.Result.ReplicationResults[7].ThroughputPerHour);
    }
}
