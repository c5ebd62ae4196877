using System.Globalization;
using System.Text.Json;

namespace LineSim.Experiments.Shards;

/// <summary>Doubles in shard files: JSON numbers written to round-trip exactly, and NaN and the infinities as strings.</summary>
internal static class ShardNumbers
{
    public static void Write(Utf8JsonWriter json, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumberValue(value);
        }
        else
        {
            json.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
        }
    }

    public static bool TryRead(JsonElement element, out double value)
    {
        value = 0;
        return element.ValueKind switch
        {
            JsonValueKind.Number => element.TryGetDouble(out value),
            JsonValueKind.String => element.GetString() is "NaN" or "Infinity" or "-Infinity" && double.TryParse(element.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value),
            _ => false,
        };
    }
}
