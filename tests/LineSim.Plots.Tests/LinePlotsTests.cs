using System.Collections.Immutable;
using System.Xml.Linq;
using LineSim.Model;
using LineSim.Results;

namespace LineSim.Plots.Tests;

public sealed class LinePlotsTests : IDisposable
{
    private static readonly byte[] s_pngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void WriteAll_LineWithBuffers_WritesEveryChartAsSvgAndPng()
    {
        ImmutableArray<string> files = LinePlots.WriteAll(Results.Line(), _folder.Path);

        string[] names = [.. files.Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
        Assert.Equal(
            [
                "buffer-occupancy.png", "buffer-occupancy.svg", "lead-time-histogram.png", "lead-time-histogram.svg",
                "lead-time.png", "lead-time.svg", "station-states.png", "station-states.svg", "throughput.png", "throughput.svg",
            ],
            names);
        foreach (string file in files)
        {
            Assert.True(File.Exists(file), file);
            if (file.EndsWith(".svg", StringComparison.Ordinal))
            {
                AssertSvg(file);
            }
            else
            {
                AssertPng(file);
            }
        }
    }

    [Fact]
    public void WriteStationStates_Result_SvgNamesEveryStationAndState()
    {
        string svg = LinePlots.WriteStationStates(Results.Line(), _folder.Path)[0];

        string text = File.ReadAllText(svg);
        foreach (string label in new[] { "Station states: Plot test line", "Share of time (%)", "Load", "Weld", "Unload", "Working", "Starved", "Blocked", "Down" })
        {
            Assert.Contains(label, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void WriteThroughput_Result_SvgShowsTheTaktAndTheAxisUnits()
    {
        string svg = LinePlots.WriteThroughput(Results.Line(), _folder.Path)[0];

        string text = File.ReadAllText(svg);
        Assert.Contains("Takt 65.5 JPH (55 s)", text, StringComparison.Ordinal);
        Assert.Contains("Throughput (JPH, parts per hour)", text, StringComparison.Ordinal);
        Assert.Contains("Replication", text, StringComparison.Ordinal);
        Assert.Contains("95% confidence interval of the mean", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteThroughputOverTime_HourlyOutput_SvgShowsTheIntervalsAndTheTakt()
    {
        SimulationResult result = Results.Line(outputInterval: 3_600);

        ImmutableArray<string> files = LinePlots.WriteAll(result, _folder.Path);

        Assert.Contains(files, f => Path.GetFileName(f) == "throughput-over-time.svg");
        string text = File.ReadAllText(Path.Combine(_folder.Path, "throughput-over-time.svg"));
        AssertSvg(Path.Combine(_folder.Path, "throughput-over-time.svg"));
        foreach (string label in new[] { "Throughput over time against takt: Plot test line", "Time since the end of the warm-up (h)", "Throughput (JPH per hour) per hour", "Takt 65.5 JPH (55 s)", "95% confidence interval" })
        {
            Assert.Contains(label, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void WriteBufferLevels_HourlyLevels_SvgNamesEveryBufferAndTheAxes()
    {
        string svg = LinePlots.WriteBufferLevels(Results.Line(outputInterval: 3_600), _folder.Path)[0];

        AssertSvg(svg);
        string text = File.ReadAllText(svg);
        foreach (string label in new[] { "Buffer levels over time: Plot test line", "Buffer: average level, from empty to full", "Time since the end of the warm-up (h)", "Load -&gt; Weld (capacity 2)", "Weld -&gt; Unload (capacity 2)" })
        {
            Assert.Contains(label, text, StringComparison.Ordinal);
        }

        Assert.Throws<ArgumentException>("result", () => LinePlots.WriteBufferLevels(Results.Line(), _folder.Path));
    }

    [Fact]
    public void WriteThroughputOverTime_NoOutputInterval_NamesTheOption()
    {
        var exception = Assert.Throws<ArgumentException>("result", () => LinePlots.WriteThroughputOverTime(Results.Line(), _folder.Path));

        Assert.Contains("SimulationOptions.OutputInterval", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteAll_NoBufferWithRoom_LeavesOutTheBufferChart()
    {
        ImmutableArray<string> files = LinePlots.WriteAll(Results.Line(bufferCapacity: 0, replications: 1), _folder.Path);

        Assert.Equal(8, files.Length);
        Assert.DoesNotContain(files, f => Path.GetFileName(f).StartsWith("buffer-occupancy", StringComparison.Ordinal));
        Assert.Throws<ArgumentException>("result", () => LinePlots.WriteBufferOccupancy(Results.Line(bufferCapacity: 0, replications: 1), _folder.Path));
    }

    [Fact]
    public void WriteThroughputSweep_ThreePoints_WritesTheCurve()
    {
        SweepPoint[] points = [.. new[] { 0, 2, 4 }.Select(b => new SweepPoint(b, Results.Line(bufferCapacity: b, replications: 2)))];

        ImmutableArray<string> files = LinePlots.WriteThroughputSweep(points, "Buffer capacity (parts)", _folder.Path, "sweep");

        Assert.Equal(["sweep.svg", "sweep.png"], files.Select(Path.GetFileName));
        AssertSvg(files[0]);
        AssertPng(files[1]);
        Assert.Contains("Buffer capacity (parts)", File.ReadAllText(files[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void WriteAll_DirectoryIsAFile_ThrowsNamingTheDirectory()
    {
        Directory.CreateDirectory(_folder.Path);
        string file = Path.Combine(_folder.Path, "chart.txt");
        File.WriteAllText(file, "not a folder");

        var exception = Assert.Throws<ArgumentException>("directory", () => LinePlots.WriteAll(Results.Line(replications: 1), file));
        Assert.Contains(file, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteAll_BadArguments_Throw()
    {
        SimulationResult result = Results.Line(replications: 1);

        Assert.Throws<ArgumentNullException>("result", () => LinePlots.WriteAll(null!, _folder.Path));
        Assert.Throws<ArgumentNullException>("directory", () => LinePlots.WriteAll(result, null!));
        Assert.Throws<ArgumentException>("directory", () => LinePlots.WriteAll(result, " "));
        Assert.Throws<ArgumentException>("points", () => LinePlots.WriteThroughputSweep([], "Buffer capacity (parts)", _folder.Path));
        Assert.Throws<ArgumentException>("parameter", () => LinePlots.WriteThroughputSweep([new SweepPoint(1, result)], "", _folder.Path));
    }

    [Fact]
    public void WriteLeadTime_NoPartLeft_ThrowsAndWriteAllLeavesItOut()
    {
        // One part takes 10 000 s; the window closes after 1 000 s, before any part leaves.
        SimulationResult result = Simulation.Create(
            new LineModel { TaktTime = 55, Stations = [new("Slow", Distribution.Constant(10_000))] },
            new SimulationOptions { Replications = 1, Duration = 1_000 }).Run();

        Assert.Throws<ArgumentException>("result", () => LinePlots.WriteLeadTime(result, _folder.Path));
        Assert.DoesNotContain(LinePlots.WriteAll(result, _folder.Path), f => Path.GetFileName(f).StartsWith("lead-time", StringComparison.Ordinal));
    }

    private static void AssertSvg(string path)
    {
        Assert.True(new FileInfo(path).Length > 1000, $"{path} is nearly empty");
        XElement root = XDocument.Load(path).Root!;
        Assert.Equal("svg", root.Name.LocalName);
        Assert.Equal("http://www.w3.org/2000/svg", root.Name.NamespaceName);
    }

    private static void AssertPng(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 1000, $"{path} is nearly empty");
        Assert.Equal(s_pngSignature, bytes[..8]);
    }
}
