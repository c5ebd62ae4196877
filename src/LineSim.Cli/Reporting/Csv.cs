using System.Globalization;

namespace LineSim.Cli.Reporting;

/// <summary>CSV cells and lines: numbers culture-free in their round-trip form (empty when not finite), cells quoted where needed.</summary>
internal static class Csv
{
    public static string Number(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>The cells as one line, ended by <c>\n</c>.</summary>
    public static string Line(IEnumerable<string> cells) => string.Join(',', cells.Select(Escape)) + "\n";

    private static string Escape(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
