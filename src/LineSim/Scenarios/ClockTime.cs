using System.Globalization;
using System.Text.Json;

namespace LineSim.Scenarios;

/// <summary>
/// Times of day in a scenario file: <c>"hh:mm"</c> (or <c>"hh:mm:ss"</c>) strings, read as seconds after midnight.
/// <c>"24:00"</c>, the end of the day, is allowed only where a time ends something (a shift, a break).
/// </summary>
internal static class ClockTime
{
    public const double Day = 86_400;

    /// <summary>Reads a time of day at <paramref name="path"/>; <see langword="null"/>, reported, when it is not one.</summary>
    /// <param name="value">The value to read.</param>
    /// <param name="path">Its path.</param>
    /// <param name="errors">Where to report problems.</param>
    /// <param name="endOfDay">Whether <c>"24:00"</c> is allowed.</param>
    public static double? Read(JsonElement value, string path, ScenarioErrorList errors, bool endOfDay)
    {
        string expected = endOfDay ? "a time of day \"hh:mm\", from \"00:00\" to \"24:00\"" : "a time of day \"hh:mm\", from \"00:00\" to \"23:59\"";
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(path, $"must be {expected}, got {JsonText.Describe(value)}");
            return null;
        }

        string text = value.GetString()!;
        if (!TryParse(text, out double seconds) || (seconds >= Day && !endOfDay))
        {
            errors.Add(path, $"must be {expected}, got {JsonText.Quote(text)}");
            return null;
        }

        return seconds;
    }

    /// <summary>Seconds after midnight as <c>"hh:mm"</c>, or <c>"hh:mm:ss"</c> when not a whole minute.</summary>
    public static string Format(double seconds)
    {
        int whole = (int)Math.Round(seconds);
        int hours = whole / 3_600;
        int minutes = whole / 60 % 60;
        int rest = whole % 60;
        return rest == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hours:00}:{minutes:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{hours:00}:{minutes:00}:{rest:00}");
    }

    /// <summary>Parses <c>h:mm</c>, <c>hh:mm</c> or <c>hh:mm:ss</c>, up to <c>24:00</c>.</summary>
    private static bool TryParse(string text, out double seconds)
    {
        seconds = 0;
        string[] parts = text.Split(':');
        if (parts.Length is < 2 or > 3 || parts[0].Length is < 1 or > 2 || parts[1..].Any(p => p.Length != 2) || !parts.All(p => p.All(char.IsAsciiDigit)))
        {
            return false;
        }

        int hours = int.Parse(parts[0], CultureInfo.InvariantCulture);
        int minutes = int.Parse(parts[1], CultureInfo.InvariantCulture);
        int rest = parts.Length == 3 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : 0;
        if (minutes > 59 || rest > 59 || hours > 24 || (hours == 24 && (minutes > 0 || rest > 0)))
        {
            return false;
        }

        seconds = (hours * 3_600) + (minutes * 60) + rest;
        return true;
    }
}
