using System.Globalization;

namespace LineSim.Scenarios;

/// <summary>
/// Times written with a unit in scenario and plan files: a number, optional spaces, and one of <see cref="Units"/>
/// (<c>"55 s"</c>, <c>"55s"</c>, <c>"30 min"</c>, <c>"1.5h"</c>, <c>"2 d"</c>, <c>"1 w"</c>).
/// </summary>
internal static class TimeText
{
    /// <summary>The units accepted, for messages.</summary>
    public const string Units = "s, min, h, d, w";

    /// <summary>What a time field takes, for messages.</summary>
    public const string Expected = "a number of seconds or a string with a unit (" + Units + "), as \"55 s\" or \"4 h\"";

    /// <summary>Reads <paramref name="text"/> as a time with a unit, in seconds; <see langword="false"/> when it is not one.</summary>
    public static bool TryParse(string text, out double seconds)
    {
        seconds = 0;
        ReadOnlySpan<char> span = text.AsSpan().Trim();
        int end = span.Length;
        while (end > 0 && char.IsAsciiLetter(span[end - 1]))
        {
            end--;
        }

        double? unit = span[end..] switch
        {
            "s" => 1,
            "min" => 60,
            "h" => 3_600,
            "d" => 86_400,
            "w" => 604_800,
            _ => null,
        };
        ReadOnlySpan<char> number = span[..end].TrimEnd();
        if (unit is not { } factor || number.IsEmpty
            || !double.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value))
        {
            return false;
        }

        seconds = value * factor;
        return double.IsFinite(seconds);
    }
}
