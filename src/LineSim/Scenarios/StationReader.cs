using System.Text.Json;
using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>Reads one element of <c>stations</c>: <c>name</c>, <c>processingTime</c>, <c>bufferBefore</c>, <c>failures</c>.</summary>
internal static class StationReader
{
    public static StationEntry? Read(JsonElement element, string path, int index, ScenarioErrorList errors)
    {
        JsonFields? fields = JsonFields.Open(element, path, errors, "a station", "name", "processingTime", "bufferBefore", "failures");
        if (fields is null)
        {
            return null;
        }

        int before = errors.Count;
        string? name = fields.String("name", required: true);

        Distribution? processingTime = null;
        if (fields.TryGet("processingTime", out JsonElement processing))
        {
            processingTime = DistributionReader.Read(processing, fields.At("processingTime"), errors);
        }
        else
        {
            fields.ReportMissing("processingTime");
        }

        int? bufferBefore = null;
        if (index == 0 && fields.Has("bufferBefore"))
        {
            fields.Report("bufferBefore", "not allowed on the first station: no station comes before it (an arrival source's input buffer is source.capacity)");
        }
        else
        {
            bufferBefore = fields.Integer("bufferBefore", minimum: 0);
        }

        FailureModel? failures = null;
        if (fields.TryGet("failures", out JsonElement failureElement))
        {
            failures = FailureReader.Read(failureElement, fields.At("failures"), errors);
        }

        if (errors.Count > before || name is null || processingTime is null)
        {
            return null;
        }

        return new StationEntry(new Station(name, processingTime, failures), bufferBefore);
    }
}
