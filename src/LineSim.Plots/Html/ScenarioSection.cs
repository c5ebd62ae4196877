using System.Globalization;
using LineSim.Model;

namespace LineSim.Plots.Html;

/// <summary>The scenario itself: a drawing of the plant's graph, its stations as a table, and the line's settings.</summary>
internal sealed class ScenarioSection : IReportSection
{
    public string Id => "scenario";

    public string Title => "Scenario";

    public bool AppliesTo(ReportContext context) => true;

    public void Write(ReportContext context, HtmlWriter html)
    {
        LineModel line = context.Line;
        if (context.Options.Description is { Length: > 0 } description)
        {
            html.Element("p", description);
        }

        var diagram = new PlantDiagram(line);
        html.Raw("<div class=\"diagram\">");
        html.Raw(InlineSvg.Figure(
            diagram.Svg(),
            diagram.Width,
            diagram.Height,
            "plant",
            "The plant's graph, flowing left to right: supplies (rounded), stations (name, then servers, assembly or join, first-pass yield and mean processing time) and the exit; "
                + "the number beside an arrow is the capacity of the buffer before the station (\"conv\": a conveyor's), dotted arrows are conveyors, dashed arrows below are rework, and dashed frames are paced segments."));
        html.Raw("</div>\n");

        var settings = new List<IReadOnlyList<string>>
        {
            new[] { "Takt time", $"{Numbers.Plain(line.TaktTime)} s ({Numbers.Fixed(context.TaktJph, 1)} JPH)" },
            new[] { "Blocking", line.Blocking == BlockingPolicy.AfterService ? "after service" : "before service" },
        };
        if (line.Variants is { } variants)
        {
            settings.Add(["Variants", variants.Sequence.IsDefaultOrEmpty
                ? string.Join(", ", variants.Shares.Select(s => $"{s.Variant} {Numbers.Percent(s.Share)}"))
                : $"in sequence {string.Join(", ", variants.Sequence)}"]);
        }

        if (line.Calendar is { } calendar)
        {
            settings.Add(["Shift calendar", string.Join("; ", calendar.Shifts.Select(Shift))
                + (calendar.Holidays.IsDefaultOrEmpty ? string.Empty : $"; holidays on days {string.Join(", ", calendar.Holidays)}")]);
        }

        foreach (CarrierLoop loop in line.Carriers.IsDefault ? [] : line.Carriers)
        {
            string back = loop.Return is { } path
                ? $"a return of {Numbers.Whole(path.Capacity)} places, {Numbers.Plain(path.TravelTime)} s back"
                : $"{Numbers.Plain(loop.ReturnTime)} s back";
            string storage = loop.Storage is { } stored ? $", {Numbers.Whole(stored)} stored" : "";
            settings.Add(["Carriers", $"{loop.Name}: {loop.Count} from {loop.From} to {loop.To}, {back}{storage}"]);
        }

        foreach (RepairCrew crew in line.Crews.IsDefault ? [] : line.Crews)
        {
            settings.Add(["Repair crew", $"{crew.Name}: {crew.Size} technician{(crew.Size == 1 ? string.Empty : "s")}"]);
        }

        html.Table("The line's settings", ["Setting", "Value"], [false, false], settings);
        html.Table(
            "The stations, in the file's order",
            ["Station", "Takes parts from", "Processing time (s)", "Servers", "Failures", "Quality"],
            [false, false, false, true, false, false],
            line.Stations.Select((station, i) => (IReadOnlyList<string>)
            [
                station.Name,
                Inputs(line, station, i),
                station.ProcessingTime.ToString() ?? string.Empty,
                Numbers.Whole(station.Servers),
                Failures(station.Failures),
                Quality(station.Quality),
            ]));
    }

    private static string Inputs(LineModel line, Station station, int index)
    {
        if (station.TakesFromStationBefore)
        {
            if (index == 0)
            {
                return Supply(line.Source);
            }

            int buffer = line.BufferCapacities()[index - 1];
            return $"{line.Stations[index - 1].Name} (buffer {buffer.ToString(CultureInfo.InvariantCulture)})";
        }

        if (station.Inputs.IsEmpty)
        {
            return "rework only";
        }

        string merge = station.Inputs.Length > 1 ? (station.Merge == MergeRule.Assembly ? "assembly of " : "first available of ") : string.Empty;
        return merge + string.Join("; ", station.Inputs.Select(input => input switch
        {
            { Supply: { } supply } => Supply(supply),
            { Conveyor: { } conveyor } => $"{input.From} (conveyor of {conveyor.Capacity}, {Numbers.Plain(Math.Round(conveyor.TravelTime, 1))} s)",
            _ => $"{input.From} (buffer {input.Buffer.ToString(CultureInfo.InvariantCulture)})",
        }));
    }

    private static string Failures(FailureModel? failures) => failures is null
        ? "none"
        : $"{(failures.Mode == FailureMode.OperationDependent ? "in operation" : "in time")}: MTBF {Numbers.Plain(Math.Round(failures.TimeToFailure.Mean, 1))} s, MTTR {Numbers.Plain(Math.Round(failures.TimeToRepair.Mean, 1))} s"
            + (failures.Crew is null ? string.Empty : $", crew {failures.Crew}");

    private static string Quality(Quality? quality) => quality is null
        ? "-"
        : $"yield {Numbers.Percent(quality.FirstPassYield)}"
            + string.Concat(quality.Rework.Select(route => $", {Numbers.Percent(route.Probability)} of rejects to {route.Station}"))
            + $", {Numbers.Percent(quality.ScrapProbability)} scrapped";

    private static string Supply(Source source) => source switch
    {
        { IsUnlimited: true } => "unlimited supply",
        { Schedule: { MeanInterval: { } every } } => $"deliveries every {Numbers.Plain(Math.Round(every, 1))} s on average",
        { Schedule: { } schedule } => $"{schedule.Times.Length.ToString(CultureInfo.InvariantCulture)} deliveries",
        _ => $"arrivals, {source.InterarrivalTime}",
    };

    private static string Shift(Shift shift)
    {
        string days = string.Join(" ", shift.Days.Select(day => day.ToString()[..3]));
        return $"{shift.Name} {days} {Clock(shift.Start)} to {Clock(shift.Start + shift.Length)}"
            + (shift.Breaks.IsDefaultOrEmpty ? string.Empty : $", breaks {string.Join(", ", shift.Breaks.Select(b => $"{Clock(shift.Start + b.Start)} to {Clock(shift.Start + b.Start + b.Length)}"))}");
    }

    private static string Clock(double seconds)
    {
        var time = TimeSpan.FromSeconds(seconds % 86_400);
        return time.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
    }
}
