using System.Text.Json;
using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>
/// Reads one element of <c>segments</c>: <c>{ "name": ..., "first": station, "last": station, "taktTime": s }</c>, the
/// takt by default the line's. The stations it names, and what they may be, are checked on the line
/// (<see cref="LineModel.Validate"/>).
/// </summary>
internal static class SegmentReader
{
    public static PacedSegment? Read(JsonElement element, string path, double? lineTaktTime, ScenarioErrorList errors)
    {
        JsonFields? fields = JsonFields.Open(element, path, errors, "a paced segment", "name", "first", "last", "taktTime");
        if (fields is null)
        {
            return null;
        }

        int before = errors.Count;
        string? name = fields.String("name", required: true);
        string? first = fields.String("first", required: true);
        string? last = fields.String("last", required: true);
        double? taktTime = fields.Time("taktTime", NumberRule.Positive) ?? lineTaktTime;
        return errors.Count == before && name is not null && first is not null && last is not null && taktTime is { } takt
            ? new PacedSegment(name, first, last, takt)
            : null;
    }
}
