using LineSim.Model;

namespace LineSim.Tests.Theory;

public sealed class TwoStationLineTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5)]
    public void Run_TwoExponentialStations_ThroughputIsMuTimesBPlus2OverBPlus3(int buffer)
    {
        const double mean = 55;
        var line = new LineModel
        {
            TaktTime = 55,
            Stations = [new("A", Distribution.Exponential(mean)), new("B", Distribution.Exponential(mean))],
            Buffers = [new("A", buffer)],
        };

        var result = Simulation.Create(line, new SimulationOptions { Seed = 7, Replications = 20, Warmup = 10_000, Duration = 2_000_000 }).Run();

        double exact = 3600 / mean * (buffer + 2) / (buffer + 3);
        Assert.True(result.ThroughputPerHour.Contains(exact), $"{result.ThroughputPerHour} should contain {exact}");
    }
}
