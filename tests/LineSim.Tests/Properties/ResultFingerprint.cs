using System.Collections;
using System.Globalization;
using System.Reflection;
using LineSim.Results;

namespace LineSim.Tests.Properties;

/// <summary>
/// Flattens a result record into "path=value" lines, doubles as their exact bits, so that two results compare field
/// by field, bit for bit, and a difference names the field.
/// </summary>
internal static class ResultFingerprint
{
    public static List<string> Of(object? value)
    {
        var lines = new List<string>();
        Add(lines, "result", value, depth: 0);
        return lines;
    }

    /// <summary>The summary's figures and each replication's, field by field; the replications apart, as a plant's figures nest deeper than a line's.</summary>
    public static List<string> OfEachReplication(SimulationResult result)
    {
        List<string> lines = Of(result with { ReplicationResults = [] });
        foreach (ReplicationResult replication in result.ReplicationResults)
        {
            lines.AddRange(Of(replication));
        }

        return lines;
    }

    private static void Add(List<string> lines, string path, object? value, int depth)
    {
        switch (value)
        {
            case null:
                lines.Add($"{path}=null");
                return;
            case double d:
                lines.Add($"{path}={BitConverter.DoubleToInt64Bits(d):X16} ({d.ToString("R", CultureInfo.InvariantCulture)})");
                return;
            case string or Enum or bool or int or long:
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"{path}={value}"));
                return;
            case IEnumerable sequence:
                int index = 0;
                foreach (object? item in sequence)
                {
                    Add(lines, $"{path}[{index++}]", item, depth + 1);
                }

                lines.Add($"{path}.Count={index}");
                return;
            default:
                Assert.True(depth < 8, $"{path} nests too deep");
                foreach (PropertyInfo property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
                    {
                        Add(lines, $"{path}.{property.Name}", property.GetValue(value), depth + 1);
                    }
                }

                return;
        }
    }
}
