using LineSim.Model;
using LineSim.Results;

namespace LineSim.Plots.Tests;

public sealed class HtmlReportTests
{
    [Fact]
    public void Write_SameResult_SameBytes()
    {
        SimulationResult result = Results.Line(outputInterval: 3_600);

        string first = Report(result, Results.LineModel);
        string second = Report(Results.Line(outputInterval: 3_600), Results.LineModel);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Write_Line_IsSelfContainedWithTablesAndFigures()
    {
        string html = Report(Results.Line(outputInterval: 3_600), Results.LineModel);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Station</th>", html, StringComparison.Ordinal);
        Assert.Contains("<figure id=\"station-states\">", html, StringComparison.Ordinal);
        Assert.Contains("aria-labelledby=\"station-states-caption\"", html, StringComparison.Ordinal);
        Assert.Contains("<figure id=\"plant\">", html, StringComparison.Ordinal);

        // Each chart's clip paths keep ids of their own.
        Assert.Contains("id=\"station-states-clip1\"", html, StringComparison.Ordinal);
        Assert.Contains("url(#throughput-clip1)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TextFromTheScenario_IsEscaped()
    {
        LineModel line = Results.LineModel with { Name = "<b>Line & co</b>" };
        SimulationResult result = Simulation.Create(line, new SimulationOptions { Replications = 2, Duration = 5_000 }).Run();

        string html = Report(result, line, new HtmlReportOptions { Description = "<script>alert(1)</script>", Command = "linesim run \"a b.json\"" });

        Assert.DoesNotContain("<b>Line", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Line &amp; co&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_BadArguments_Throw()
    {
        SimulationResult result = Results.Line(replications: 2);
        LineModel other = Results.LineModel with { Stations = [new("Only", Distribution.Constant(40))], Buffers = [] };

        Assert.Throws<ArgumentNullException>("result", () => HtmlReport.Write(null!, Results.LineModel, TextWriter.Null));
        Assert.Throws<ArgumentNullException>("line", () => HtmlReport.Write(result, null!, TextWriter.Null));
        Assert.Throws<ArgumentNullException>("writer", () => HtmlReport.Write(result, Results.LineModel, null!));
        Assert.Throws<ArgumentException>("line", () => HtmlReport.Write(result, other, TextWriter.Null));
        Assert.Throws<ArgumentException>("path", () => HtmlReport.WriteFile(result, Results.LineModel, " "));
    }

    private static string Report(SimulationResult result, LineModel line, HtmlReportOptions? options = null)
    {
        using var writer = new StringWriter();
        HtmlReport.Write(result, line, writer, options);
        return writer.ToString();
    }
}
