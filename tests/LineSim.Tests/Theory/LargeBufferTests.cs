using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Theory;

/// <summary>
/// With large buffers the stations decouple and the line runs at its slowest station's rate. Means 40, 60, 45 s with
/// buffers of 60: the 60 s station is starved with probability of order (40/60)^60 and blocked with probability of
/// order (45/60)^60, both far below the run's resolution, so throughput is 3600 / 60 = 60 per hour.
/// </summary>
public sealed class LargeBufferTests
{
    [Theory]
    [InlineData(BlockingPolicy.AfterService)]
    [InlineData(BlockingPolicy.BeforeService)]
    public void Run_LargeBuffers_ThroughputIsTheSlowestStationsRate(BlockingPolicy blocking)
    {
        var line = new LineModel
        {
            TaktTime = 60,
            Blocking = blocking,
            Stations =
            [
                new("A", Distribution.Exponential(40)),
                new("B", Distribution.Exponential(60)),
                new("C", Distribution.Exponential(45)),
            ],
            Buffers = [new("A", 60), new("B", 60)],
        };

        // The buffer before B fills at 1/40 - 1/60 parts per second: about 7,200 s to fill; warm up well beyond.
        SimulationResult result = Simulation.Create(line, new SimulationOptions { Seed = 17, Replications = 10, Warmup = 50_000, Duration = 1_000_000 }).Run();

        Assert.True(result.ThroughputPerHour.Contains(60), $"{result.ThroughputPerHour} should contain 60");
        Assert.True(result.Stations[1].Working.Contains(1), $"{result.Stations[1].Working} should contain 1");
        Assert.Equal("B", result.Bottleneck.Name);
    }
}
