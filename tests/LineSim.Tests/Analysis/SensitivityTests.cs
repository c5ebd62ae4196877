using LineSim.Analysis;
using LineSim.Model;
using LineSim.Results;
using LineSim.Tests.Experiments;

namespace LineSim.Tests.Analysis;

/// <summary>
/// The throughput gained by speeding up each station of exponential lines, against the exact difference of the
/// throughputs of their Markov chains: each paired interval on common random numbers covers it.
/// </summary>
public sealed class SensitivityTests
{
    private static LineModel Line(double[] means, int[] buffers) => new()
    {
        Stations = [.. means.Select((mean, i) => new Station($"S{i + 1}", Distribution.Exponential(mean)))],
        Buffers = [.. buffers.Select((capacity, i) => new LineBuffer($"S{i + 1}", capacity))],
        TaktTime = 40,
    };

    [Theory]
    [InlineData(new[] { 55.0, 50.0 }, new[] { 1 })]
    [InlineData(new[] { 55.0, 50.0, 60.0 }, new[] { 1, 2 })]
    public void Run_ExponentialLine_GainsCoverTheExactDifferences(double[] means, int[] buffers)
    {
        var options = new SimulationOptions { Seed = 11, Replications = 20, Warmup = 5_000, Duration = 300_000 };

        SensitivityResult result = BottleneckSensitivity.Run(Line(means, buffers), options, new SensitivityOptions { Speedup = 0.1 });

        double exact = ExponentialLineChain.Throughput(means, buffers);
        for (int s = 0; s < means.Length; s++)
        {
            double[] faster = [.. means];
            faster[s] *= 0.9;
            double gain = ExponentialLineChain.Throughput(faster, buffers) - exact;
            Estimate measured = result.Stations[s].FasterGain;
            Assert.True(measured.Contains(gain), $"S{s + 1}: gain {measured}, exact {gain}");
            Assert.Null(result.Stations[s].RepairGain);
        }
    }

    [Fact]
    public void Run_LineWithOneSlowStation_SensitivityAgreesWithActivePeriods()
    {
        LineModel line = Line([30, 45, 30], [3, 3]) with
        {
            Stations = [new Station("S1", Distribution.Normal(30, 4)), new Station("S2", Distribution.Normal(45, 4), FailureModel.FromMeans(5_000, 300)), new Station("S3", Distribution.Normal(30, 4))],
        };

        SensitivityResult result = BottleneckSensitivity.Run(line, new SimulationOptions { Seed = 3, Replications = 5, Duration = 100_000 });

        Assert.Equal("S2", result.MostSensitive);
        Assert.True(result.Agree);
        Assert.NotNull(result.Stations[1].RepairGain);
        Assert.True(result.Stations[1].RepairGain!.Value.Mean > 0);
    }

    [Theory]
    [InlineData(0, 0.1, "Speedup")]
    [InlineData(1, 0.1, "Speedup")]
    [InlineData(0.1, double.NaN, "RepairCut")]
    public void Run_ShareOutOfRange_ThrowsNamingTheField(double speedup, double repairCut, string field)
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() =>
            BottleneckSensitivity.Run(Line([30, 30], [1]), new SimulationOptions(), new SensitivityOptions { Speedup = speedup, RepairCut = repairCut }));

        Assert.StartsWith(field + ":", error.Message, StringComparison.Ordinal);
    }
}
