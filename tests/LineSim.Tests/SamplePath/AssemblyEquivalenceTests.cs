using FsCheck.Xunit;
using LineSim.Results;
using static LineSim.Tests.SamplePath.EngineAgreement;

namespace LineSim.Tests.SamplePath;

/// <summary>
/// The sample-path engine for assembly lines against the event engine for plants on generated assembly lines: the same
/// departure of every part from every station, and the same statistics. Both engines number parts in order of entry,
/// the event engine over all supplies together and the sample path at each part's own supply (entries from different
/// supplies at one instant come in the event calendar's order); at every station both put the parts in the same order,
/// so the k-th part to leave a station is the same part in both.
/// </summary>
public sealed class AssemblyEquivalenceTests
{
    [Property(Arbitrary = [typeof(AssemblyArbitraries)], MaxTest = 300)]
    public void RunReplication_AssemblyLine_SameDeparturesAsEventEngine(AssemblyCase assemblyCase)
    {
        (ReplicationResult ended, DepartureRecorder events) = Run(assemblyCase, EngineSelection.Event);
        (ReplicationResult path, DepartureRecorder samplePath) = Run(assemblyCase, EngineSelection.SamplePath);

        Assert.Equal(EngineKind.Event, ended.Engine);
        Assert.Equal(EngineKind.SamplePath, path.Engine);
        for (int station = 0; station < assemblyCase.Line.Stations.Length; station++)
        {
            double[] expected = InOrder(events, station);
            double[] actual = InOrder(samplePath, station);
            string name = assemblyCase.Line.Stations[station].Name;
            Assert.True(expected.Length == actual.Length, $"{name}: {expected.Length} departures on the event engine (run ended at {ended.EndTime:R}), {actual.Length} on the sample path");
            for (int k = 0; k < expected.Length; k++)
            {
                bool same = assemblyCase.HasFailures ? Close(expected[k], actual[k]) : expected[k] == actual[k];
                Assert.True(same, $"{name}, part {k} to leave it: event {expected[k]:R}, sample path {actual[k]:R}");
            }
        }
    }

    [Property(Arbitrary = [typeof(AssemblyArbitraries)], MaxTest = 300)]
    public void RunReplication_AssemblyLine_SameStatisticsAsEventEngine(AssemblyCase assemblyCase)
    {
        (ReplicationResult expected, DepartureRecorder _) = Run(assemblyCase, EngineSelection.Event);
        (ReplicationResult actual, DepartureRecorder _) = Run(assemblyCase, EngineSelection.SamplePath);

        AssertSameStatistics(expected, actual);
    }

    private static double[] InOrder(DepartureRecorder recorder, int station) =>
        [.. recorder.Departures.Where(d => d.Key.Station == station).OrderBy(d => d.Key.Part).Select(d => d.Value)];

    internal static (ReplicationResult Result, DepartureRecorder Departures) Run(AssemblyCase assemblyCase, EngineSelection engine)
    {
        var recorder = new DepartureRecorder();
        Simulation simulation = Simulation.Create(assemblyCase.Line, assemblyCase.Options with { Engine = engine });
        return (simulation.RunReplication(0, recorder), recorder);
    }
}
