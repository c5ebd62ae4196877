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
        (long shortBytes, long longBytes) = RunLengthAllocation.Measure(shorter, longer);

        Assert.Equal(EngineKind.SamplePath, longer.Engine);
        Assert.True(longBytes <= shortBytes + RunLengthAllocation.Allowance, $"{shortBytes} bytes for 2,000 parts, {longBytes} for 20,000");
    }
}
