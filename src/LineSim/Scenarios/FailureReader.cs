using System.Text.Json;
using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>
/// Reads a station's <c>failures</c>: a <c>mode</c>, then the time to failure as <c>mtbf</c> (the mean of an
/// exponential distribution) or <c>timeToFailure</c> (a distribution), and the repair time as <c>mttr</c> or
/// <c>timeToRepair</c>, and the repair <c>crew</c> that repairs it, if any.
/// </summary>
internal static class FailureReader
{
    public const string Operation = "operation";
    public const string Time = "time";

    private static readonly IReadOnlyList<string> s_modes = [Operation, Time];

    public static FailureModel? Read(JsonElement element, string path, ScenarioErrorList errors)
    {
        JsonFields? fields = JsonFields.Open(element, path, errors, "a failure model", "mode", "mtbf", "mttr", "timeToFailure", "timeToRepair", "crew");
        if (fields is null)
        {
            return null;
        }

        int before = errors.Count;
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

        return new FailureModel(timeToFailure, timeToRepair, mode == Time ? FailureMode.TimeDependent : FailureMode.OperationDependent) { Crew = crew };
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
