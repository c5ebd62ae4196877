using System.Text.Json;
using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>
/// Reads an input's <c>conveyor</c>: <c>{ "travelTime": s, "capacity": n }</c>, or <c>{ "length": m, "pitch": m,
/// "speed": m_per_s }</c> for <see cref="Conveyor.FromLength"/>.
/// </summary>
internal static class ConveyorReader
{
    /// <param name="element">The conveyor's JSON object.</param>
    /// <param name="path">Its JSON path.</param>
    /// <param name="errors">Where problems go.</param>
    /// <param name="what">What the object is, for errors.</param>
    /// <param name="travelTimeRequired">False where a conveyor without a travel time is a buffer (a carrier loop's return).</param>
    public static Conveyor? Read(JsonElement element, string path, ScenarioErrorList errors, string what = "a conveyor", bool travelTimeRequired = true)
    {
        JsonFields? fields = JsonFields.Open(element, path, errors, what, "travelTime", "capacity", "length", "pitch", "speed");
        if (fields is null)
        {
            return null;
        }

        int before = errors.Count;
        bool direct = fields.Has("travelTime") || fields.Has("capacity");
        string? geometric = fields.Has("length") ? "length" : fields.Has("pitch") ? "pitch" : fields.Has("speed") ? "speed" : null;
        if (direct && geometric is not null)
        {
            fields.Report(geometric, "give either travelTime and capacity or length, pitch and speed, not both");
            return null;
        }

        if (geometric is not null)
        {
            double? length = fields.Number("length", NumberRule.Positive, required: true);
            double? pitch = fields.Number("pitch", NumberRule.Positive, required: true);
            double? speed = fields.Number("speed", NumberRule.Positive, required: true);
            if (length is not { } l || pitch is not { } p || speed is not { } v || errors.Count > before)
            {
                return null;
            }

            if (p > l)
            {
                fields.Report("pitch", $"must be at most the length ({Require.Format(l)}), got {Require.Format(p)}; not one part would fit");
                return null;
            }

            return Conveyor.FromLength(l, p, v);
        }

        double? travelTime = fields.Time("travelTime", NumberRule.NonNegative, required: travelTimeRequired) ?? (travelTimeRequired ? null : 0);
        int? capacity = fields.Integer("capacity", minimum: 1, required: true);
        return travelTime is { } time && capacity is { } places && errors.Count == before ? new Conveyor(time, places) : null;
    }
}
