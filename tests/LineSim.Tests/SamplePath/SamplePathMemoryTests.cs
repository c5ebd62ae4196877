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

        // What grows with the run's length is allocated at every try; what the runtime allocates once in a while on
        // this thread (a type loaded lazily, a method compiled again with its profile) is not: one try of three must pass.
        long shortBytes = 0;
        long longBytes = long.MaxValue;
        for (int attempt = 0; attempt < 3 && longBytes > shortBytes + 4_096; attempt++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            shorter.RunReplication(0);
            shortBytes = GC.GetAllocatedBytesForCurrentThread() - before;
            before = GC.GetAllocatedBytesForCurrentThread();
            longer.RunReplication(0);
            longBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Assert.Equal(EngineKind.SamplePath, longer.Engine);
        // As in Engine/AllocationTests: a few KB covers what the runtime may allocate on this thread for reasons other
        // than the run's length (a type loaded lazily on the first path through a rare branch); 180,000 more parts
        // are 1.8 million more completions, so even one allocation per thousand completions would exceed it.
        Assert.True(longBytes <= shortBytes + 4_096, $"{shortBytes} bytes for 20,000 parts, {longBytes} for 200,000");
    }
}
