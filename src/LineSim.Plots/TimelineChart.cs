using LineSim.Results;
using ScottPlot;

namespace LineSim.Plots;

/// <summary>
/// A Gantt chart of one replication's window: per machine, one row down the chart in the line's order, a bar for each
/// stretch of time working, in setup, starved, blocked, down (repair, waiting for the crew, maintenance) or off shift.
/// </summary>
internal static class TimelineChart
{
    public const string Name = "timeline";

    public static Chart Create(StateTimeline timeline, string scenario)
    {
        var rows = new List<(string Station, int Server, string Label)>();
        foreach ((string station, int servers) in timeline.Stations)
        {
            for (int k = 1; k <= servers; k++)
            {
                rows.Add((station, k, servers == 1 ? station : $"{station} #{k}"));
            }
        }

        int n = rows.Count;
        var index = new Dictionary<(string, int), int>();
        for (int i = 0; i < n; i++)
        {
            index[(rows[i].Station, rows[i].Server)] = i;
        }

        double hours = 3_600;
        Plot plot = ChartFile.Create($"Station states over time, replication {timeline.Replication + 1}: {scenario}", "Time (h)", "Machine (in flow order)");
        var bars = new List<Bar>();
        var since = new double[n];
        var state = new MachineState?[n];
        foreach (StateChange change in timeline.Changes)
        {
            int i = index[(change.Station, change.Server)];
            Close(i, change.Time);
            state[i] = change.State;
            since[i] = change.Time;
        }

        for (int i = 0; i < n; i++)
        {
            Close(i, timeline.To);
        }

        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        ChartFile.Rows(plot, [.. rows.Select(r => r.Label)]);
        plot.Axes.SetLimitsX(timeline.From / hours, timeline.To / hours);
        plot.Legend.ManualItems.Add(ChartFile.Swatch("Working", ChartColors.Working));
        plot.Legend.ManualItems.Add(ChartFile.Swatch("Setup", ChartColors.Setup));
        plot.Legend.ManualItems.Add(ChartFile.Swatch("Starved", ChartColors.Starved));
        plot.Legend.ManualItems.Add(ChartFile.Swatch("Blocked", ChartColors.Blocked));
        plot.Legend.ManualItems.Add(ChartFile.Swatch("Down", ChartColors.Down));
        plot.Legend.ManualItems.Add(ChartFile.Swatch("Off shift", ChartColors.OffShift));
        ChartFile.LegendOutside(plot);
        return new Chart(
            Name,
            plot,
            ChartFile.HeightFor(n),
            $"A Gantt chart of replication {timeline.Replication + 1} from {timeline.From / hours:0.##} h to {timeline.To / hours:0.##} h: one row per machine in flow order, coloured by its state (working, setup, starved, blocked, down, off shift).");

        void Close(int i, double until)
        {
            if (state[i] is { } current && until > since[i])
            {
                bars.Add(new Bar
                {
                    Position = ChartFile.RowPosition(i, n),
                    ValueBase = since[i] / hours,
                    Value = until / hours,
                    FillColor = Color(current),
                    LineWidth = 0,
                    Size = 0.7,
                });
            }
        }
    }

    private static Color Color(MachineState state) => state switch
    {
        MachineState.Working => ChartColors.Working,
        MachineState.Setup => ChartColors.Setup,
        MachineState.Starved => ChartColors.Starved,
        MachineState.Blocked => ChartColors.Blocked,
        MachineState.OffShift => ChartColors.OffShift,
        _ => ChartColors.Down,
    };
}
