using LineSim.Cli.Commands;
using LineSim.Model;

namespace LineSim.Cli.Tests;

/// <summary>
/// The warning <c>linesim run</c> prints before a long run: the estimated events at the speed a short pilot of the
/// same scenario measures on this machine; nothing for a run of seconds.
/// </summary>
public sealed class LongRunWarningTests
{
    private static readonly LineModel s_line = new()
    {
        TaktTime = 60,
        Stations = [.. Enumerable.Range(1, 5).Select(k => new Station($"S{k}", Distribution.Exponential(50)))],
    };

    [Fact]
    public void WarnIfLong_RunOfYears_WarnsWithTheMeasuredSpeed()
    {
        // A hundred thousand years of five stations: about 3e11 estimated events in each replication, hours even on the sample path.
        Simulation simulation = Simulation.Create(s_line, new SimulationOptions { Replications = 4, Duration = 100_000 * 365 * 86_400.0, MaxDegreeOfParallelism = 2 });
        using var error = new StringWriter();

        ReplicationRunner.WarnIfLong(simulation, new CliConsole(TextWriter.Null, error, ErrorIsTerminal: false));

        string warning = error.ToString();
        Assert.StartsWith("linesim: warning: a long run: about 1.26E+12 events", warning, StringComparison.Ordinal);
        Assert.Contains("events per second measured here on each of 2 threads", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void WarnIfLong_RunOfADay_SaysNothing()
    {
        Simulation simulation = Simulation.Create(s_line, new SimulationOptions { Replications = 4, Duration = 86_400 });
        using var error = new StringWriter();

        ReplicationRunner.WarnIfLong(simulation, new CliConsole(TextWriter.Null, error, ErrorIsTerminal: false));

        Assert.Equal(string.Empty, error.ToString());
    }
}
