using LineSim.Model;

namespace LineSim.Tests.SamplePath;

public sealed class ReferenceLinesTests
{
    [Fact]
    public void Line_TenStationsBufferFive_BuildsReferenceModel()
    {
        LineModel line = ReferenceLines.Line(10, 5);

        Assert.Equal("LINE(10,5)", line.Name);
        Assert.Equal(10, line.Stations.Length);
        Assert.All(line.Stations, s => Assert.Equal(55, s.ProcessingTime.Mean));
        Assert.All(line.BufferCapacities(), b => Assert.Equal(5, b));
        Assert.Equal(BlockingPolicy.AfterService, line.Blocking);
        Assert.True(line.Source.IsUnlimited);
    }

    [Theory]
    [InlineData(0, 5, "stations")]
    [InlineData(3, -1, "buffer")]
    public void Line_OutOfRange_ThrowsNamingArgument(int stations, int buffer, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ReferenceLines.Line(stations, buffer));

        Assert.Equal(parameter, error.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Run_TwoStationReferenceLine_MatchesExactThroughput(int buffer)
    {
        var options = new SimulationOptions { Seed = 3, Replications = 10, Warmup = 5_000, Duration = 2_000_000 };
        var result = Simulation.Create(ReferenceLines.Line(2, buffer), options).Run();

        double exact = 3600.0 / 55 * (buffer + 2) / (buffer + 3);
        Assert.True(result.ThroughputPerHour.Contains(exact), $"{result.ThroughputPerHour} should contain {exact}");
    }
}
