using LineSim.Results;

namespace LineSim.Plots.Html;

/// <summary>The carriers' and repair crews' use, for a line that has them.</summary>
internal sealed class ResourcesSection : IReportSection
{
    public string Id => "resources";

    public string Title => "Carriers and crews";

    public bool AppliesTo(ReportContext context) => !context.Result.Carriers.IsDefaultOrEmpty || !context.Result.Crews.IsDefaultOrEmpty;

    public void Write(ReportContext context, HtmlWriter html)
    {
        SimulationResult result = context.Result;
        if (!result.Carriers.IsDefaultOrEmpty)
        {
            html.Table(
                "Carrier loops: the share of carriers loaded, the average number waiting empty to be boarded, and the share of time none waited",
                ["Carriers", "Count", "Utilisation", "Average idle", "None idle"],
                [false, true, true, true, true],
                result.Carriers.Select(c => (IReadOnlyList<string>)
                    [c.Name, Numbers.Whole(c.Count), Numbers.Percent(c.Utilisation.Mean), Numbers.Fixed(c.AverageIdle.Mean, 2), Numbers.Percent(c.NoneIdleFraction.Mean)]));
        }

        if (!result.Crews.IsDefaultOrEmpty)
        {
            html.Table(
                "Repair crews: the share of the technicians' time spent repairing, the average number of machines waiting for one, and repairs per replication",
                ["Crew", "Technicians", "Utilisation", "Average waiting", "Repairs"],
                [false, true, true, true, true],
                result.Crews.Select(c => (IReadOnlyList<string>)
                    [c.Name, Numbers.Whole(c.Size), Numbers.Percent(c.Utilisation.Mean), Numbers.Fixed(c.AverageWaiting.Mean, 2), Numbers.Fixed(c.Repairs.Mean, 1)]));
        }
    }
}
