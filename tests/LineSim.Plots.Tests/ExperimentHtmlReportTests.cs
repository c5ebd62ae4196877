using LineSim.Experiments;
using LineSim.Model;

namespace LineSim.Plots.Tests;

/// <summary><see cref="HtmlReport.WriteExperiment"/>: an experiment's configurations side by side.</summary>
public sealed class ExperimentHtmlReportTests
{
    [Fact]
    public void WriteExperiment_SameResult_SameBytes()
    {
        Assert.Equal(Report(Run(), null), Report(Run(), null));
    }

    [Fact]
    public void WriteExperiment_EveryConfigurationInTheTableAndTheCharts()
    {
        ExperimentResult result = Run();

        string html = Report(result, new HtmlReportOptions { Title = "Sweep", Command = "linesim experiment plan.json" });

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Sweep</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<figure id=\"experiment-jph\">", html, StringComparison.Ordinal);
        Assert.Contains("<figure id=\"experiment-difference\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"experiment-difference-clip1\"", html, StringComparison.Ordinal);
        Assert.Contains("<code>linesim experiment plan.json</code>", html, StringComparison.Ordinal);
        foreach (ConfigurationResult configuration in result.Configurations)
        {
            Assert.Contains($"<tr><th scope=\"row\">{configuration.Name}</th>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void WriteExperiment_NamesFromThePlan_AreEscaped()
    {
        LineModel line = Results.LineModel;
        var options = new SimulationOptions { Replications = 2, Duration = 5_000 };
        ExperimentResult result = Experiment.Create([new ExperimentConfiguration("<b>A</b>", line, options), new ExperimentConfiguration("B & C", line, options)]).Run();

        string html = Report(result, new HtmlReportOptions { Title = "<i>x</i>", Description = "<script>alert(1)</script>" });

        Assert.DoesNotContain("<b>A", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;A&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("B &amp; C", html, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteExperiment_NothingFinished_SaysSo()
    {
        Experiment experiment = Experiment.Create([new ExperimentConfiguration("A", Results.LineModel, new SimulationOptions { Replications = 2, Duration = 5_000 })]);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        ExperimentResult result = experiment.Run(cancellationToken: cancelled.Token);

        string html = Report(result, null);

        Assert.True(result.Interrupted);
        Assert.Contains("No configuration finished.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<figure", html, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteExperiment_BadArguments_Throw()
    {
        ExperimentResult result = Run();

        Assert.Throws<ArgumentNullException>(() => HtmlReport.WriteExperiment(null!, TextWriter.Null));
        Assert.Throws<ArgumentNullException>(() => HtmlReport.WriteExperiment(result, null!));
        Assert.Throws<ArgumentException>(() => HtmlReport.WriteExperimentFile(result, " "));
    }

    /// <summary>The test line with its last buffer at 0 to 3 places.</summary>
    private static ExperimentResult Run()
    {
        LineModel line = Results.LineModel;
        var options = new SimulationOptions { Seed = 4, Replications = 3, Duration = 20_000 };
        return Experiment.Create(
            [.. Enumerable.Range(0, 4).Select(places => new ExperimentConfiguration(
                $"{places}",
                line with { Buffers = line.Buffers.SetItem(line.Buffers.Length - 1, line.Buffers[^1] with { Capacity = places }) },
                options))]).Run();
    }

    private static string Report(ExperimentResult result, HtmlReportOptions? options)
    {
        using var writer = new StringWriter();
        HtmlReport.WriteExperiment(result, writer, options);
        return writer.ToString();
    }
}
