using FsCheck.Xunit;
using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.SamplePath;

public sealed class SamplePathEquivalenceTests
{
    private const double Tolerance = 1e-9;

    [Property(Arbitrary = [typeof(SamplePathArbitraries)], MaxTest = 300)]
    public void RunReplication_EligibleLine_SameDeparturesAsEventEngine(EngineCase engineCase)
    {
        (ReplicationResult ended, DepartureRecorder events) = Run(engineCase, EngineSelection.Event);
        (ReplicationResult _, DepartureRecorder path) = Run(engineCase, EngineSelection.SamplePath);

        foreach (((int station, long part), double _) in path.Departures)
        {
            Assert.True(events.Departures.ContainsKey((station, part)), $"part {part} at station {station}: in the sample path only; the event engine's run ended at {ended.EndTime:R}");
        }

        foreach (((int station, long part), double time) in events.Departures)
        {
            Assert.True(path.Departures.TryGetValue((station, part), out double pathTime), $"part {part} at station {station}: no sample-path departure");
            if (engineCase.HasFailures)
            {
                Assert.True(Close(time, pathTime), $"part {part} at station {station}: event {time:R}, sample path {pathTime:R}");
            }
            else
            {
                Assert.True(time == pathTime, $"part {part} at station {station}: event {time:R}, sample path {pathTime:R}");
            }
        }
    }

    [Property(Arbitrary = [typeof(SamplePathArbitraries)], MaxTest = 300)]
    public void RunReplication_EligibleLine_SameStatisticsAsEventEngine(EngineCase engineCase)
    {
        (ReplicationResult expected, DepartureRecorder _) = Run(engineCase, EngineSelection.Event);
        (ReplicationResult actual, DepartureRecorder _) = Run(engineCase, EngineSelection.SamplePath);

        Assert.Equal(EngineKind.Event, expected.Engine);
        Assert.Equal(EngineKind.SamplePath, actual.Engine);
        AssertClose(expected.ObservedTime, actual.ObservedTime, "ObservedTime");
        AssertClose(expected.EndTime, actual.EndTime, "EndTime");
        Assert.Equal(expected.Released, actual.Released);
        Assert.Equal(expected.Completed, actual.Completed);
        Assert.Equal(expected.WorkInProcessAtEnd, actual.WorkInProcessAtEnd);
        Assert.Equal(expected.PartsOut, actual.PartsOut);
        AssertClose(expected.ThroughputPerHour, actual.ThroughputPerHour, "ThroughputPerHour");
        AssertClose(expected.TaktAttainment, actual.TaktAttainment, "TaktAttainment");
        AssertClose(expected.WorkInProcess, actual.WorkInProcess, "WorkInProcess");
        AssertClose(expected.LeadTime, actual.LeadTime, "LeadTime");
        Assert.Equal(expected.OutputPerInterval.ToArray(), actual.OutputPerInterval.ToArray());
        AssertClose(expected.LeadTimeP50, actual.LeadTimeP50, "LeadTimeP50");
        AssertClose(expected.LeadTimeP95, actual.LeadTimeP95, "LeadTimeP95");
        for (int i = 0; i < expected.Stations.Length; i++)
        {
            StationStatistics e = expected.Stations[i];
            StationStatistics a = actual.Stations[i];
            AssertClose(e.Working, a.Working, $"{e.Name}.Working");
            AssertClose(e.Starved, a.Starved, $"{e.Name}.Starved");
            AssertClose(e.Blocked, a.Blocked, $"{e.Name}.Blocked");
            AssertClose(e.Down, a.Down, $"{e.Name}.Down");
            Assert.True(e.PartsProcessed == a.PartsProcessed, $"{e.Name}.PartsProcessed: event {e.PartsProcessed}, sample path {a.PartsProcessed}");
            Assert.True(e.Failures == a.Failures, $"{e.Name}.Failures: event {e.Failures}, sample path {a.Failures}");
        }

        for (int j = 0; j < expected.Buffers.Length; j++)
        {
            AssertSameBuffer(expected.Buffers[j], actual.Buffers[j]);
        }

        Assert.Equal(expected.InputBuffer is null, actual.InputBuffer is null);
        if (expected.InputBuffer is { } input)
        {
            AssertSameBuffer(input, actual.InputBuffer!);
        }
    }

    [Theory]
    [InlineData(BlockingPolicy.AfterService, null)]
    [InlineData(BlockingPolicy.BeforeService, null)]
    [InlineData(BlockingPolicy.AfterService, 1_500)]
    [InlineData(BlockingPolicy.BeforeService, 3_000)]
    public void RunReplication_BuffersLargerThanInitialRings_SameAsEventEngine(BlockingPolicy blocking, int? inputCapacity)
    {
        // A fast station feeding a slow one fills a buffer of 1,500 past the sample-path engine's first ring of
        // 1,024 places, so its rings grow; with arrivals faster than the line the input buffer fills the same way.
        var line = new LineModel
        {
            TaktTime = 55,
            Blocking = blocking,
            Source = inputCapacity is { } capacity ? Source.Arrivals(Distribution.Exponential(8), capacity) : Source.Unlimited,
            Stations = [new("Fast", Distribution.Exponential(10)), new("Slow", Distribution.Exponential(20)), new("Last", Distribution.Uniform(5, 15))],
            Buffers = [new("Fast", 1_500), new("Slow", 1_100)],
        };
        var engineCase = new EngineCase(line, new SimulationOptions { Seed = 11, Replications = 1, Warmup = 1_000, Duration = 100_000 });

        (ReplicationResult expected, DepartureRecorder events) = Run(engineCase, EngineSelection.Event);
        (ReplicationResult actual, DepartureRecorder path) = Run(engineCase, EngineSelection.SamplePath);

        Assert.True(expected.Buffers[0].FullFraction > 0.1, $"the buffer should fill, full {expected.Buffers[0].FullFraction}");
        Assert.Equal(events.Departures.Count, path.Departures.Count);
        foreach (((int station, long part), double time) in events.Departures)
        {
            Assert.True(path.Departures[(station, part)] == time, $"part {part} at station {station}");
        }

        Assert.Equal(expected.Released, actual.Released);
        AssertClose(expected.Buffers[0].AverageLevel, actual.Buffers[0].AverageLevel, "AverageLevel");
        AssertClose(expected.Buffers[0].FullFraction, actual.Buffers[0].FullFraction, "FullFraction");
        AssertClose(expected.Buffers[0].EmptyFraction, actual.Buffers[0].EmptyFraction, "EmptyFraction");
        if (expected.InputBuffer is { } input)
        {
            AssertSameBuffer(input, actual.InputBuffer!);
        }
    }

    private static void AssertSameBuffer(BufferStatistics expected, BufferStatistics actual)
    {
        string name = $"buffer before {expected.Before}";
        Assert.Equal(expected.Capacity, actual.Capacity);
        AssertClose(expected.AverageLevel, actual.AverageLevel, $"{name}.AverageLevel");
        AssertClose(expected.FullFraction, actual.FullFraction, $"{name}.FullFraction");
        AssertClose(expected.EmptyFraction, actual.EmptyFraction, $"{name}.EmptyFraction");
        Assert.Equal(expected.AveragePerInterval.Length, actual.AveragePerInterval.Length);
        for (int k = 0; k < expected.AveragePerInterval.Length; k++)
        {
            AssertClose(expected.AveragePerInterval[k], actual.AveragePerInterval[k], $"{name}.AveragePerInterval[{k}]");
        }
    }

    private static (ReplicationResult Result, DepartureRecorder Departures) Run(EngineCase engineCase, EngineSelection engine)
    {
        var recorder = new DepartureRecorder();
        Simulation simulation = Simulation.Create(engineCase.Line, engineCase.Options with { Engine = engine });
        return (simulation.RunReplication(0, recorder), recorder);
    }

    private static bool Close(double expected, double actual) =>
        (double.IsNaN(expected) && double.IsNaN(actual))
        || Math.Abs(expected - actual) <= Tolerance * Math.Max(1, Math.Max(Math.Abs(expected), Math.Abs(actual)));

    private static void AssertClose(double expected, double actual, string what) =>
        Assert.True(Close(expected, actual), $"{what}: event {expected:R}, sample path {actual:R}");
}
