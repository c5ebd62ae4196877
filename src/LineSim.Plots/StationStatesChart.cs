using System.Globalization;
using LineSim.Results;
using ScottPlot;

namespace LineSim.Plots;

/// <summary>
/// Per station, one row down the chart, stacked bars of the share of time working, in setup, starved, blocked and down
/// (setup only where it occurs). Under a shift calendar the shares are of working time, and the time off shift, the
/// same for every station, is given apart in the legend.
/// </summary>
internal static class StationStatesChart
{
    public const string Name = "station-states";

    public static Chart Create(SimulationResult result)
    {
        int n = result.Stations.Length;
        double offShift = OffShift(result);
        bool calendar = offShift > 0;
        Plot plot = ChartFile.Create(
            $"Station states: {result.Scenario}",
            calendar ? "Share of working time (%)" : "Share of time (%)",
            "Station (in flow order)");
        bool setup = result.Stations.Any(s => s.Setup.Mean > 0);
        var bars = new List<Bar>();
        var labels = new string[n];
        for (int i = 0; i < n; i++)
        {
            StationSummary station = result.Stations[i];
            labels[i] = station.Name;
            double working = 1 - station.OffShift.Mean;
            double left = 0;
            foreach ((double fraction, Color color) in States(station))
            {
                double right = left + (100 * fraction / working);
                bars.Add(new Bar { Position = ChartFile.RowPosition(i, n), ValueBase = left, Value = right, FillColor = color, LineWidth = 0, Size = 0.7 });
                left = right;
            }
        }

        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        ChartFile.Rows(plot, labels);
        plot.Axes.SetLimitsX(0, 100);
        plot.Legend.ManualItems.Add(ChartFile.Swatch("Working", ChartColors.Working));
        if (setup)
        {
            plot.Legend.ManualItems.Add(ChartFile.Swatch("Setup", ChartColors.Setup));
        }

        plot.Legend.ManualItems.Add(ChartFile.Swatch("Starved", ChartColors.Starved));
        plot.Legend.ManualItems.Add(ChartFile.Swatch("Blocked", ChartColors.Blocked));
        plot.Legend.ManualItems.Add(ChartFile.Swatch("Down", ChartColors.Down));
        string apart = string.Empty;
        if (calendar)
        {
            string share = (100 * offShift).ToString("F1", CultureInfo.InvariantCulture);
            plot.Legend.ManualItems.Add(ChartFile.Swatch($"Off shift: {share}% of all time", ChartColors.OffShift));
            apart = $" Shares are of working time; the time off shift, {share}% of all time, is left out.";
        }

        ChartFile.LegendOutside(plot);
        return new Chart(
            Name,
            plot,
            ChartFile.HeightFor(n),
            $"Stacked bars, one per station in flow order, of the share of time each station spent working, {(setup ? "in setup, " : string.Empty)}starved, blocked and down.{apart}");
    }

    /// <summary>The stations' mean share of time off shift: every station follows the same calendar.</summary>
    public static double OffShift(SimulationResult result) => result.Stations.Max(s => s.OffShift.Mean);

    private static (double Fraction, Color Color)[] States(StationSummary station) =>
    [
        (station.Working.Mean, ChartColors.Working),
        (station.Setup.Mean, ChartColors.Setup),
        (station.Starved.Mean, ChartColors.Starved),
        (station.Blocked.Mean, ChartColors.Blocked),
        (station.Down.Mean, ChartColors.Down),
    ];
}
