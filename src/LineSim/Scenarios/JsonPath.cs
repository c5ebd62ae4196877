using System.Globalization;

namespace LineSim.Scenarios;

/// <summary>Builds the paths that name a value in a scenario file, such as <c>stations[2].processingTime.mean</c>.</summary>
internal static class JsonPath
{
    public static string Property(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    public static string Index(string parent, int index) => string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");
}
