using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Results;

/// <summary>A run's summary is the Student t estimate over its replications, field by field.</summary>
public sealed class SimulationResultTests
{
    private static readonly Lazy<SimulationResult> s_result = new(() =>
    {
        var line = new LineModel
        {
            Name = "Aggregation",
            TaktTime = 50,
            Stations =
            [
                new("Press", Distribution.Exponential(40), FailureModel.FromMeans(2_000, 100)),
                new("Weld", Distribution.Uniform(30, 60)),
                new("Paint", Distribution.Normal(45, 5)),
            ],
            Buffers = [new("Press", 2), new("Weld", 1)],
            Source = Source.Arrivals(Distribution.Exponential(45), 3),
        };
        return Simulation.Create(line, new SimulationOptions { Seed = 99, Replications = 5, Warmup = 1_000, Duration = 50_000 }).Run();
    });

    private static SimulationResult Result => s_result.Value;

    private static Estimate Over(Func<ReplicationResult, double> select) =>
        Estimate.From([.. Result.ReplicationResults.Select(select)]);

    [Fact]
    public void Run_FiveReplications_DescribesTheRun()
    {
        Assert.Equal("Aggregation", Result.Scenario);
        Assert.Equal(EngineKind.SamplePath, Result.Engine);
        Assert.Equal(99, Result.Seed);
        Assert.Equal(5, Result.Replications);
        Assert.Equal(1_000, Result.Warmup);
        Assert.Equal(50_000, Result.Duration);
        Assert.Equal(50, Result.TaktTime);
        Assert.Equal([0, 1, 2, 3, 4], Result.ReplicationResults.Select(r => r.Index));
    }

    [Fact]
    public void Run_FiveReplications_LineEstimatesAreOverReplications()
    {
        Assert.Equal(Over(r => r.ThroughputPerHour), Result.ThroughputPerHour);
        Assert.Equal(Over(r => r.PartsOut), Result.PartsOut);
        Assert.Equal(Over(r => r.TaktAttainment), Result.TaktAttainment);
        Assert.Equal(Over(r => r.WorkInProcess), Result.WorkInProcess);
        Assert.Equal(Over(r => r.LeadTime), Result.LeadTime);
        Assert.Equal(Over(r => r.LeadTimeP50), Result.LeadTimeP50);
        Assert.Equal(Over(r => r.LeadTimeP95), Result.LeadTimeP95);
        Assert.Equal(5, Result.ThroughputPerHour.Count);
        Assert.Equal(Result.ReplicationResults.Average(r => r.ThroughputPerHour), Result.ThroughputPerHour.Mean, 9);
    }

    [Fact]
    public void Run_FiveReplications_StationAndBufferEstimatesAreOverReplications()
    {
        for (int s = 0; s < 3; s++)
        {
            StationSummary station = Result.Stations[s];
            Assert.Equal(Result.ReplicationResults[0].Stations[s].Name, station.Name);
            Assert.Equal(Over(r => r.Stations[s].Working), station.Working);
            Assert.Equal(Over(r => r.Stations[s].Starved), station.Starved);
            Assert.Equal(Over(r => r.Stations[s].Blocked), station.Blocked);
            Assert.Equal(Over(r => r.Stations[s].Down), station.Down);
            Assert.Equal(Over(r => 1 - r.Stations[s].Down), station.Availability);
        }

        for (int b = 0; b < 2; b++)
        {
            BufferSummary buffer = Result.Buffers[b];
            Assert.Equal(Over(r => r.Buffers[b].AverageLevel), buffer.AverageLevel);
            Assert.Equal(Over(r => r.Buffers[b].FullFraction), buffer.FullFraction);
            Assert.Equal(Over(r => r.Buffers[b].EmptyFraction), buffer.EmptyFraction);
        }

        Assert.Equal(("Press", "Weld", 2), (Result.Buffers[0].After, Result.Buffers[0].Before, Result.Buffers[0].Capacity));
        Assert.Equal(("Weld", "Paint", 1), (Result.Buffers[1].After, Result.Buffers[1].Before, Result.Buffers[1].Capacity));
        BufferSummary input = Assert.IsType<BufferSummary>(Result.InputBuffer);
        Assert.Equal(Over(r => r.InputBuffer!.AverageLevel), input.AverageLevel);
        Assert.Equal(3, input.Capacity);
    }

    [Fact]
    public void Run_FiveReplications_TaktAttainmentIsThroughputTimesTakt()
    {
        Assert.All(Result.ReplicationResults, r => Assert.Equal(r.ThroughputPerHour * 50 / 3600, r.TaktAttainment, 12));
    }

    [Fact]
    public void Bottleneck_IsTheStationBusiestWorkingOrDown()
    {
        StationSummary expected = Result.Stations.MaxBy(s => s.Working.Mean + s.Down.Mean)!;

        Assert.Equal(expected.Name, Result.Bottleneck.Name);
    }

    [Fact]
    public void Run_Progress_ReportsEachReplication()
    {
        var line = new LineModel { TaktTime = 50, Stations = [new("A", Distribution.Exponential(40))] };
        var reports = new List<double>();
        var progress = new SynchronousProgress(reports);

        Simulation.Create(line, new SimulationOptions { Replications = 4, Duration = 1_000, MaxDegreeOfParallelism = 1 }).Run(progress);

        Assert.Equal([1, 2, 3, 4], reports);
    }

    private sealed class SynchronousProgress(List<double> reports) : IProgress<double>
    {
        public void Report(double value) => reports.Add(value);
    }
}
