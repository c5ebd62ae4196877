using System.Collections.Immutable;
using System.Text.Json;
using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>
/// Reads a station's <c>failures</c>: one failure profile, or a list of them, each with a <c>name</c> (required in a
/// list of several), a <c>mode</c>, then the time to failure as <c>mtbf</c> (the mean of an exponential distribution)
/// or <c>timeToFailure</c> (a distribution), and the repair time as <c>mttr</c> or <c>timeToRepair</c>, and the repair
/// <c>crew</c> that repairs it, if any.
/// </summary>
internal static class FailureReader
{
    public const string Operation = "operation";
    public const string Time = "time";

    private static readonly IReadOnlyList<string> s_modes = [Operation, Time];

    /// <summary>Reads one failure profile or a list of them; <see langword="null"/> when any is invalid.</summary>
    public static ImmutableArray<FailureModel>? ReadProfiles(JsonElement element, string path, ScenarioErrorList errors)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            return Read(element, path, errors, nameRequired: false) is { } single ? [single] : null;
        }

        if (element.GetArrayLength() == 0)
        {
            errors.Add(path, "needs at least one failure profile, got an empty list; leave failures out for a station that never fails");
            return null;
        }

        bool several = element.GetArrayLength() > 1;
        var profiles = ImmutableArray.CreateBuilder<FailureModel>();
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        int before = errors.Count;
        int index = 0;
        foreach (JsonElement item in element.EnumerateArray())
        {
            string at = JsonPath.Index(path, index);
            if (Read(item, at, errors, several) is { } profile)
            {
                profiles.Add(profile);
                if (profile.Name is { } name && !names.TryAdd(name, index))
                {
                    errors.Add(JsonPath.Property(at, "name"), $"duplicate name {JsonText.Quote(name)}, already used by {JsonPath.Index(path, names[name])}; give each failure profile its own");
                }
            }

            index++;
        }

        return errors.Count == before ? profiles.ToImmutable() : null;
    }

    private static FailureModel? Read(JsonElement element, string path, ScenarioErrorList errors, bool nameRequired)
    {
        JsonFields? fields = JsonFields.Open(element, path, errors, "a failure profile", "name", "mode", "mtbf", "mttr", "timeToFailure", "timeToRepair", "crew");
        if (fields is null)
        {
            return null;
        }

        int before = errors.Count;
        string? name = fields.String("name", required: nameRequired);
        string? mode = fields.Choice("mode", s_modes, required: true);
        Distribution? timeToFailure = ReadTime(fields, "mtbf", "timeToFailure", errors);
        Distribution? timeToRepair = ReadTime(fields, "mttr", "timeToRepair", errors);
        string? crew = fields.String("crew");
        if (timeToFailure is not null && timeToFailure.Mean <= 0)
        {
            fields.Report("timeToFailure", $"must have a mean greater than 0, got a mean of {Require.Format(timeToFailure.Mean)}; the station would fail without end");
        }

        if (errors.Count > before || mode is null || timeToFailure is null || timeToRepair is null)
        {
            return null;
        }

        return new FailureModel(timeToFailure, timeToRepair, mode == Time ? FailureMode.TimeDependent : FailureMode.OperationDependent) { Name = name, Crew = crew };
    }

    /// <summary>Reads a time given either as the mean of an exponential distribution or as a distribution.</summary>
    private static Distribution? ReadTime(JsonFields fields, string meanField, string distributionField, ScenarioErrorList errors)
    {
        bool hasMean = fields.Has(meanField);
        bool hasDistribution = fields.TryGet(distributionField, out JsonElement distribution);
        if (hasMean && hasDistribution)
        {
            fields.Report(distributionField, $"give either {meanField} or {distributionField}, not both");
            return null;
        }

        if (hasDistribution)
        {
            return DistributionReader.Read(distribution, fields.At(distributionField), errors);
        }

        if (!hasMean)
        {
            errors.Add(fields.Path, $"needs {meanField} (a mean in seconds) or {distributionField} (a distribution)");
            return null;
        }

        return fields.Time(meanField, NumberRule.Positive) is { } mean ? Distribution.Exponential(mean) : null;
    }
}
