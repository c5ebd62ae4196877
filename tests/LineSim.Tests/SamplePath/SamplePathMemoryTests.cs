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
        (long shortBytes, long longBytes) = RunLengthAllocation.Measure(shorter, longer);

        Assert.Equal(EngineKind.SamplePath, longer.Engine);
        Assert.True(longBytes <= shortBytes + RunLengthAllocation.Allowance, $"{shortBytes} bytes for 20,000 parts, {longBytes} for 200,000");
    }
}
