using FsCheck.Xunit;
using LineSim.Model;
using LineSim.Results;
using static LineSim.Tests.SamplePath.EngineAgreement;

namespace LineSim.Tests.SamplePath;

public sealed class SamplePathEquivalenceTests
{
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
        AssertSameStatistics(expected, actual);
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

    private static (ReplicationResult Result, DepartureRecorder Departures) Run(EngineCase engineCase, EngineSelection engine)
    {
        var recorder = new DepartureRecorder();
        Simulation simulation = Simulation.Create(engineCase.Line, engineCase.Options with { Engine = engine });
        return (simulation.RunReplication(0, recorder), recorder);
    }
}
