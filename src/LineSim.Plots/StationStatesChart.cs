using LineSim.Results;
using ScottPlot;

namespace LineSim.Plots;

/// <summary>Per station, stacked bars of the share of time working, starved, blocked and down.</summary>
internal static class StationStatesChart
{
    public const string Name = "station-states";

    public static Plot Create(SimulationResult result)
    {
        Plot plot = ChartFile.Create($"Station states: {result.Scenario}", "Station (in flow order)", "Share of time (%)");
        var labels = new string[result.Stations.Length];
        var bars = new List<Bar>();
        for (int i = 0; i < result.Stations.Length; i++)
        {
            StationSummary station = result.Stations[i];
            labels[i] = station.Name;
            double bottom = 0;
            foreach ((double fraction, Color color) in new[]
                     {
                         (station.Working.Mean, ChartColors.Working),
                         (station.Starved.Mean, ChartColors.Starved),
                         (station.Blocked.Mean, ChartColors.Blocked),
                         (station.Down.Mean, ChartColors.Down),
                     })
            {
                double top = bottom + (100 * fraction);
                bars.Add(new Bar { Position = i, ValueBase = bottom, Value = top, FillColor = color, LineWidth = 0, Size = 0.7 });
                bottom = top;
            }
        }

        plot.Add.Bars(bars);
        ChartFile.Categories(plot, labels);
        plot.Axes.SetLimitsY(0, 100);
        plot.ShowLegend(
            [
                ChartFile.Swatch("Working", ChartColors.Working),
                ChartFile.Swatch("Starved", ChartColors.Starved),
                ChartFile.Swatch("Blocked", ChartColors.Blocked),
                ChartFile.Swatch("Down", ChartColors.Down),
            ],
            Alignment.UpperRight);
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.Axes.SetLimitsY(0, 112);
        return plot;
    }
}
