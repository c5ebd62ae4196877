using System.Globalization;
using System.Net;
using LineSim.Analysis;
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
    public void Write_Sensitivity_TablesEachStationsGainAndWhetherTheMethodsAgree()
    {
        LineModel line = new()
        {
            Stations = [new("A", Distribution.Normal(30, 3)), new("B", Distribution.Normal(45, 3), FailureModel.FromMeans(mtbf: 5_000, mttr: 300)), new("C", Distribution.Normal(30, 3))],
            Buffers = [new("A", 3), new("B", 3)],
            TaktTime = 40,
        };
        SensitivityResult sensitivity = BottleneckSensitivity.Run(line, new SimulationOptions { Seed = 9, Replications = 3, Warmup = 1_000, Duration = 20_000 }, new SensitivityOptions());

        string html = Report(sensitivity.Analysis, line, new HtmlReportOptions { Sensitivity = sensitivity });

        Assert.Contains("<caption>Sensitivity: JPH gained, paired over replications on common random numbers", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" class=\"num\">10.0% faster</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" class=\"num\">Repairs 10.0% shorter</th>", html, StringComparison.Ordinal);
        foreach (StationSensitivity station in sensitivity.Stations)
        {
            string gain = $"{station.FasterGain.Mean.ToString("F2", CultureInfo.InvariantCulture)} ± {station.FasterGain.HalfWidth.ToString("F2", CultureInfo.InvariantCulture)}";
            Assert.Contains($"<td class=\"num\">{WebUtility.HtmlEncode(gain)}</td>", html, StringComparison.Ordinal);
        }

        Assert.Equal("B", sensitivity.MostSensitive);
        Assert.Contains("The active period method and the sensitivity agree: B is the bottleneck.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Sensitivity:", Report(sensitivity.Analysis, line), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ScheduledSupplyHeldBack_SaysHowMany()
    {
        // A delivery every 30 s into an input buffer of 2 before a 40 s station: a quarter of the deliveries wait.
        LineModel line = new()
        {
            TaktTime = 40,
            Source = Source.Scheduled(Schedule.Every(30), inputCapacity: 2),
            Stations = [new("A", Distribution.Constant(40))],
        };
        SimulationResult result = Simulation.Create(line, new SimulationOptions { Replications = 2, Duration = 3_600, Seed = 1 }).Run();

        string html = Report(result, line);

        Assert.True(result.InputBuffer!.HeldBack.Mean > 0);
        Assert.Contains("Deliveries held back by the full input buffer of A: ", html, StringComparison.Ordinal);
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
