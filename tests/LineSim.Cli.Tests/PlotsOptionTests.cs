using System.Xml.Linq;

namespace LineSim.Cli.Tests;

public sealed class PlotsOptionTests : IClassFixture<ScenarioFiles>
{
    private readonly ScenarioFiles _files;

    public PlotsOptionTests(ScenarioFiles files)
    {
        _files = files;
    }

    [Fact]
    public void Run_Plots_WritesTheChartsAndSaysWhere()
    {
        string folder = Path.Combine(_files.Folder, "charts", "short");

        CliRun run = CliRun.Of("run", _files.ShortPath, "--replications", "2", "--plots", folder);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.ErrorBesidesWarnings);
        Assert.Contains($"Wrote 7 charts (SVG and PNG) to {folder}: station-states, throughput, throughput-over-time, lead-time, lead-time-histogram, buffer-occupancy, buffer-levels", run.Out, StringComparison.Ordinal);
        foreach (string chart in new[] { "station-states", "throughput", "throughput-over-time", "lead-time", "lead-time-histogram", "buffer-occupancy", "buffer-levels" })
        {
            string svg = Path.Combine(folder, chart + ".svg");
            Assert.Equal("svg", XDocument.Load(svg).Root!.Name.LocalName);
            Assert.True(new FileInfo(Path.Combine(folder, chart + ".png")).Length > 1000, chart);
        }
    }

    [Fact]
    public void Run_PlotsWithJson_PrintsOnlyTheJsonDocument()
    {
        string folder = Path.Combine(_files.Folder, "charts-json");

        CliRun run = CliRun.Of("run", _files.ShortPath, "--replications", "2", "--json", "--plots", folder);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var document = System.Text.Json.JsonDocument.Parse(run.Out);
        Assert.True(File.Exists(Path.Combine(folder, "station-states.png")));
    }

    [Fact]
    public void Run_PlotsIsAFile_ExitsTwoNamingTheOption()
    {
        CliRun run = CliRun.Of("run", _files.ShortPath, "--plots", _files.ShortPath);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--plots: {_files.ShortPath} is a file, not a folder.", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }
}
