using System.Text.Json;

namespace LineSim.Scenarios;

/// <summary>
/// Reads the <c>run</c> section: <c>warmup</c>, <c>duration</c> or <c>partCount</c>, <c>replications</c>, <c>seed</c>,
/// <c>engine</c>, <c>outputInterval</c>.
/// </summary>
internal static class RunReader
{
    private static readonly IReadOnlyList<string> s_engines = ["auto", "event", "samplePath"];

    public static SimulationOptions? Read(JsonElement element, string path, ScenarioErrorList errors)
    {
        JsonFields? fields = JsonFields.Open(element, path, errors, "the run settings", "warmup", "duration", "partCount", "replications", "seed", "engine", "outputInterval");
        if (fields is null)
        {
            return null;
        }

        int before = errors.Count;
        double? warmup = fields.Time("warmup", NumberRule.NonNegative);
        double? duration = fields.Time("duration", NumberRule.Positive);
        long? partCount = null;
        if (fields.Has("partCount"))
        {
            partCount = fields.Long("partCount");
            if (partCount < 1)
            {
                fields.Report("partCount", $"must be at least 1, got {partCount}");
            }

            if (fields.Has("duration"))
            {
                fields.Report("partCount", "give either duration or partCount, not both");
            }
        }

        int? replications = fields.Integer("replications", minimum: 1);
        long? seed = fields.Long("seed");
        string? engine = fields.Choice("engine", s_engines);
        double? outputInterval = fields.Time("outputInterval", NumberRule.Positive);
        if (warmup is { } w && partCount is null && w + (duration ?? SimulationOptions.DefaultDuration) <= w)
        {
            // A window lost in the rounding of the warm-up: the warm-up's fault when the duration is the default.
            string field = duration is null ? "warmup" : "duration";
            fields.Report(field, FormattableString.Invariant($"a {duration ?? SimulationOptions.DefaultDuration} s window after a {w} s warm-up ends at the same instant of the clock (a double cannot tell them apart); the window must end after the warm-up"));
        }

        if (errors.Count > before)
        {
            return null;
        }

        var defaults = new SimulationOptions();
        return defaults with
        {
            Warmup = warmup ?? defaults.Warmup,
            Duration = partCount is null ? duration ?? SimulationOptions.DefaultDuration : null,
            PartCount = partCount,
            Replications = replications ?? defaults.Replications,
            Seed = seed ?? defaults.Seed,
            OutputInterval = outputInterval,
            Engine = engine switch
            {
                "event" => EngineSelection.Event,
                "samplePath" => EngineSelection.SamplePath,
                _ => EngineSelection.Auto,
            },
        };
    }
}
