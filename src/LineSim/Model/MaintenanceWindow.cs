namespace LineSim.Model;

/// <summary>Recurring planned maintenance of a station: it stops for <paramref name="Duration"/> seconds every <paramref name="Every"/> seconds.</summary>
/// <param name="First">The start of the first window, in seconds of calendar time from the start of the run.</param>
/// <param name="Every">The time between the starts of consecutive windows; greater than <paramref name="Duration"/>.</param>
/// <param name="Duration">The length of each window; greater than 0.</param>
/// <remarks>
/// During a window every machine of the station is stopped (its state is down, reported apart as maintenance): work
/// in progress pauses and resumes after it. With a shift calendar, a window outside working time costs nothing.
/// </remarks>
public sealed record MaintenanceWindow(double First, double Every, double Duration)
{
    /// <summary>A maintenance window given as time spans.</summary>
    /// <param name="first">The start of the first window, from the start of the run.</param>
    /// <param name="every">The time between the starts of consecutive windows.</param>
    /// <param name="duration">The length of each window.</param>
    public MaintenanceWindow(TimeSpan first, TimeSpan every, TimeSpan duration)
        : this(first.TotalSeconds, every.TotalSeconds, duration.TotalSeconds)
    {
    }
}
