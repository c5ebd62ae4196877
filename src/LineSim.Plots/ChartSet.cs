using LineSim.Model;
using LineSim.Results;

namespace LineSim.Plots;

/// <summary>Which charts a result supports, in the order files and reports give them.</summary>
internal static class ChartSet
{
    private const double Day = 86_400;

    /// <summary>
    /// Station states, throughput per replication, the bottlenecks and the losses from takt to JPH (when the run found
    /// them), throughput over time (each output interval for a window of up to two
    /// weeks; per day and per week for longer ones), lead time and its histogram, buffer occupancy and levels, as the
    /// result has the data for them.
    /// </summary>
    public static List<Chart> All(SimulationResult result, ShiftCalendar? calendar)
    {
        var charts = new List<Chart> { StationStatesChart.Create(result), ThroughputChart.Create(result) };
        if (BottleneckChart.HasData(result))
        {
            charts.Add(BottleneckChart.Create(result));
            charts.Add(LossWaterfallChart.Create(result));
        }

        charts.AddRange(OverTime(result, calendar).Select(series => ThroughputOverTimeChart.Create(result, series)));
        if (LeadTimeChart.HasData(result))
        {
            charts.Add(LeadTimeChart.Create(result));
        }

        if (LeadTimeHistogramChart.HasData(result))
        {
            charts.Add(LeadTimeHistogramChart.Create(result));
        }

        if (BufferOccupancyChart.Buffers(result).Count > 0)
        {
            charts.Add(BufferOccupancyChart.Create(result));
        }

        if (BufferLevelsChart.Buffers(result).Count > 0)
        {
            charts.Add(BufferLevelsChart.Create(result));
        }

        return charts;
    }

    /// <summary>The throughput series worth charting: each output interval in a short run, days and weeks in a long one.</summary>
    public static List<ThroughputSeries> OverTime(SimulationResult result, ShiftCalendar? calendar)
    {
        var series = new List<ThroughputSeries>();
        bool longRun = result.Duration > ThroughputSeries.LongRun;
        if (!longRun && ThroughputSeries.PerInterval(result, calendar) is { } perInterval)
        {
            series.Add(perInterval);
        }

        if (result.Duration >= 2 * Day && ThroughputSeries.PerDay(result, calendar) is { } perDay && (longRun || calendar is not null))
        {
            series.Add(perDay);
        }

        if (result.Duration >= 14 * Day && ThroughputSeries.PerWeek(result, calendar) is { } perWeek)
        {
            series.Add(perWeek);
        }

        return series;
    }
}
