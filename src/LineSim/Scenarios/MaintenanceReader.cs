using System.Text.Json;
using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>
/// Reads one element of a station's <c>maintenance</c>: <c>{ "first": s, "every": s, "duration": s }</c>, in seconds,
/// <c>first</c> from the start of the run. That a window is shorter than its period is checked on the line
/// (<see cref="LineModel.Validate"/>).
/// </summary>
internal static class MaintenanceReader
{
    public static MaintenanceWindow? Read(JsonElement element, string path, ScenarioErrorList errors)
    {
        JsonFields? fields = JsonFields.Open(element, path, errors, "a maintenance window", "first", "every", "duration");
        if (fields is null)
        {
            return null;
        }

        int before = errors.Count;
        double? first = fields.Time("first", NumberRule.NonNegative);
        double? every = fields.Time("every", NumberRule.Positive, required: true);
        double? duration = fields.Time("duration", NumberRule.Positive, required: true);
        return errors.Count == before && every is { } period && duration is { } length ? new MaintenanceWindow(first ?? 0, period, length) : null;
    }
}
