using LineSim.Model;

namespace LineSim.Tests.SamplePath;

public sealed class SamplePathMemoryTests
{
    [Fact]
    public void RunReplication_TenTimesLonger_AllocatesNoMore()
    {
        LineModel line = ReferenceLines.Line(stations: 10, buffer: 5);
        Simulation shorter = Simulation.Create(line, new SimulationOptions { Replications = 1, PartCount = 20_000 });
        Simulation longer = Simulation.Create(line, new SimulationOptions { Replications = 1, PartCount = 200_000 });
        shorter.RunReplication(0);
        longer.RunReplication(0);

        long before = GC.GetAllocatedBytesForCurrentThread();
        shorter.RunReplication(0);
        long shortBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        longer.RunReplication(0);
        long longBytes = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(EngineKind.SamplePath, longer.Engine);
        Assert.True(longBytes <= shortBytes + 1_024, $"{shortBytes} bytes for 20,000 parts, {longBytes} for 200,000");
    }
}
