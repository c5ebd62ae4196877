using System.Text.Json;
using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>Reads one element of a station's <c>stops</c>: <c>{ "name": ..., "every": n, "duration": distribution, "variant": name }</c>.</summary>
internal static class StopReader
{
    public static CountStop? Read(JsonElement element, string path, ScenarioErrorList errors)
    {
        JsonFields? fields = JsonFields.Open(element, path, errors, "a stop after a count of parts", "name", "every", "duration", "variant");
        if (fields is null)
        {
            return null;
        }

        int before = errors.Count;
        string? name = fields.String("name", required: true);
        int? every = fields.Integer("every", minimum: 1, required: true);
        Distribution? duration = null;
        if (fields.TryGet("duration", out JsonElement durationElement))
        {
            duration = DistributionReader.Read(durationElement, fields.At("duration"), errors);
        }
        else
        {
            fields.ReportMissing("duration");
        }

        string? variant = fields.String("variant");
        return errors.Count == before && name is not null && every is { } count && duration is not null
            ? new CountStop(name, count, duration) { Variant = variant }
            : null;
    }
}
