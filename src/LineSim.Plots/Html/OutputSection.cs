using LineSim.Results;

namespace LineSim.Plots.Html;

/// <summary>
/// Output over time: each replication's throughput against the takt, throughput per working hour over the window (each
/// output interval in a short run, per day and per week in a long one), the output per shift, and per variant.
/// </summary>
internal sealed class OutputSection : IReportSection
{
    public string Id => "output";

    public string Title => "Output over time";

    public bool AppliesTo(ReportContext context) => true;

    public void Write(ReportContext context, HtmlWriter html)
    {
        SimulationResult result = context.Result;
        html.Figure(ThroughputChart.Create(result), "throughput");
        foreach (ThroughputSeries series in ChartSet.OverTime(result, context.Line.Calendar))
        {
            string name = ThroughputOverTimeChart.NameOf(series);
            html.Figure(ThroughputOverTimeChart.Create(result, series), name);
        }

        if (!result.OutputPerShift.IsDefaultOrEmpty)
        {
            html.Table(
                "The mean output of one shift of each name",
                ["Shift", "Parts out"],
                [false, true],
                result.OutputPerShift.Select(shift => (IReadOnlyList<string>)[shift.Name, Numbers.Estimate(shift.Value, 1)]));
        }

        if (!result.OutputPerWeek.IsDefaultOrEmpty && result.OutputPerWeek.Length <= 60)
        {
            html.Table(
                "The output of each week of the window (the last may be cut short by the end of the window)",
                ["Week", "Parts out"],
                [false, true],
                result.OutputPerWeek.Select((week, k) => (IReadOnlyList<string>)[Numbers.Whole(k + 1), Numbers.Estimate(week, 0)]));
        }

        if (!result.OutputByVariant.IsDefaultOrEmpty)
        {
            double total = result.OutputByVariant.Sum(variant => variant.Value.Mean);
            html.Table(
                "Parts out per variant",
                ["Variant", "Parts out", "Share"],
                [false, true, true],
                result.OutputByVariant.Select(variant => (IReadOnlyList<string>)
                    [variant.Name, Numbers.Estimate(variant.Value, 0), Numbers.Percent(total > 0 ? variant.Value.Mean / total : double.NaN)]));
        }
    }
}
