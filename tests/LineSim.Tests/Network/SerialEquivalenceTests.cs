using FsCheck.Xunit;
using LineSim.Model;
using LineSim.Results;
using LineSim.Tests.Properties;
using LineSim.Tests.SamplePath;

namespace LineSim.Tests.Network;

/// <summary>
/// The event engine for plants runs serial lines too; there it must give exactly what the serial event engine gives,
/// part by part, which checks its blocking, failures, arrivals and statistics against an engine validated on theory.
/// </summary>
public sealed class SerialEquivalenceTests
{
    [Property(Arbitrary = [typeof(LineArbitraries)], MaxTest = 200, Replay = "(11,13)")]
    public void RunReplication_SerialLine_SameAsSerialEventEngine(LineModel line, int seed)
    {
        var options = new SimulationOptions { Seed = seed, Replications = 1, Warmup = 500, Duration = 20_000, OutputInterval = 5_000, Engine = EngineSelection.Event };
        (ReplicationResult expected, DepartureRecorder serial) = Run(line, options, network: false);
        (ReplicationResult actual, DepartureRecorder network) = Run(line, options, network: true);

        Assert.Equal(serial.Departures.Count, network.Departures.Count);
        foreach (((int station, long part), double time) in serial.Departures)
        {
            Assert.True(network.Departures.TryGetValue((station, part), out double other), $"part {part} at station {station}: no departure on the plant engine");
            Assert.True(time == other, $"part {part} at station {station}: serial {time:R}, plant {other:R}");
        }

        Assert.Equal(expected.Released, actual.Released);
        Assert.Equal(expected.Completed, actual.Completed);
        Assert.Equal(expected.PartsOut, actual.PartsOut);
        Assert.Equal(expected.EndTime, actual.EndTime);
        Assert.Equal(expected.OutputPerInterval.ToArray(), actual.OutputPerInterval.ToArray());
        AssertClose(expected.WorkInProcess, actual.WorkInProcess, "WorkInProcess");
        AssertClose(expected.LeadTime, actual.LeadTime, "LeadTime");
        for (int i = 0; i < expected.Stations.Length; i++)
        {
            StationStatistics e = expected.Stations[i];
            StationStatistics a = actual.Stations[i];
            AssertClose(e.Working, a.Working, $"{e.Name}.Working");
            AssertClose(e.Starved, a.Starved, $"{e.Name}.Starved");
            AssertClose(e.Blocked, a.Blocked, $"{e.Name}.Blocked");
            AssertClose(e.Down, a.Down, $"{e.Name}.Down");
            Assert.Equal(e.PartsProcessed, a.PartsProcessed);
            Assert.Equal(e.Failures, a.Failures);
        }

        Assert.Equal(expected.Buffers.Length, actual.Buffers.Length);
        for (int j = 0; j < expected.Buffers.Length; j++)
        {
            AssertClose(expected.Buffers[j].AverageLevel, actual.Buffers[j].AverageLevel, $"buffer {j} level");
            AssertClose(expected.Buffers[j].FullFraction, actual.Buffers[j].FullFraction, $"buffer {j} full");
            AssertClose(expected.Buffers[j].EmptyFraction, actual.Buffers[j].EmptyFraction, $"buffer {j} empty");
        }

        Assert.Equal(expected.InputBuffer is null, actual.InputBuffer is null);
        if (expected.InputBuffer is { } input)
        {
            AssertClose(input.AverageLevel, actual.InputBuffer!.AverageLevel, "input buffer level");
        }
    }

    private static (ReplicationResult Result, DepartureRecorder Departures) Run(LineModel line, SimulationOptions options, bool network)
    {
        var recorder = new DepartureRecorder();
        Simulation simulation = Simulation.Create(line, options);
        simulation.ForceNetworkRun = network;
        return (simulation.RunReplication(0, recorder), recorder);
    }

    private static void AssertClose(double expected, double actual, string what) =>
        Assert.True(
            expected == actual || Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected)) || (double.IsNaN(expected) && double.IsNaN(actual)),
            $"{what}: serial {expected:R}, plant {actual:R}");
}
