using System.Text.Json;
using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>Reads one element of <c>crews</c>: <c>{ "name": ..., "size": n }</c>.</summary>
internal static class CrewReader
{
    public static RepairCrew? Read(JsonElement element, string path, ScenarioErrorList errors)
    {
        JsonFields? fields = JsonFields.Open(element, path, errors, "a repair crew", "name", "size");
        if (fields is null)
        {
            return null;
        }

        string? name = fields.String("name", required: true);
        int? size = fields.Integer("size", minimum: 1, required: true);
        return name is not null && size is { } technicians ? new RepairCrew(name, technicians) : null;
    }
}
