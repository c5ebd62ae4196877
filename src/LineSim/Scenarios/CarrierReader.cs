using System.Text.Json;
using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>
/// Reads one element of <c>carriers</c>: <c>{ "name": ..., "count": n, "from": station, "to": station, "returnTime": s }</c>,
/// or with a return of limited capacity <c>"return": { "travelTime": s, "capacity": n }</c> (a conveyor's notation;
/// without a travel time, a buffer) in place of <c>returnTime</c>, and <c>"storage": n</c>.
/// </summary>
internal static class CarrierReader
{
    public static CarrierLoop? Read(JsonElement element, string path, ScenarioErrorList errors)
    {
        JsonFields? fields = JsonFields.Open(element, path, errors, "a carrier loop", "name", "count", "from", "to", "returnTime", "return", "storage");
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
        Conveyor? back = null;
        if (fields.TryGet("return", out JsonElement returnElement))
        {
            if (fields.Has("returnTime"))
            {
                fields.Report("return", "give either returnTime or return, not both; the return's travel time is return.travelTime");
            }
            else
            {
                back = ConveyorReader.Read(returnElement, fields.At("return"), errors, "a carrier return", travelTimeRequired: false);
            }
        }

        int? storage = fields.Integer("storage", minimum: 0);
        return errors.Count == before && name is not null && count is { } carriers && from is not null && to is not null
            ? new CarrierLoop(name, carriers, from, to, returnTime ?? 0) { Return = back, Storage = storage }
            : null;
    }
}
