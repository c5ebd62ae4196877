using System.Globalization;

namespace LineSim.Plots;

/// <summary>The unit of a time axis: hours for a window of up to two weeks, days beyond.</summary>
/// <param name="Seconds">Seconds in one unit.</param>
/// <param name="Unit">The unit's symbol, for the axis label.</param>
internal readonly record struct TimeAxis(double Seconds, string Unit)
{
    private const double Day = 86_400;

    public static TimeAxis For(double window) => window > 14 * Day ? new TimeAxis(Day, "d") : new TimeAxis(3_600, "h");

    /// <summary>A length of time in words: <c>hour</c>, <c>4 h</c>, <c>900 s</c>.</summary>
    public static string Words(double seconds) => seconds % 3_600 == 0
        ? (seconds == 3_600 ? "hour" : $"{(seconds / 3_600).ToString("0", CultureInfo.InvariantCulture)} h")
        : $"{seconds.ToString("0.##", CultureInfo.InvariantCulture)} s";
}
