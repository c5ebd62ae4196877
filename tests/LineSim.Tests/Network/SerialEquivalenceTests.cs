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

        // Both are event engines on the same events: the clock ends at the same instant exactly.
        Assert.Equal(expected.EndTime, actual.EndTime);
        EngineAgreement.AssertSameStatistics(expected, actual);
    }

    private static (ReplicationResult Result, DepartureRecorder Departures) Run(LineModel line, SimulationOptions options, bool network)
    {
        var recorder = new DepartureRecorder();
        Simulation simulation = Simulation.Create(line, options);
        simulation.ForceNetworkRun = network;
        return (simulation.RunReplication(0, recorder), recorder);
    }
}
