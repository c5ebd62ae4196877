using LineSim.Results;

namespace LineSim.Plots.Html;

/// <summary>Lead time from entering the line to leaving it: its statistics with their intervals, and its distribution.</summary>
internal sealed class LeadTimeSection : IReportSection
{
    public string Id => "lead-time";

    public string Title => "Lead time";

    public bool AppliesTo(ReportContext context) => LeadTimeChart.HasData(context.Result);

    public void Write(ReportContext context, HtmlWriter html)
    {
        SimulationResult result = context.Result;
        html.Figure(LeadTimeChart.Create(result), "lead-time");
        if (LeadTimeHistogramChart.HasData(result))
        {
            html.Figure(LeadTimeHistogramChart.Create(result), "lead-time-histogram");
        }

        html.Table(
            "Lead time in seconds, from entering the line to leaving it (means over replications with their 95% confidence half-widths)",
            ["Statistic", "Lead time (s)"],
            [false, true],
            [
                ["Mean", Numbers.Estimate(result.LeadTime, 0)],
                ["Median", Numbers.Estimate(result.LeadTimeP50, 0)],
                ["95th percentile", Numbers.Estimate(result.LeadTimeP95, 0)],
            ]);
    }
}
