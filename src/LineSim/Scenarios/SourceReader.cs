using System.Text.Json;
using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>
/// Reads the <c>source</c>: <c>{ "type": "unlimited" }</c>; <c>{ "type": "arrivals", "interarrivalTime": ...,
/// "capacity": ... }</c> for an arrival process feeding an input buffer; or <c>{ "type": "scheduled", "every": ...,
/// "first": ..., "capacity": ... }</c> (or <c>"at": [...], "repeatEvery": ...</c>) for deliveries on a schedule, with
/// the notation of an exit's <c>pull</c>.
/// </summary>
internal static class SourceReader
{
    public const string Unlimited = "unlimited";
    public const string Arrivals = "arrivals";
    public const string Scheduled = "scheduled";

    private static readonly IReadOnlyList<string> s_types = [Unlimited, Arrivals, Scheduled];

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

        if (type == Scheduled)
        {
            JsonFields schedule = JsonFields.Open(element, path, errors, "a scheduled source", [TypeField.Name, .. ScheduleReader.Fields, "capacity"])!;
            int before = errors.Count;
            Schedule? times = ScheduleReader.Read(schedule, path, errors, "a delivery");
            int? inputCapacity = schedule.Integer("capacity", minimum: 0);
            return errors.Count == before && times is not null ? Source.Scheduled(times, inputCapacity) : null;
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
