using LineSim.Results;

namespace LineSim.Plots.Html;

/// <summary>
/// The figures a reader looks for first: JPH against the takt with its interval (per working hour under a calendar),
/// takt attainment, parts out (the projected output of the window under a calendar), work in process, lead time, and
/// how the figures were obtained.
/// </summary>
internal sealed class HeadlineSection : IReportSection
{
    public string Id => "headline";

    public string Title => "Headline";

    public bool AppliesTo(ReportContext context) => true;

    public void Write(ReportContext context, HtmlWriter html)
    {
        SimulationResult result = context.Result;
        string takt = $"against takt {Numbers.Fixed(context.TaktJph, 1)} JPH ({Numbers.Plain(result.TaktTime)} s)";
        html.Raw("<dl class=\"figures\">\n");
        if (context.HasCalendar)
        {
            html.KeyFigure("JPH per working hour", Numbers.Estimate(result.ThroughputPerWorkingHour, 1), $"{takt}; {Numbers.Estimate(result.ThroughputPerHour, 1)} per calendar hour");
        }
        else
        {
            html.KeyFigure("JPH", Numbers.Estimate(result.ThroughputPerHour, 1), takt);
        }

        html.KeyFigure("Takt attainment", Numbers.PercentEstimate(result.TaktAttainment), "JPH per working hour over the takt's JPH");
        if (context.HasCalendar)
        {
            string interval = double.IsNaN(result.PartsOut.HalfWidth)
                ? string.Empty
                : $"; 95% interval {Numbers.Fixed(result.PartsOut.Lower, 0)} to {Numbers.Fixed(result.PartsOut.Upper, 0)}";
            html.KeyFigure("Projected output", Numbers.Estimate(result.PartsOut, 0), $"parts over {Numbers.Span(result.Duration)}{interval}");
            html.KeyFigure("Working hours", Numbers.Fixed(result.WorkingHours.Mean, 0), $"of {Numbers.Fixed(result.Duration / 3_600, 0)} h in the window");
        }
        else
        {
            html.KeyFigure("Parts out", Numbers.Estimate(result.PartsOut, 0), $"per replication over {Numbers.Span(result.Duration)}");
        }

        html.KeyFigure("WIP", Numbers.Estimate(result.WorkInProcess, 2), "parts in the line, time average");
        html.KeyFigure("Lead time", $"{Numbers.Estimate(result.LeadTime, 0)} s", $"median {Numbers.Fixed(result.LeadTimeP50.Mean, 0)} s, 95th percentile {Numbers.Fixed(result.LeadTimeP95.Mean, 0)} s");
        if (result.Scrapped.Mean > 0)
        {
            html.KeyFigure("Scrapped", Numbers.Estimate(result.Scrapped, 1), "parts per replication");
        }

        html.KeyFigure("Busiest station", result.Bottleneck.Name, "the largest share of time working or down");
        html.Raw("</dl>\n");

        string engine = result.Engine == EngineKind.SamplePath ? "sample-path" : "event";
        string plural = result.Replications == 1 ? string.Empty : "s";
        html.Element(
            "p",
            $"{result.Replications} replication{plural} of {Numbers.Span(result.Duration)} after a warm-up of {Numbers.Span(result.Warmup)}, seed {Numbers.Whole(result.Seed)}, {engine} engine. "
                + "Each figure is the mean over replications with the half-width of its 95% confidence interval.",
            "note");
        if (context.Options.Command is { } command)
        {
            html.ReproduceWith(command);
        }
    }
}
