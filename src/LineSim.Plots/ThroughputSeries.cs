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
            ? Create(result, calendar, TimeAxis.Words(interval), interval, r => r.OutputPerInterval)
            : null;

    /// <summary>Per day of the window: from the calendar's daily output, or else from output intervals that divide a day.</summary>
    public static ThroughputSeries? PerDay(SimulationResult result, ShiftCalendar? calendar) => Periods(result, calendar, "day", Day, r => r.OutputPerDay);

    /// <summary>Per week of the window, as <see cref="PerDay"/>.</summary>
    public static ThroughputSeries? PerWeek(SimulationResult result, ShiftCalendar? calendar) => Periods(result, calendar, "week", Week, r => r.OutputPerWeek);

    private static ThroughputSeries? Periods(SimulationResult result, ShiftCalendar? calendar, string period, double seconds, Func<ReplicationResult, ImmutableArray<long>> counted)
    {
        if (result.ReplicationResults.All(r => counted(r).Length > 0))
        {
            return Create(result, calendar, period, seconds, counted);
        }

        if (result.OutputInterval is { } interval && result.ThroughputOverTime.Length > 0 && seconds % interval == 0)
        {
            int per = (int)(seconds / interval);
            return Create(result, calendar, period, seconds, r => Sum(r.OutputPerInterval, per));
        }

        return null;
    }

    private static ImmutableArray<long> Sum(ImmutableArray<long> counts, int per)
    {
        var sums = new long[(counts.Length + per - 1) / per];
        for (int k = 0; k < counts.Length; k++)
        {
            sums[k / per] += counts[k];
        }

        return [.. sums];
    }

    private static ThroughputSeries Create(SimulationResult result, ShiftCalendar? calendar, string period, double seconds, Func<ReplicationResult, ImmutableArray<long>> counted)
    {
        WorkingTime? working = calendar is null ? null : new WorkingTime(calendar);
        ImmutableArray<ReplicationResult> replications = result.ReplicationResults;
        int periods = replications.Min(r => counted(r).Length);
        var values = new double[replications.Length];
        var series = ImmutableArray.CreateBuilder<Estimate>(periods);
        for (int k = 0; k < periods; k++)
        {
            for (int r = 0; r < replications.Length; r++)
            {
                // The last period ends with the window and may be shorter.
                double from = k * seconds;
                double to = Math.Min((k + 1) * seconds, replications[r].ObservedTime);
                double hours = (working is null ? to - from : working.Between(result.Warmup + from, result.Warmup + to)) / 3_600;
                values[r] = hours > 0 ? counted(replications[r])[k] / hours : double.NaN;
            }

            series.Add(Estimate.From(values));
        }

        return new ThroughputSeries(period, seconds, series.MoveToImmutable(), working is not null);
    }
}
