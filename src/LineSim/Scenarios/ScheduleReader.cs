using System.Text.Json;
using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>
/// Reads a schedule: an exit's <c>pull</c>, or the times of a scheduled <c>source</c>: <c>{ "every": time, "first":
/// time }</c>, or <c>{ "at": [times], "repeatEvery": time }</c>.
/// </summary>
internal static class ScheduleReader
{
    /// <summary>The fields of a schedule, which a scheduled source shares with its own.</summary>
    public static readonly IReadOnlyList<string> Fields = ["every", "first", "at", "repeatEvery"];

    /// <summary>Reads an exit's <c>pull</c>.</summary>
    public static Schedule? Read(JsonElement element, string path, ScenarioErrorList errors)
    {
        JsonFields? fields = JsonFields.Open(element, path, errors, "a pull schedule", Fields);
        return fields is null ? null : Read(fields, path, errors, "a pull");
    }

    /// <summary>Reads the schedule's fields of the object at <paramref name="path"/>; <paramref name="what"/> names one of its times in messages ("a pull", "a delivery").</summary>
    public static Schedule? Read(JsonFields fields, string path, ScenarioErrorList errors, string what)
    {
        int before = errors.Count;
        bool every = fields.Has("every");
        if (every == fields.Has("at"))
        {
            errors.Add(path, every
                ? $"give either every ({what} at fixed intervals) or at (a list of times), not both"
                : $"needs every ({what} at fixed intervals) or at (a list of times)");
            return null;
        }

        if (every)
        {
            if (fields.Has("repeatEvery"))
            {
                fields.Report("repeatEvery", "goes with at, not with every");
            }

            double? interval = fields.Time("every", NumberRule.Positive);
            double? first = fields.Time("first", NumberRule.NonNegative);
            return errors.Count == before && interval is { } seconds ? Schedule.Every(seconds, first ?? 0) : null;
        }

        if (fields.Has("first"))
        {
            fields.Report("first", "goes with every, not with at; give the times in at");
        }

        fields.TryGet("at", out JsonElement list);
        string at = fields.At("at");
        if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            errors.Add(at, list.ValueKind == JsonValueKind.Array ? "needs at least one time, got an empty list" : $"must be a list of times, got {JsonText.Describe(list)}");
            return null;
        }

        var times = new List<double>();
        int k = 0;
        foreach (JsonElement item in list.EnumerateArray())
        {
            string itemAt = JsonPath.Index(at, k++);
            if (JsonFields.ReadTime(item, itemAt, NumberRule.NonNegative, errors) is { } time)
            {
                if (times.Count > 0 && time <= times[^1])
                {
                    errors.Add(itemAt, $"must be later than the time before it ({Require.Format(times[^1])} s), got {Require.Format(time)} s; give the times in order");
                }

                times.Add(time);
            }
        }

        double? period = fields.Time("repeatEvery", NumberRule.Positive);
        if (errors.Count == before && period is { } p && p <= times[^1] - times[0])
        {
            fields.Report("repeatEvery", $"must be longer than the span of the times ({Require.Format(times[^1] - times[0])} s), got {Require.Format(p)} s");
        }

        return errors.Count != before ? null : period is { } repeat ? Schedule.At(times, repeat) : Schedule.At(times);
    }
}
