using LineSim.Model;
using LineSim.Results;

namespace LineSim.Plots.Html;

/// <summary>
/// What each station did: the station-states chart and a table with the columns the line needs (servers, setup, off
/// shift, maintenance, waiting for the crew, quality, OEE), the share of time each input starved each assembly, and the
/// paced segments' indexing.
/// </summary>
internal sealed class StationsSection : IReportSection
{
    public string Id => "stations";

    public string Title => "Station states";

    public bool AppliesTo(ReportContext context) => true;

    public void Write(ReportContext context, HtmlWriter html)
    {
        SimulationResult result = context.Result;
        html.Figure(StationStatesChart.Create(result), "station-states");
        WriteStations(context, html);
        WriteInputStarvation(result, html);
        WriteSegments(context, html);
    }

    private static void WriteStations(ReportContext context, HtmlWriter html)
    {
        SimulationResult result = context.Result;
        LineModel line = context.Line;
        bool cells = result.Stations.Any(s => s.Servers > 1);
        bool setup = result.Stations.Any(s => s.Setup.Mean > 0);
        bool offShift = result.Stations.Any(s => s.OffShift.Mean > 0);
        bool maintenance = result.Stations.Any(s => s.Maintenance.Mean > 0);
        bool crews = !line.Crews.IsDefaultOrEmpty;
        bool quality = line.Stations.Any(s => s.Quality is not null);
        var columns = new List<(string Header, Func<int, StationSummary, string> Cell)> { ("Station", (_, s) => s.Name) };
        if (cells)
        {
            columns.Add(("Servers", (_, s) => Numbers.Whole(s.Servers)));
        }

        columns.Add(("Working", (_, s) => Numbers.Percent(s.Working.Mean)));
        if (setup)
        {
            columns.Add(("Setup", (_, s) => Numbers.Percent(s.Setup.Mean)));
        }

        columns.Add(("Starved", (_, s) => Numbers.Percent(s.Starved.Mean)));
        columns.Add(("Blocked", (_, s) => Numbers.Percent(s.Blocked.Mean)));
        columns.Add(("Down", (_, s) => Numbers.Percent(s.Down.Mean)));
        if (maintenance)
        {
            columns.Add(("of which maintenance", (_, s) => Numbers.Percent(s.Maintenance.Mean)));
        }

        if (crews)
        {
            columns.Add(("of which waiting for the crew", (i, s) => line.Stations[i].Failures?.Crew is null ? "-" : Numbers.Percent(s.WaitingForCrew.Mean)));
        }

        if (offShift)
        {
            columns.Add(("Off shift", (_, s) => Numbers.Percent(s.OffShift.Mean)));
        }

        if (quality)
        {
            columns.Add(("Quality", (i, s) => line.Stations[i].Quality is null ? "-" : Numbers.Percent(s.Quality.Mean)));
        }

        columns.Add(("OEE", (_, s) => Numbers.Percent(s.Oee.Mean)));
        var rows = new List<IReadOnlyList<string>>();
        for (int i = 0; i < result.Stations.Length; i++)
        {
            StationSummary station = result.Stations[i];
            rows.Add([.. columns.Select(column => column.Cell(i, station))]);
        }

        html.Table(
            "Per station, in flow order, the share of all time in each state (means over replications)",
            [.. columns.Select(c => c.Header)],
            [false, .. Enumerable.Repeat(true, columns.Count - 1)],
            rows);
    }

    private static void WriteInputStarvation(SimulationResult result, HtmlWriter html)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (StationSummary station in result.Stations)
        {
            foreach (NamedEstimate input in station.StarvedByInput)
            {
                rows.Add([station.Name, input.Name, Numbers.Percent(input.Value.Mean)]);
            }
        }

        if (rows.Count > 0)
        {
            html.Table("Per assembly station, the share of time each input kept it waiting", ["Assembly", "Input from", "Starved by it"], [false, false, true], rows);
        }
    }

    private static void WriteSegments(ReportContext context, HtmlWriter html)
    {
        SimulationResult result = context.Result;
        if (result.Segments.IsDefaultOrEmpty)
        {
            return;
        }

        var rows = new List<IReadOnlyList<string>>();
        foreach (SegmentSummary segment in result.Segments)
        {
            PacedSegment? paced = context.Line.Segments.FirstOrDefault(s => s.Name == segment.Name);
            rows.Add(
            [
                segment.Name,
                paced is null ? "-" : $"{Numbers.Plain(paced.TaktTime)} s",
                Numbers.Fixed(segment.Indexes.Mean, 0),
                Numbers.Percent(segment.Indexes.Mean > 0 ? segment.LateIndexes.Mean / segment.Indexes.Mean : double.NaN),
                Numbers.Percent(segment.StoppedBusy.Mean),
                Numbers.Percent(segment.StoppedFailure.Mean),
                Numbers.Percent(segment.StoppedStarved.Mean),
                Numbers.Percent(segment.StoppedBlocked.Mean),
            ]);
        }

        html.Table(
            "Paced segments: indexes, the share that came late, and why the segment stood past its takt (shares of working time)",
            ["Segment", "Takt", "Indexes", "Late", "Stopped: busy", "Stopped: failure", "Stopped: starved", "Stopped: blocked"],
            [false, true, true, true, true, true, true, true],
            rows);
    }
}
