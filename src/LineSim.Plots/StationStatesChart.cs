using LineSim.Results;
using ScottPlot;

namespace LineSim.Plots;

/// <summary>Per station, stacked bars of the share of time working, in setup, starved, blocked, down and off shift (the last two of those only when they occur).</summary>
internal static class StationStatesChart
{
    public const string Name = "station-states";

    public static Plot Create(SimulationResult result)
    {
        Plot plot = ChartFile.Create($"Station states: {result.Scenario}", "Station (in flow order)", "Share of time (%)");
        var labels = new string[result.Stations.Length];
        var bars = new List<Bar>();
        bool setup = result.Stations.Any(s => s.Setup.Mean > 0);
        bool offShift = result.Stations.Any(s => s.OffShift.Mean > 0);
        for (int i = 0; i < result.Stations.Length; i++)
        {
            StationSummary station = result.Stations[i];
            labels[i] = station.Name;
            double bottom = 0;
            foreach ((double fraction, Color color) in new[]
                     {
                         (station.Working.Mean, ChartColors.Working),
                         (station.Setup.Mean, ChartColors.Setup),
                         (station.Starved.Mean, ChartColors.Starved),
                         (station.Blocked.Mean, ChartColors.Blocked),
                         (station.Down.Mean, ChartColors.Down),
                         (station.OffShift.Mean, ChartColors.OffShift),
                     })
            {
                double top = bottom + (100 * fraction);
                bars.Add(new Bar { Position = i, ValueBase = bottom, Value = top, FillColor = color, LineWidth = 0, Size = 0.7 });
                bottom = top;
            }
        }

        plot.Add.Bars(bars);
        ChartFile.Categories(plot, labels);
        var legend = new List<LegendItem> { ChartFile.Swatch("Working", ChartColors.Working) };
        if (setup)
        {
            legend.Add(ChartFile.Swatch("Setup", ChartColors.Setup));
        }

        legend.AddRange([ChartFile.Swatch("Starved", ChartColors.Starved), ChartFile.Swatch("Blocked", ChartColors.Blocked), ChartFile.Swatch("Down", ChartColors.Down)]);
        if (offShift)
        {
            legend.Add(ChartFile.Swatch("Off shift", ChartColors.OffShift));
        }

        plot.ShowLegend([.. legend], Alignment.UpperRight);
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.Axes.SetLimitsY(0, 112);
        return plot;
    }
}
