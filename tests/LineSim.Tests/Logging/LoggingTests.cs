using LineSim.Model;
using LineSim.Results;
using LineSim.Tests.Properties;
using Microsoft.Extensions.Logging;

namespace LineSim.Tests.Logging;

/// <summary>
/// Logging through the <see cref="ILoggerFactory"/> given to <see cref="Simulation.Create"/>: the run is announced at
/// Information, each replication at Debug, and every event at Trace; a logger that filters out Trace is asked once per
/// replication, not once per event, and logging never changes a result.
/// </summary>
public sealed class LoggingTests
{
    // Load 40 s, Weld 50 s, Unload 30 s, no buffers: Load blocks behind Weld; Weld fails after each 120 s of
    // processing (during its third part) and is repaired in 60 s.
    private static readonly LineModel s_line = new()
    {
        Name = "Traced cell",
        TaktTime = 55,
        Stations =
        [
            new("Load", Distribution.Constant(40)),
            new("Weld", Distribution.Constant(50), new FailureModel(Distribution.Constant(120), Distribution.Constant(60))),
            new("Unload", Distribution.Constant(30)),
        ],
    };

    private static SimulationOptions Options(long parts) => new() { Seed = 5, Replications = 1, PartCount = parts, Engine = EngineSelection.Event };

    [Fact]
    public void Run_TraceEnabled_LogsEveryEventAtTrace()
    {
        var factory = new RecordingLoggerFactory(LogLevel.Trace);

        Simulation.Create(s_line, Options(5), factory).Run();

        IReadOnlyList<LogEntry> entries = factory.Entries;
        Assert.Single(entries, e => e is { EventId: 1, Level: LogLevel.Information } && e.Message.StartsWith("Simulating 'Traced cell' with the Event engine", StringComparison.Ordinal));
        Assert.Single(entries, e => e is { EventId: 2, Level: LogLevel.Information });
        Assert.Single(entries, e => e is { EventId: 3, Level: LogLevel.Debug });
        Assert.All(entries.Where(e => e.EventId >= 10), e => Assert.Equal(LogLevel.Trace, e.Level));

        string[] left = [.. entries.Where(e => e.EventId == 16).Select(e => e.Message)];
        Assert.Equal(5, left.Length);
        Assert.Equal("t=120.000 part 0 left the line after 120.000 s", left[0]);
        Assert.Contains(entries, e => e is { EventId: 10 } && e.Message == "t=0.000 part 0 entered the line");
        Assert.Contains(entries, e => e is { EventId: 11 } && e.Message == "t=40.000 station Weld started part 0, done at t=90.000");
        Assert.Contains(entries, e => e is { EventId: 12 } && e.Message == "t=90.000 station Weld finished part 0");
        Assert.Contains(entries, e => e is { EventId: 13 } && e.Message.EndsWith("station Load is blocked holding part 1", StringComparison.Ordinal));

        // Weld's third part starts at 140 s; 20 s into it (120 s of processing in all) it fails, until 220 s.
        Assert.Contains(entries, e => e is { EventId: 14 } && e.Message == "t=160.000 station Weld failed, repaired at t=220.000");
        Assert.Contains(entries, e => e is { EventId: 15 } && e.Message == "t=220.000 station Weld repaired");
    }

    [Fact]
    public void Run_TraceFilteredOut_AsksOncePerReplicationNotPerEvent()
    {
        var shortRun = new RecordingLoggerFactory(LogLevel.Information);
        var longRun = new RecordingLoggerFactory(LogLevel.Information);

        Simulation.Create(s_line, Options(10), shortRun).Run();
        Simulation.Create(s_line, Options(10_000), longRun).Run();

        Assert.Equal(shortRun.EnabledQueries, longRun.EnabledQueries);
        Assert.Equal([1, 2], longRun.Entries.Select(e => e.EventId));
    }

    [Fact]
    public void Run_TraceEnabled_GivesTheResultOfARunWithoutLogger()
    {
        var options = new SimulationOptions { Seed = 8, Replications = 3, Duration = 20_000, Engine = EngineSelection.Event };
        LineModel line = s_line with
        {
            Stations = [.. s_line.Stations.Select(s => s with { ProcessingTime = Distribution.Exponential(s.ProcessingTime.Mean) })],
            Buffers = [new("Load", 2)],
        };

        SimulationResult traced = Simulation.Create(line, options, new RecordingLoggerFactory(LogLevel.Trace)).Run();
        SimulationResult silent = Simulation.Create(line, options).Run();

        Assert.Equal(ResultFingerprint.Of(silent), ResultFingerprint.Of(traced));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Run_TraceEnabledOnALineWithoutFailures_GivesTheResultOfTheRunCompiledWithoutFeatureTests(int buffer)
    {
        // Without a logger the line uses none of the serial event engine's features, which then runs compiled without
        // their tests; tracing makes it run with them. Both must give the same result, bit for bit.
        var options = new SimulationOptions { Seed = 9, Replications = 3, PartCount = 5_000, Engine = EngineSelection.Event };
        LineModel line = new()
        {
            Name = "Plain line",
            TaktTime = 55,
            Stations = [.. Enumerable.Range(0, 5).Select(i => new Station($"S{i}", Distribution.Exponential(50 + i)))],
            Buffers = [.. Enumerable.Range(0, 4).Select(i => new LineBuffer($"S{i}", buffer))],
        };

        SimulationResult traced = Simulation.Create(line, options, new RecordingLoggerFactory(LogLevel.Trace)).Run();
        SimulationResult silent = Simulation.Create(line, options).Run();

        Assert.Equal(ResultFingerprint.Of(silent), ResultFingerprint.Of(traced));
    }
}
