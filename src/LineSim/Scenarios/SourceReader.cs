using System.Text.Json;
using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>
/// Reads the <c>source</c>: <c>{ "type": "unlimited" }</c>, or <c>{ "type": "arrivals", "interarrivalTime": ...,
/// "capacity": ... }</c> for an arrival process feeding an input buffer.
/// </summary>
internal static class SourceReader
{
    public const string Unlimited = "unlimited";
    public const string Arrivals = "arrivals";

    private static readonly IReadOnlyList<string> s_types = [Unlimited, Arrivals];

    public static Source? Read(JsonElement element, string path, ScenarioErrorList errors)
    {
        string? type = TypeField.Read(element, path, errors, "a source", s_types);
        if (type is null)
        {
            return null;
        }

        if (type == Unlimited)
        {
            int before = errors.Count;
            JsonFields.Open(element, path, errors, "an unlimited source", TypeField.Name);
            return errors.Count == before ? Source.Unlimited : null;
        }

        JsonFields fields = JsonFields.Open(element, path, errors, "an arrival source", TypeField.Name, "interarrivalTime", "capacity")!;
        int start = errors.Count;
        Distribution? interarrival = null;
        if (fields.TryGet("interarrivalTime", out JsonElement value))
        {
            interarrival = DistributionReader.Read(value, fields.At("interarrivalTime"), errors);
            if (interarrival is not null && interarrival.Mean <= 0)
            {
                fields.Report("interarrivalTime", $"must have a mean greater than 0, got a mean of {Require.Format(interarrival.Mean)}; parts would arrive without end at one instant");
            }
        }
        else
        {
            fields.ReportMissing("interarrivalTime");
        }

        int? capacity = fields.Integer("capacity", minimum: 0);
        return errors.Count == start && interarrival is not null ? Source.Arrivals(interarrival, capacity) : null;
    }
}
