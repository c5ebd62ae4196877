using System.Text.Json;
using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>Reads one element of <c>carriers</c>: <c>{ "name": ..., "count": n, "from": station, "to": station, "returnTime": s }</c>.</summary>
internal static class CarrierReader
{
    public static CarrierLoop? Read(JsonElement element, string path, ScenarioErrorList errors)
    {
        JsonFields? fields = JsonFields.Open(element, path, errors, "a carrier loop", "name", "count", "from", "to", "returnTime");
        if (fields is null)
        {
            return null;
        }

        int before = errors.Count;
        string? name = fields.String("name", required: true);
        int? count = fields.Integer("count", minimum: 1, required: true);
        string? from = fields.String("from", required: true);
        string? to = fields.String("to", required: true);
        double? returnTime = fields.Time("returnTime", NumberRule.NonNegative);
        return errors.Count == before && name is not null && count is { } carriers && from is not null && to is not null
            ? new CarrierLoop(name, carriers, from, to, returnTime ?? 0)
            : null;
    }
}
