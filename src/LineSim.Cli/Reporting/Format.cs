using System.Globalization;
using LineSim.Results;

namespace LineSim.Cli.Reporting;

/// <summary>Culture-free number formatting for reports.</summary>
internal static class Format
{
    /// <summary>A number in its shortest round-trip form: 55, 0.25.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A number with a fixed count of decimals.</summary>
    public static string Fixed(double value, int decimals) => double.IsNaN(value) ? "-" : value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A fraction as a percentage with one decimal: 0.954 is 95.4%.</summary>
    public static string Percent(double fraction) => double.IsNaN(fraction) ? "-" : Fixed(fraction * 100, 1) + "%";

    /// <summary>An estimate as <c>mean ± halfWidth</c>, the half-width left out when undefined.</summary>
    public static string Estimate(Estimate estimate, int decimals) => double.IsNaN(estimate.HalfWidth)
        ? Fixed(estimate.Mean, decimals)
        : $"{Fixed(estimate.Mean, decimals)} ± {Fixed(estimate.HalfWidth, decimals)}";

    /// <summary>An estimate of a fraction as percentages: <c>95.4% ± 0.5%</c>.</summary>
    public static string PercentEstimate(Estimate estimate) => double.IsNaN(estimate.HalfWidth)
        ? Percent(estimate.Mean)
        : $"{Percent(estimate.Mean)} ± {Percent(estimate.HalfWidth)}";

    /// <summary>Seconds in a week.</summary>
    public const double Week = 7 * 86_400;

    /// <summary>A length of time in the largest unit it is a whole number of, or else in days, hours or seconds: <c>39 weeks</c>, <c>10 d</c>, <c>8 h</c>.</summary>
    public static string Span(double seconds) => seconds switch
    {
        >= Week when seconds % Week == 0 => $"{Number(seconds / Week)} week{(seconds == Week ? string.Empty : "s")}",
        >= 86_400 => $"{Number(Math.Round(seconds / 86_400, 2))} d",
        >= 3_600 => $"{Number(Math.Round(seconds / 3_600, 2))} h",
        _ => $"{Number(Math.Round(seconds, 1))} s",
    };

    /// <summary>A duration in seconds, with hours or days when long: <c>864000 s (10 d)</c>.</summary>
    public static string Seconds(double seconds) => seconds switch
    {
        >= 86_400 => $"{Number(Math.Round(seconds, 1))} s ({Number(Math.Round(seconds / 86_400, 2))} d)",
        >= 3_600 => $"{Number(Math.Round(seconds, 1))} s ({Number(Math.Round(seconds / 3_600, 2))} h)",
        _ => $"{Number(Math.Round(seconds, 1))} s",
    };
}
