using System.Globalization;
using LineSim.Results;

namespace LineSim.Plots.Html;

/// <summary>Culture-free number formatting for the report; undefined values (NaN) read "-".</summary>
internal static class Numbers
{
    public static string Fixed(double value, int decimals) =>
        double.IsNaN(value) ? "-" : value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A number in its shortest round-trip form: 55, 0.25.</summary>
    public static string Plain(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A fraction as a percentage with one decimal: 0.954 is 95.4%.</summary>
    public static string Percent(double fraction) => double.IsNaN(fraction) ? "-" : Fixed(fraction * 100, 1) + "%";

    /// <summary><c>mean ± halfWidth</c>, the half-width left out when undefined.</summary>
    public static string Estimate(Estimate estimate, int decimals) => double.IsNaN(estimate.HalfWidth)
        ? Fixed(estimate.Mean, decimals)
        : $"{Fixed(estimate.Mean, decimals)} ± {Fixed(estimate.HalfWidth, decimals)}";

    public static string PercentEstimate(Estimate estimate) => double.IsNaN(estimate.HalfWidth)
        ? Percent(estimate.Mean)
        : $"{Percent(estimate.Mean)} ± {Percent(estimate.HalfWidth)}";

    /// <summary>A length of time in the largest fitting unit: <c>39 weeks</c>, <c>10 d</c>, <c>8 h</c>, <c>45 s</c>.</summary>
    public static string Span(double seconds) => seconds switch
    {
        >= 604_800 when seconds % 604_800 == 0 => $"{Plain(seconds / 604_800)} week{(seconds == 604_800 ? string.Empty : "s")}",
        >= 86_400 => $"{Plain(Math.Round(seconds / 86_400, 2))} d",
        >= 3_600 => $"{Plain(Math.Round(seconds / 3_600, 2))} h",
        _ => $"{Plain(Math.Round(seconds, 1))} s",
    };
}
