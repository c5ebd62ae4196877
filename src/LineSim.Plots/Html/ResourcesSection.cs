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
                "Carrier loops: the share of carriers loaded, the average number on the return and waiting empty to be boarded, the share of time none waited, the share the boarding station waited for a carrier and the share the release station was blocked by a full return",
                ["Carriers", "Count", "Utilisation", "Average returning", "Average idle", "None idle", "Waiting for a carrier", "Blocked by the return"],
                [false, true, true, true, true, true, true, true],
                result.Carriers.Select(c => (IReadOnlyList<string>)
                    [c.Name, Numbers.Whole(c.Count), Numbers.Percent(c.Utilisation.Mean), Numbers.Fixed(c.AverageReturning.Mean, 2), Numbers.Fixed(c.AverageIdle.Mean, 2), Numbers.Percent(c.NoneIdleFraction.Mean),
                        Numbers.Percent(c.WaitingForCarrierFraction.Mean), Numbers.Percent(c.ReturnBlockedFraction.Mean)]));
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
