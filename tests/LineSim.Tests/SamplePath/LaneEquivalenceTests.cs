using FsCheck.Xunit;
using LineSim.Engine;
using LineSim.Execution.Compiled;
using LineSim.Execution.SamplePath;
using LineSim.Model;
using LineSim.Results;
using LineSim.Tests.Properties;

namespace LineSim.Tests.SamplePath;

/// <summary>
/// Replications run together in vector lanes (<see cref="SamplePathLineLanes"/>) against each replication run alone on
/// the scalar sample-path engine, on generated lines: every figure of every replication bit for bit, at every width
/// this machine accelerates and at the narrower ones forced, scalar included.
/// </summary>
public sealed class LaneEquivalenceTests
{
    /// <summary>The widths this machine accelerates, as lanes per register, scalar included.</summary>
    public static TheoryData<int> Widths() => [.. LaneWidths.Accelerated.Select(width => (int)width)];

    [Property(Arbitrary = [typeof(SamplePathArbitraries)], MaxTest = 150)]
    public void Run_AnyWidth_EveryLaneBitIdenticalToItsReplicationAlone(EngineCase engineCase)
    {
        // Five replications: with four or eight lanes to a register, some lanes repeat the last one.
        int[] replications = [0, 1, 2, 3, 4];
        SimulationOptions options = engineCase.Options with { Replications = replications.Length };
        Simulation simulation = Simulation.Create(engineCase.Line, options);
        List<string>[] alone = [.. replications.Select(r => ResultFingerprint.Of(simulation.RunReplication(r)))];
        var line = new CompiledLine(engineCase.Line);
        Assert.True(SamplePathLineLanes.Supports(line));

        foreach (LaneWidth width in LaneWidths.Accelerated)
        {
            ReplicationResult[] lanes = new SamplePathLineLanes(line, options, replications, width).Run(options.Duration);

            Assert.Equal(replications.Length, lanes.Length);
            for (int r = 0; r < replications.Length; r++)
            {
                Assert.True(alone[r].SequenceEqual(ResultFingerprint.Of(lanes[r])), $"{width}, replication {r}: {FirstDifference(alone[r], ResultFingerprint.Of(lanes[r]))}");
            }
        }
    }

    [Property(Arbitrary = [typeof(SamplePathArbitraries)], MaxTest = 60)]
    public void Run_SeveralReplications_EachAsRunAlone(EngineCase engineCase)
    {
        Simulation simulation = Simulation.Create(engineCase.Line, engineCase.Options with { Replications = 11, MaxDegreeOfParallelism = 1 });

        SimulationResult result = simulation.Run();

        Assert.Equal(EngineKind.SamplePath, simulation.Engine);
        for (int r = 0; r < 11; r++)
        {
            Assert.Equal(ResultFingerprint.Of(simulation.RunReplication(r)), ResultFingerprint.Of(result.ReplicationResults[r]));
        }
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void Run_LanesEndingApart_EachAsRunAlone(int lanesPerRegister)
    {
        var width = (LaneWidth)lanesPerRegister;
        // By duration, with failures: the lanes make different numbers of parts, so they finish at different parts.
        var line = new LineModel
        {
            TaktTime = 55,
            Stations =
            [
                new("A", Distribution.Exponential(50), FailureModel.FromMeans(900, 60)),
                new("B", Distribution.LogNormal(52, 20)),
                new("C", Distribution.Exponential(54)),
            ],
            Buffers = [new("A", 3), new("B", 0)],
        };
        var options = new SimulationOptions { Seed = 3, Replications = 9, Warmup = 500, Duration = 40_000, OutputInterval = 3_600 };
        Simulation simulation = Simulation.Create(line, options);
        int[] replications = [.. Enumerable.Range(0, 9)];

        ReplicationResult[] lanes = new SamplePathLineLanes(new CompiledLine(line), options, replications, width).Run(options.Duration);

        Assert.True(lanes.Select(r => r.PartsOut).Distinct().Count() > 1, "the lanes should end at different parts");
        for (int r = 0; r < replications.Length; r++)
        {
            Assert.Equal(ResultFingerprint.Of(simulation.RunReplication(r)), ResultFingerprint.Of(lanes[r]));
        }
    }

    [Theory]
    [InlineData(8, 1)]
    [InlineData(8, 2)]
    [InlineData(20, 2)]
    [InlineData(3, 16)]
    [InlineData(100, 3)]
    public void Plan_AnyCount_EveryReplicationOnceInOrderAndEveryThreadBusy(int count, int threads)
    {
        int[][] batches = ReplicationBatches.Plan(count, ReplicationBatches.MaxLanes, threads);

        Assert.Equal(Enumerable.Range(0, count), batches.SelectMany(b => b));
        Assert.All(batches, b => Assert.InRange(b.Length, 1, ReplicationBatches.MaxLanes));
        Assert.True(batches.Length >= Math.Min(count, threads), $"{batches.Length} batches for {threads} threads");
    }

    private static string FirstDifference(List<string> expected, List<string> actual)
    {
        int i = 0;
        while (i < expected.Count && i < actual.Count && expected[i] == actual[i])
        {
            i++;
        }

        return i < expected.Count || i < actual.Count
            ? $"expected {(i < expected.Count ? expected[i] : "nothing")}, actual {(i < actual.Count ? actual[i] : "nothing")}"
            : "none";
    }
}
