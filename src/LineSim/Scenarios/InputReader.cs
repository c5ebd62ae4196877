using System.Text.Json;
using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>
/// Reads one element of a station's <c>inputs</c>: <c>{ "from": station, "buffer": n, "quantity": q }</c>,
/// <c>{ "from": station, "conveyor": { ... }, "quantity": q }</c> or <c>{ "source": { ... }, "quantity": q }</c>.
/// </summary>
internal static class InputReader
{
    public static StationInput? Read(JsonElement element, string path, ScenarioErrorList errors)
    {
        JsonFields? fields = JsonFields.Open(element, path, errors, "a station input", "from", "source", "buffer", "conveyor", "quantity");
        if (fields is null)
        {
            return null;
        }

        int before = errors.Count;
        bool fromStation = fields.Has("from");
        bool fromSupply = fields.Has("source");
        string? from = fields.String("from");
        Source? supply = null;
        if (fromStation && fromSupply)
        {
            fields.Report("source", "give either from (a station) or source (a supply), not both");
        }
        else if (fromSupply)
        {
            fields.TryGet("source", out JsonElement sourceElement);
            supply = SourceReader.Read(sourceElement, fields.At("source"), errors);
            if (fields.Has("buffer"))
            {
                fields.Report("buffer", "not allowed with source: parts from a supply wait in its own input buffer, source.capacity");
            }

            if (fields.Has("conveyor"))
            {
                fields.Report("conveyor", "not allowed with source: a conveyor carries parts from a station");
            }
        }
        else if (!fromStation)
        {
            errors.Add(path, "needs from (the name of the station the parts come from) or source (a supply that starts a feeder line)");
        }

        int? buffer = null;
        Conveyor? conveyor = null;
        if (fromStation)
        {
            if (fields.Has("buffer") && fields.Has("conveyor"))
            {
                fields.Report("conveyor", "give either buffer or conveyor, not both; the parts on a conveyor are its capacity");
            }
            else if (fields.TryGet("conveyor", out JsonElement conveyorElement))
            {
                conveyor = ConveyorReader.Read(conveyorElement, fields.At("conveyor"), errors);
            }
            else
            {
                buffer = fields.Integer("buffer", minimum: 0);
            }
        }

        int? quantity = fields.Integer("quantity", minimum: 1);
        if (errors.Count > before)
        {
            return null;
        }

        StationInput input = supply is not null ? StationInput.FromSupply(supply)
            : conveyor is not null ? StationInput.FromConveyor(from!, conveyor)
            : StationInput.FromStation(from!, buffer ?? 0);
        return quantity is { } q ? input with { Quantity = q } : input;
    }
}
