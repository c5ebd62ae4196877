using LineSim.Cli.Reporting;

namespace LineSim.Cli.Tests;

/// <summary><c>linesim run --report FILE</c> and <c>--csv-summary FILE</c>, and the progress bar's time left.</summary>
public sealed class ReportOptionTests : IClassFixture<ScenarioFiles>
{
    private readonly ScenarioFiles _files;

    public ReportOptionTests(ScenarioFiles files)
    {
        _files = files;
    }

    [Fact]
    public void Run_Report_WritesTheHtmlReportWithTheCommandThatReproducesIt()
    {
        string report = Path.Combine(_files.Folder, "short.html");

        CliRun run = CliRun.Of("run", _files.ShortPath, "--replications", "2", "--report", report);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"Wrote the HTML report to {report}", run.Out, StringComparison.Ordinal);
        string html = File.ReadAllText(report);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Short line</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"linesim run {_files.ShortPath} --replications 2 --report {report}", html, StringComparison.Ordinal);

        // Hour by hour, as with --plots.
        Assert.Contains("<figure id=\"throughput-over-time\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--report")]
    [InlineData("--csv-summary")]
    public void Run_OutputFileInAMissingFolder_ExitsTwoBeforeRunning(string option)
    {
        CliRun run = CliRun.Of("run", _files.ShortPath, option, Path.Combine(_files.Folder, "no-such-folder", "out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{option}: the folder of", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void Run_CsvSummaryTwice_AppendsOneRowPerRun()
    {
        string csv = Path.Combine(_files.Folder, "summary.csv");

        CliRun first = CliRun.Of("run", _files.ShortPath, "--replications", "2", "--seed", "1", "--csv-summary", csv);
        CliRun second = CliRun.Of("run", _files.ShortPath, "--replications", "3", "--seed", "2", "--csv-summary", csv, "--json");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        string[] lines = File.ReadAllLines(csv);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("scenario,seed,replications,warmup,duration,taktTime,throughputPerHour,throughputPerHour halfWidth,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Short line,1,2,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("Short line,2,3,", lines[2], StringComparison.Ordinal);
        Assert.All(lines, line => Assert.Equal(lines[0].Split(',').Length, line.Split(',').Length));
    }

    [Fact]
    public void Run_CsvSummaryOfAnotherLine_FailsNamingTheFile()
    {
        string csv = _files.Write("other-summary.csv", "scenario,seed\nOther,1\n");

        CliRun run = CliRun.Of("run", _files.ShortPath, "--replications", "2", "--csv-summary", csv);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"--csv-summary: {csv} holds a summary with other columns", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ProgressBar_HalfDone_ShowsTheTimeLeftFromTheRateSoFar()
    {
        var clock = new ManualClock();
        using var writer = new StringWriter();
        using (var bar = new ProgressBar(writer, 4, clock: clock))
        {
            clock.Advance(TimeSpan.FromSeconds(30));
            ((IProgress<double>)bar).Report(1.5);
            Assert.EndsWith("1/4 replications, about 50 s left", writer.ToString(), StringComparison.Ordinal);

            clock.Advance(TimeSpan.FromSeconds(60));
            ((IProgress<int>)bar).Report(3);
            Assert.EndsWith("3/4 replications, about 30 s left", writer.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal("1 h 1 min", ProgressBar.Duration(3_660));
        Assert.Equal("2 min 5 s", ProgressBar.Duration(125));
    }

    /// <summary>A clock that moves only when told.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
