using LineSim.Execution.Compiled;
using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Execution;

/// <summary>
/// Progress within a replication: every engine tells how far its replication has come while it runs (so that a bar
/// moves within long replications), from 0 towards 1, in step with its clock or its parts; and telling it changes no
/// result.
/// </summary>
public sealed class ReplicationProgressTests
{
    public static TheoryData<string, bool, bool> Engines() => new()
    {
        { "serial event", false, false },
        { "serial event", false, true },
        { "plant event", true, false },
        { "serial sample path", false, false },
        { "assembly sample path", true, false },
        { "assembly sample path", true, true },
    };

    [Theory]
    [MemberData(nameof(Engines))]
    public void RunReplication_LongRun_ToldFractionsThatGrowTowardsOne(string engine, bool plant, bool toPartCount)
    {
        Simulation simulation = Create(engine, plant, toPartCount);
        var reports = new List<double>();

        // Every report passed on at once, and on this thread: the run is one replication.
        var progress = new ReplicationProgress(new Recorder(reports), replications: 1, reportEveryMilliseconds: 0);
        simulation.RunReplication(0, observer: null, leadTimes: null, progress);

        Assert.True(reports.Count >= 5, $"{engine}: {reports.Count} reports");
        Assert.All(reports, fraction => Assert.InRange(fraction, 0, 1));
        Assert.Equal(reports.Order(), reports);
        Assert.True(reports[^1] > 0.8, $"{engine}: the last report is {reports[^1]}");
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void RunReplication_WithProgress_SameResult(string engine, bool plant, bool toPartCount)
    {
        Simulation simulation = Create(engine, plant, toPartCount, length: 0.2);
        var progress = new ReplicationProgress(new Recorder([]), replications: 1, reportEveryMilliseconds: 0);

        ReplicationResult told = simulation.RunReplication(0, observer: null, leadTimes: null, progress);
        ReplicationResult alone = simulation.RunReplication(0);

        Assert.Equal(alone.PartsOut, told.PartsOut);
        Assert.Equal(alone.EndTime, told.EndTime);
        Assert.Equal(alone.ThroughputPerHour, told.ThroughputPerHour);
        Assert.Equal(alone.LeadTime, told.LeadTime);
    }

    [Fact]
    public void Run_SeveralReplications_ToldEachFinishedOneWhole()
    {
        var reports = new List<double>();
        Simulation simulation = Create("serial event", plant: false, toPartCount: false, replications: 3, length: 0.01);

        simulation.Run(new Recorder(reports));

        Assert.Equal(3, reports[^1]);
        Assert.Contains(1.0, reports);
        Assert.Contains(2.0, reports);
    }

    /// <summary>A run of <paramref name="length"/> times 8,000,000 s, or 160,000 parts.</summary>
    private static Simulation Create(string engine, bool plant, bool toPartCount, int replications = 1, double length = 1)
    {
        var options = new SimulationOptions
        {
            Seed = 3,
            Replications = replications,
            Warmup = 1_000,
            Duration = toPartCount ? null : length * 8_000_000,
            PartCount = toPartCount ? (long)(length * 160_000) : null,
            MaxDegreeOfParallelism = 1,
            Engine = engine.EndsWith("sample path", StringComparison.Ordinal) ? EngineSelection.SamplePath : EngineSelection.Event,
        };
        return Simulation.Create(plant ? Plant() : Line(), options);
    }

    /// <summary>Five exponential stations: about 160,000 parts and 1,600,000 events in the window.</summary>
    private static LineModel Line() => new()
    {
        TaktTime = 50,
        Stations = [.. Enumerable.Range(1, 5).Select(k => new Station($"S{k}", Distribution.Exponential(40)))],
        Buffers = [.. Enumerable.Range(1, 4).Select(k => new LineBuffer($"S{k}", 2))],
    };

    /// <summary>Two feeders into an assembly, and a station after it.</summary>
    private static LineModel Plant() => new()
    {
        TaktTime = 50,
        Stations =
        [
            new("A1", Distribution.Exponential(40)) { Inputs = [StationInput.FromSupply(Source.Unlimited)] },
            new("A2", Distribution.Exponential(40)) { Inputs = [StationInput.FromStation("A1", 2)] },
            new("B1", Distribution.Exponential(40)) { Inputs = [StationInput.FromSupply(Source.Unlimited)] },
            new("Join", Distribution.Exponential(40)) { Inputs = [StationInput.FromStation("A2", 2), StationInput.FromStation("B1", 2)] },
            new("After", Distribution.Exponential(40)),
        ],
        Buffers = [new("Join", 2)],
    };

    private sealed class Recorder(List<double> reports) : IProgress<double>
    {
        public void Report(double value) => reports.Add(value);
    }
}
