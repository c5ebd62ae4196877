using System.Globalization;
using LineSim.Model;

namespace LineSim.Tests.SamplePath;

public sealed class AssemblyMemoryTests
{
    /// <summary>Two feeder lines of 5 exponential stations (buffers of 5) into an assembly station, then 4 stations.</summary>
    internal static LineModel Line()
    {
        var stations = new List<Station>();
        var buffers = new List<LineBuffer>();
        foreach (string feeder in new[] { "A", "B" })
        {
            for (int k = 1; k <= 5; k++)
            {
                var station = new Station(string.Create(CultureInfo.InvariantCulture, $"{feeder}{k}"), Distribution.Exponential(50));
                stations.Add(k == 1 ? station with { Inputs = [StationInput.FromSupply(Source.Unlimited)] } : station);
                if (k < 5)
                {
                    buffers.Add(new LineBuffer(station.Name, 5));
                }
            }
        }

        stations.Add(new Station("Assembly", Distribution.Exponential(50), FailureModel.FromMeans(3_600, 300))
        {
            Inputs = [StationInput.FromStation("A5", 5), StationInput.FromStation("B5", 5)],
        });
        buffers.Add(new LineBuffer("Assembly", 5));
        for (int k = 1; k <= 4; k++)
        {
            stations.Add(new Station(string.Create(CultureInfo.InvariantCulture, $"C{k}"), Distribution.Exponential(50)));
            buffers.Add(new LineBuffer(stations[^1].Name, 5));
        }

        buffers.RemoveAt(buffers.Count - 1);
        return new LineModel { Name = "Assembly line", TaktTime = 55, Stations = [.. stations], Buffers = [.. buffers] };
    }

    [Fact]
    public void RunReplication_TenTimesLonger_AllocatesNoMore()
    {
        Simulation shorter = Simulation.Create(Line(), new SimulationOptions { Replications = 1, PartCount = 2_000 });
        Simulation longer = Simulation.Create(Line(), new SimulationOptions { Replications = 1, PartCount = 20_000 });
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
        // As in SamplePathMemoryTests: 18,000 more parts out are 270,000 more station completions, so even one
        // allocation per thousand completions would exceed the few KB the runtime may allocate for other reasons.
        Assert.True(longBytes <= shortBytes + 4_096, $"{shortBytes} bytes for 2,000 parts, {longBytes} for 20,000");
    }
}
