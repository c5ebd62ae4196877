using System.Globalization;

namespace LineSim.Scenarios;

/// <summary>Builds the paths that name a value in a scenario file, such as <c>stations[2].processingTime.mean</c>.</summary>
internal static class JsonPath
{
    public static string Property(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    public static string Index(string parent, int index) => string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");

    /// <summary>
    /// The path of key <paramref name="key"/> of an object whose keys are names (variants): <c>byVariant.Touring</c>, or
    /// <c>byVariant["Touring XL"]</c> for a name that is not one plain word.
    /// </summary>
    public static string Key(string parent, string key) =>
        key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? Property(parent, key)
            : $"{parent}[\"{key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"]";
}
