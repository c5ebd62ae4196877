using System.Net;
using System.Text.RegularExpressions;

namespace LineSim.Cli.Tests;

/// <summary><c>linesim experiment --report FILE</c> and <c>linesim compare --report FILE</c>.</summary>
public sealed class PlanReportOptionTests : IDisposable
{
    private readonly PlanFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Experiment_Report_WritesEveryConfigurationWithTheCommandThatReproducesIt()
    {
        string report = Path.Combine(_files.Folder, "plan.html");

        CliRun run = CliRun.Of("experiment", _files.PlanPath, "--replications", "3", "--report", report);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"Wrote the HTML report to {report}", run.Out, StringComparison.Ordinal);
        string html = File.ReadAllText(report);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains($"linesim experiment {_files.PlanPath} --replications 3 --report {report}", html, StringComparison.Ordinal);
        Assert.Contains("<figure id=\"experiment-jph\">", html, StringComparison.Ordinal);
        Assert.Contains("<figure id=\"experiment-difference\">", html, StringComparison.Ordinal);
        Assert.Contains("stations[S2].bufferBefore", html, StringComparison.Ordinal);

        // The table holds every figure the text report prints with one decimal (JPH, WIP).
        string[] jph = [.. Regex.Matches(run.Out, @"\d+\.\d ± \d+\.\d(?= )").Select(match => match.Value)];
        Assert.NotEmpty(jph);
        Assert.All(jph, figure => Assert.Contains($"<td class=\"num\">{WebUtility.HtmlEncode(figure)}</td>", html, StringComparison.Ordinal));
    }

    [Fact]
    public void Experiment_ReportTwice_GivesTheSameBytes()
    {
        string first = Path.Combine(_files.Folder, "first.html");
        string second = Path.Combine(_files.Folder, "second.html");

        CliRun.Of("experiment", _files.PlanPath, "--report", first, "--json");
        CliRun.Of("experiment", _files.PlanPath, "--report", second, "--json");

        Assert.Equal(
            File.ReadAllText(first).Replace(first, "FILE", StringComparison.Ordinal),
            File.ReadAllText(second).Replace(second, "FILE", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_Report_SaysWhichIsBetter()
    {
        string a = Path.Combine(_files.Folder, "line.json");
        string b = _files.Write("bigger.json", PlanFiles.Line.Replace("\"bufferBefore\": 1", "\"bufferBefore\": 6", StringComparison.Ordinal));
        string report = Path.Combine(_files.Folder, "compare.html");

        CliRun run = CliRun.Of("compare", a, b, "--replications", "5", "--report", report, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("Wrote", run.Out, StringComparison.Ordinal); // --json keeps standard output to the document
        string html = File.ReadAllText(report);
        Assert.Contains("<h1>Three stations against Three stations</h1>", html, StringComparison.Ordinal);
        Assert.Contains("B is better in JPH at 95%: +", html, StringComparison.Ordinal);
        Assert.Contains("<figure id=\"experiment-difference\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("experiment")]
    [InlineData("compare")]
    public void Report_InAMissingFolder_ExitsTwoBeforeRunning(string command)
    {
        string report = Path.Combine(_files.Folder, "no-such-folder", "out.html");
        string[] files = command == "experiment" ? [_files.PlanPath] : [Path.Combine(_files.Folder, "line.json"), Path.Combine(_files.Folder, "line.json")];

        CliRun run = CliRun.Of([command, .. files, "--report", report]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--report: the folder of", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void Optimise_HasNoReportOption()
    {
        CliRun run = CliRun.Of("optimise", _files.PlanPath, "--report", Path.Combine(_files.Folder, "out.html"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--report", run.Error, StringComparison.Ordinal);
    }
}
