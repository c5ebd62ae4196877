using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Results;

public sealed class LeadTimeHistogramTests
{
    private static readonly LineModel s_randomLine = new()
    {
        TaktTime = 55,
        Stations =
        [
            new("A", Distribution.Exponential(50)),
            new("B", Distribution.LogNormal(mean: 45, stdDev: 10), FailureModel.FromMeans(mtbf: 2_000, mttr: 150)),
            new("C", Distribution.Uniform(min: 30, max: 55)),
        ],
        Buffers = [new("A", 3), new("B", 2)],
    };

    [Fact]
    public void Run_RandomLine_BinsHoldTheShortestNinetyNinePercentOfAllPartsOut()
    {
        SimulationResult result = Simulation.Create(s_randomLine, new SimulationOptions { Seed = 3, Replications = 4, Warmup = 1_000, Duration = 50_000 }).Run();

        long partsOut = result.ReplicationResults.Sum(r => r.PartsOut);
        long binned = result.LeadTimeHistogram.Sum(b => b.Count);
        Assert.Equal(40, result.LeadTimeHistogram.Length);

        // From the shortest lead time to the 99th percentile: 99% of the parts, within the histogram's bucket precision.
        Assert.InRange(binned, (long)(0.985 * partsOut), (long)(0.995 * partsOut));
        Assert.True(result.LeadTimeHistogram[0].From < result.LeadTimeP50.Mean);
        Assert.True(result.LeadTimeHistogram[^1].To > result.LeadTimeP95.Mean);
        for (int b = 1; b < 40; b++)
        {
            Assert.Equal(result.LeadTimeHistogram[b - 1].To, result.LeadTimeHistogram[b].From, 9);
        }
    }

    [Fact]
    public void Run_AnyNumberOfThreads_GivesTheSameHistogram()
    {
        var options = new SimulationOptions { Seed = 8, Replications = 6, Duration = 20_000 };

        SimulationResult one = Simulation.Create(s_randomLine, options with { MaxDegreeOfParallelism = 1 }).Run();
        SimulationResult four = Simulation.Create(s_randomLine, options with { MaxDegreeOfParallelism = 4 }).Run();

        Assert.Equal(one.LeadTimeHistogram.ToArray(), four.LeadTimeHistogram.ToArray());
    }

    [Fact]
    public void Run_ConstantLine_OneBinHoldsEveryPart()
    {
        var line = new LineModel { TaktTime = 55, Stations = [new("A", Distribution.Constant(40)), new("B", Distribution.Constant(55))] };

        SimulationResult result = Simulation.Create(line, new SimulationOptions { Replications = 2, Warmup = 1_010, Duration = 5_500 }).Run();

        HistogramBin bin = Assert.Single(result.LeadTimeHistogram);
        Assert.Equal(result.ReplicationResults.Sum(r => r.PartsOut), bin.Count);
        Assert.Equal(result.LeadTime.Mean, bin.From, 9);
    }
}
