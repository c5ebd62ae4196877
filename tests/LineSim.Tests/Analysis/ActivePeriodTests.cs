using System.Collections.Immutable;
using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Analysis;

/// <summary>Lines whose bottleneck is known: the active period method names it, shares it or shows it shifting.</summary>
public sealed class ActivePeriodTests
{
    private static SimulationResult Run(LineModel line, int replications = 5, double duration = 200_000) =>
        Simulation.Create(line, new SimulationOptions { Seed = 7, Replications = replications, Warmup = 5_000, Duration = duration, AnalyseBottlenecks = true }).Run();

    private static LineModel Line(params Station[] stations) => new()
    {
        Stations = [.. stations],
        Buffers = [.. stations[..^1].Select(s => new LineBuffer(s.Name, 3))],
        TaktTime = 40,
    };

    [Fact]
    public void Run_OneStationSlower_NamesItWithSoleShareAboveHalf()
    {
        SimulationResult result = Run(Line(
            new Station("A", Distribution.Normal(30, 5)),
            new Station("B", Distribution.Normal(45, 5)),
            new Station("C", Distribution.Normal(30, 5))));

        Assert.Equal("B", result.BottleneckName);
        Assert.True(result.Bottlenecks[0].Sole.Mean > 0.5, $"sole {result.Bottlenecks[0].Sole}");
    }

    [Fact]
    public void Run_StationWithLongRepairs_NamesItWithSoleShareAboveHalf()
    {
        SimulationResult result = Run(Line(
            new Station("A", Distribution.Normal(30, 3)),
            new Station("B", Distribution.Normal(30, 3)),
            new Station("C", Distribution.Normal(30, 3), FailureModel.FromMeans(mtbf: 3_000, mttr: 3_000, FailureMode.TimeDependent)),
            new Station("D", Distribution.Normal(33, 3))));

        Assert.Equal("C", result.BottleneckName);
        Assert.True(result.Bottlenecks[0].Sole.Mean > 0.5, string.Join("; ", result.Bottlenecks));
    }

    [Fact]
    public void Run_TwoEqualStations_ShareTheBottleneck()
    {
        SimulationResult result = Run(Line(
            new Station("A", Distribution.Exponential(20)),
            new Station("B", Distribution.Exponential(40)),
            new Station("C", Distribution.Exponential(20)),
            new Station("D", Distribution.Exponential(40))), replications: 10);

        BottleneckSummary b = result.Bottlenecks.Single(x => x.Station == "B");
        BottleneckSummary d = result.Bottlenecks.Single(x => x.Station == "D");
        Assert.Equal(["B", "D"], result.Bottlenecks.Take(2).Select(x => x.Station).Order());
        double shareB = b.Sole.Mean + b.Shifting.Mean;
        double shareD = d.Sole.Mean + d.Shifting.Mean;
        Assert.True(shareB > 0.3 && shareD > 0.3, $"B {shareB}, D {shareD}");
        Assert.True(Math.Abs(shareB - shareD) < 0.15, $"B {shareB}, D {shareD}");
    }

    [Fact]
    public void Run_BottleneckAlternatesByVariant_ShowsShifting()
    {
        ImmutableArray<string> sequence = [.. Enumerable.Repeat("X", 30), .. Enumerable.Repeat("Y", 30)];
        LineModel line = Line(
            new Station("A", Distribution.Normal(30, 2)) { ProcessingTimeByVariant = ImmutableDictionary<string, Distribution>.Empty.Add("X", Distribution.Normal(45, 2)) },
            new Station("B", Distribution.Normal(30, 2)),
            new Station("C", Distribution.Normal(30, 2)) { ProcessingTimeByVariant = ImmutableDictionary<string, Distribution>.Empty.Add("Y", Distribution.Normal(45, 2)) }) with
        {
            Variants = ProductMix.BySequence(sequence),
        };

        SimulationResult result = Run(line);

        BottleneckSummary a = result.Bottlenecks.Single(x => x.Station == "A");
        BottleneckSummary c = result.Bottlenecks.Single(x => x.Station == "C");
        Assert.True(a.Sole.Mean > 0.2 && c.Sole.Mean > 0.2, $"A {a.Sole}, C {c.Sole}");
        Assert.True(a.Shifting.Lower > 0 && c.Shifting.Lower > 0, $"A {a.Shifting}, C {c.Shifting}");
    }

    // The model has no station that is slower, or crewed, in one shift only; a daily maintenance window in the late shift
    // is what it has that is tied to a shift, and it makes C the bottleneck of the late shift while B is the early one's.
    [Fact]
    public void Run_BottleneckAlternatesByShift_ShowsShifting()
    {
        DayOfWeek[] everyDay = Enum.GetValues<DayOfWeek>();
        LineModel line = Line(
            new Station("A", Distribution.Normal(30, 2)),
            new Station("B", Distribution.Normal(36, 2)),
            new Station("C", Distribution.Normal(30, 2)) { Maintenance = [new MaintenanceWindow(First: 16 * 3_600, Every: 86_400, Duration: 2 * 3_600)] }) with
        {
            Calendar = new ShiftCalendar([new Shift("Early", [.. everyDay], 6 * 3_600, 8 * 3_600), new Shift("Late", [.. everyDay], 14 * 3_600, 8 * 3_600)]),
        };

        SimulationResult result = Simulation.Create(line, new SimulationOptions { Seed = 7, Replications = 5, Duration = 10 * 86_400, AnalyseBottlenecks = true }).Run();

        BottleneckSummary b = result.Bottlenecks.Single(x => x.Station == "B");
        BottleneckSummary c = result.Bottlenecks.Single(x => x.Station == "C");
        Assert.Equal("B", result.BottleneckName);
        Assert.True(b.Sole.Mean > 0.5 && c.Sole.Mean > 0.05, $"B {b.Sole}, C {c.Sole}");
        Assert.True(b.Shifting.Lower > 0 && c.Shifting.Lower > 0, $"B {b.Shifting}, C {c.Shifting}");
        Assert.Contains(result.Losses, l => l.Cause == LossCause.Maintenance && l.Station == "C" && l.ThroughputPerHour.Lower > 0);
    }

    [Fact]
    public void Run_LineAtTaktWithoutLosses_ReportsNone()
    {
        LineModel line = Line(
            new Station("A", Distribution.Constant(40)),
            new Station("B", Distribution.Constant(40)),
            new Station("C", Distribution.Constant(40)));

        SimulationResult result = Simulation.Create(line, new SimulationOptions { Replications = 2, Warmup = 400, Duration = 40_000, AnalyseBottlenecks = true }).Run();

        Assert.Equal(90, result.ThroughputPerHour.Mean, 9);
        Assert.All(result.Losses, loss => Assert.True(Math.Abs(loss.ThroughputPerHour.Mean) < 1e-9, $"{loss}"));
    }

    [Fact]
    public void Run_AnyLine_LossesSumToTheGapFromTakt()
    {
        SimulationResult result = Run(Line(
            new Station("A", Distribution.Exponential(30), FailureModel.FromMeans(2_000, 300)),
            new Station("B", Distribution.Exponential(35)),
            new Station("C", Distribution.Exponential(30))));

        foreach (ReplicationResult r in result.ReplicationResults)
        {
            double sum = r.Losses.Sum(l => l.ThroughputPerHour);
            Assert.Equal((3_600 / 40.0) - r.ThroughputPerHour, sum, 9);
        }

        Assert.Contains(result.Losses, l => l.Cause == LossCause.Failure && l.Station == "A");
    }
}
