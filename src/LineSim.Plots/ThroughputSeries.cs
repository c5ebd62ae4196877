using System.Collections.Immutable;
using LineSim.Model;
using LineSim.Results;

namespace LineSim.Plots;

/// <summary>
/// Throughput per working hour in consecutive periods of the observation window (hours, days or weeks), each with its
/// 95% confidence interval over replications; a period without working time has none (NaN).
/// </summary>
/// <param name="Period">The period's name: the output interval in words, <c>day</c> or <c>week</c>.</param>
/// <param name="Seconds">The period's length, in seconds.</param>
/// <param name="PerWorkingHour">Per period, parts per working hour, in order from the start of the window.</param>
/// <param name="WorkingHours">Whether the periods' working time came from a shift calendar (per working hour) or is the period itself.</param>
internal sealed record ThroughputSeries(string Period, double Seconds, ImmutableArray<Estimate> PerWorkingHour, bool WorkingHours)
{
    private const double Day = 86_400;
    private const double Week = 7 * Day;

    /// <summary>A window longer than this is a long run: days and weeks are charted instead of each output interval.</summary>
    public const double LongRun = 14 * Day;

    /// <summary>Per output interval; <see langword="null"/> without one.</summary>
    public static ThroughputSeries? PerInterval(SimulationResult result, ShiftCalendar? calendar) =>
        result.OutputInterval is { } interval && result.ThroughputOverTime.Length > 0
            ? Create(result, calendar, TimeAxis.Words(interval), interval, r => r.OutputPerInterval, r => r.WorkingTimePerInterval)
            : null;

    /// <summary>Per day of the window: from the calendar's daily output, or else from output intervals that divide a day.</summary>
    public static ThroughputSeries? PerDay(SimulationResult result, ShiftCalendar? calendar) => Periods(result, calendar, "day", Day, r => r.OutputPerDay, r => r.WorkingTimePerDay);

    /// <summary>Per week of the window, as <see cref="PerDay"/>.</summary>
    public static ThroughputSeries? PerWeek(SimulationResult result, ShiftCalendar? calendar) => Periods(result, calendar, "week", Week, r => r.OutputPerWeek, r => r.WorkingTimePerWeek);

    private static ThroughputSeries? Periods(
        SimulationResult result, ShiftCalendar? calendar, string period, double seconds, Func<ReplicationResult, ImmutableArray<long>> counted, Func<ReplicationResult, ImmutableArray<double>> working)
    {
        if (result.ReplicationResults.All(r => counted(r).Length > 0))
        {
            return Create(result, calendar, period, seconds, counted, working);
        }

        if (result.OutputInterval is { } interval && result.ThroughputOverTime.Length > 0 && seconds % interval == 0)
        {
            int per = (int)(seconds / interval);
            return Create(result, calendar, period, seconds, r => Sum(r.OutputPerInterval, per), r => Sum(r.WorkingTimePerInterval, per));
        }

        return null;
    }

    private static ImmutableArray<T> Sum<T>(ImmutableArray<T> values, int per)
        where T : struct, System.Numerics.INumber<T>
    {
        var sums = new T[(values.Length + per - 1) / per];
        for (int k = 0; k < values.Length; k++)
        {
            sums[k / per] += values[k];
        }

        return [.. sums];
    }

    /// <summary>The series of <paramref name="counted"/> parts over the <paramref name="working"/> seconds of each period, as the results give them.</summary>
    private static ThroughputSeries Create(
        SimulationResult result, ShiftCalendar? calendar, string period, double seconds, Func<ReplicationResult, ImmutableArray<long>> counted, Func<ReplicationResult, ImmutableArray<double>> working)
    {
        ImmutableArray<ReplicationResult> replications = result.ReplicationResults;
        int periods = replications.Min(r => counted(r).Length);
        var values = new double[replications.Length];
        var series = ImmutableArray.CreateBuilder<Estimate>(periods);
        for (int k = 0; k < periods; k++)
        {
            for (int r = 0; r < replications.Length; r++)
            {
                double hours = working(replications[r])[k] / 3_600;
                values[r] = hours > 0 ? counted(replications[r])[k] / hours : double.NaN;
            }

            series.Add(Estimate.From(values));
        }

        return new ThroughputSeries(period, seconds, series.MoveToImmutable(), calendar is not null);
    }
}
