using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Theory;

/// <summary>
/// Exponential arrivals (mean a) into an input buffer of K places before one exponential station (mean p). A full
/// input buffer holds the source back, and its next interarrival time starts when the held part enters: the source is
/// then a station blocked after service. With k the parts in the input buffer and on the station (0 .. K + 1), plus one
/// while the source holds a part (k = K + 2), k goes up at rate 1/a (k &lt; K + 2) and down at rate 1/p (k &gt; 0): the
/// birth-death chain of two stations with a buffer of K under blocking after service, with its throughput.
/// </summary>
public sealed class InputBufferTests
{
    private static SimulationResult Run(double interarrival, double processing, int inputCapacity)
    {
        var line = new LineModel
        {
            TaktTime = 55,
            Source = Source.Arrivals(Distribution.Exponential(interarrival), inputCapacity),
            Stations = [new("Weld", Distribution.Exponential(processing))],
        };

        return Simulation.Create(line, new SimulationOptions { Seed = 13, Replications = 40, Warmup = 10_000, Duration = 2_000_000 }).Run();
    }

    [Theory]
    [InlineData(40, 55, 0)]
    [InlineData(40, 55, 2)]
    [InlineData(55, 55, 1)]
    [InlineData(60, 45, 3)]
    public void Run_ArrivalsIntoABoundedInputBuffer_ThroughputIsThatOfTheBlockedSourcesChain(double interarrival, double processing, int inputCapacity)
    {
        SimulationResult result = Run(interarrival, processing, inputCapacity);

        double exact = TwoStationLineTests.BirthDeathThroughput(interarrival, processing, inputCapacity + 2);
        Assert.True(result.ThroughputPerHour.Contains(exact), $"{result.ThroughputPerHour} should contain {exact}");
    }

    [Fact]
    public void Run_ArrivalsIntoABoundedInputBuffer_BufferIsFullWhileTheSourceMayBeHeld()
    {
        // K = 2, equal means: the chain's five states 0 .. 4 are equally likely; the input buffer is full (2 parts) in
        // states 3 and 4, empty in 0 and 1, and holds k - 1 parts in state k otherwise.
        BufferSummary input = Assert.IsType<BufferSummary>(Run(55, 55, 2).InputBuffer);

        Assert.Equal(2, input.Capacity);
        Assert.True(input.FullFraction.Contains(2.0 / 5), $"full {input.FullFraction} should contain 0.4");
        Assert.True(input.EmptyFraction.Contains(2.0 / 5), $"empty {input.EmptyFraction} should contain 0.4");
        Assert.True(input.AverageLevel.Contains((1.0 + 2 + 2) / 5), $"level {input.AverageLevel} should contain 1");
    }
}
