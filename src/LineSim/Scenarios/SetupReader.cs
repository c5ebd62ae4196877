using System.Collections.Immutable;
using System.Text.Json;
using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>
/// Reads a station's <c>setup</c>: a distribution (the setup for any change of variant), or <c>{ "time": distribution,
/// "matrix": [ { "from": variant, "to": variant, "time": distribution } ] }</c>. Which variants the matrix may name is
/// checked on the line (<see cref="LineModel.Validate"/>).
/// </summary>
internal static class SetupReader
{
    public static Changeover? Read(JsonElement element, string path, ScenarioErrorList errors)
    {
        if (element.ValueKind != JsonValueKind.Object || !(element.TryGetProperty("time", out _) || element.TryGetProperty("matrix", out _)))
        {
            return DistributionReader.Read(element, path, errors) is { } any ? new Changeover(any) : null;
        }

        JsonFields fields = JsonFields.Open(element, path, errors, "a setup", "time", "matrix")!;
        int before = errors.Count;
        Distribution? time = null;
        if (fields.TryGet("time", out JsonElement timeElement))
        {
            time = DistributionReader.Read(timeElement, fields.At("time"), errors);
        }

        ImmutableArray<ChangeoverTime>? matrix = fields.List("matrix", "changeovers (from, to and time)", (item, at) => ReadChange(item, at, errors));
        if (matrix is { } changes)
        {
            var seen = new Dictionary<(string, string), int>();
            for (int k = 0; k < changes.Length; k++)
            {
                string at = JsonPath.Index(fields.At("matrix"), k);
                if (!seen.TryAdd((changes[k].From, changes[k].To), k))
                {
                    errors.Add(at, $"the setup from {JsonText.Quote(changes[k].From)} to {JsonText.Quote(changes[k].To)} is already given by {JsonPath.Index(fields.At("matrix"), seen[(changes[k].From, changes[k].To)])}");
                }
            }
        }

        return errors.Count == before ? new Changeover(time) { Matrix = matrix ?? [] } : null;
    }

    private static ChangeoverTime? ReadChange(JsonElement element, string path, ScenarioErrorList errors)
    {
        JsonFields? fields = JsonFields.Open(element, path, errors, "a changeover", "from", "to", "time");
        if (fields is null)
        {
            return null;
        }

        int before = errors.Count;
        string? from = fields.String("from", required: true);
        string? to = fields.String("to", required: true);
        Distribution? time = null;
        if (fields.TryGet("time", out JsonElement timeElement))
        {
            time = DistributionReader.Read(timeElement, fields.At("time"), errors);
        }
        else
        {
            fields.ReportMissing("time");
        }

        if (from is not null && from == to)
        {
            fields.Report("to", $"must differ from from ({JsonText.Quote(from)}): a setup happens only when the variant changes");
        }

        return errors.Count == before && from is not null && to is not null && time is not null ? new ChangeoverTime(from, to, time) : null;
    }
}
