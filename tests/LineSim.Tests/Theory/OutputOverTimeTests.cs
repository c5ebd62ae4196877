using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Theory;

public sealed class OutputOverTimeTests
{
    // Constant times 40, 55, 30 and 50 s: after the first part (out at 175 s), one part every 55 s.
    private static readonly LineModel s_line = new()
    {
        TaktTime = 55,
        Stations =
        [
            new("Load", Distribution.Constant(40)),
            new("Weld", Distribution.Constant(55)),
            new("Inspect", Distribution.Constant(30)),
            new("Unload", Distribution.Constant(50)),
        ],
    };

    [Theory]
    [InlineData(EngineSelection.Event)]
    [InlineData(EngineSelection.SamplePath)]
    public void Run_ConstantLine_EachIntervalOfTenCyclesHoldsTenParts(EngineSelection engine)
    {
        // Warm-up 1,010 s, then 20 intervals of 550 s (ten cycles each) and a last one of 100 s.
        var options = new SimulationOptions { Warmup = 1_010, Duration = 11_100, OutputInterval = 550, Replications = 2, Engine = engine };

        SimulationResult result = Simulation.Create(s_line, options).Run();

        ReplicationResult replication = result.ReplicationResults[0];
        Assert.Equal(21, replication.OutputPerInterval.Length);
        Assert.All(replication.OutputPerInterval.Take(20), count => Assert.Equal(10, count));
        Assert.Equal(replication.PartsOut, replication.OutputPerInterval.Sum());
        Assert.Equal(550, result.OutputInterval);
        Assert.All(result.ThroughputOverTime.Take(20), jph => Assert.Equal(3600.0 / 55, jph.Mean, 9));

        // The last interval is 100 s long: parts leave at 1,010 + 45 + 55 n, so once, at 12,010 + 45.
        Assert.Equal(2, replication.OutputPerInterval[20]);
        Assert.Equal(2 * 3600.0 / 100, result.ThroughputOverTime[20].Mean, 9);
    }

    [Fact]
    public void Run_ByPartCount_IntervalsCoverTheWindowItTook()
    {
        var options = new SimulationOptions { Warmup = 1_010, PartCount = 100, OutputInterval = 550, Replications = 1, Engine = EngineSelection.Event };

        ReplicationResult replication = Simulation.Create(s_line, options).RunReplication(0);

        Assert.Equal(100, replication.OutputPerInterval.Sum());
        Assert.Equal((int)Math.Ceiling(replication.ObservedTime / 550), replication.OutputPerInterval.Length);
    }

    [Theory]
    [InlineData(EngineSelection.Event)]
    [InlineData(EngineSelection.SamplePath)]
    public void Run_BufferLevelsPerInterval_AverageToTheWindowsLevel(EngineSelection engine)
    {
        var line = new LineModel
        {
            TaktTime = 55,
            Stations = [new("A", Distribution.Exponential(50)), new("B", Distribution.Exponential(52)), new("C", Distribution.Exponential(48))],
            Buffers = [new("A", 4), new("B", 2)],
        };
        var options = new SimulationOptions { Seed = 12, Replications = 1, Warmup = 2_000, Duration = 25_000, OutputInterval = 3_600, Engine = engine };

        ReplicationResult replication = Simulation.Create(line, options).RunReplication(0);

        foreach (BufferStatistics buffer in replication.Buffers)
        {
            Assert.Equal(7, buffer.AveragePerInterval.Length);
            Assert.All(buffer.AveragePerInterval, level => Assert.InRange(level, 0, buffer.Capacity));

            // Six full hours and a last interval of 3,400 s, weighted by their lengths, give the window's average.
            double weighted = buffer.AveragePerInterval.Take(6).Sum() * 3_600 + (buffer.AveragePerInterval[6] * 3_400);
            Assert.Equal(buffer.AverageLevel, weighted / 25_000, 9);
        }
    }

    [Fact]
    public void Create_IntervalNotPositive_NamesTheField()
    {
        var exception = Assert.Throws<ArgumentException>(() => Simulation.Create(s_line, new SimulationOptions { OutputInterval = 0 }));

        Assert.Contains("OutputInterval: must be greater than 0 seconds, got 0.", exception.Message, StringComparison.Ordinal);
    }
}
