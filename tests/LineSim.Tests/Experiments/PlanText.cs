using LineSim.Experiments;

namespace LineSim.Tests.Experiments;

/// <summary>Plans for the experiment tests, inline scenarios of exponential lines.</summary>
internal static class PlanText
{
    /// <summary>A serial line of exponential stations S1..SK with the given means, buffers of 0, blocking after service.</summary>
    public static string Line(double[] means, int replications, long seed = 7, double duration = 400_000, double warmup = 10_000)
    {
        string stations = string.Join(",\n", means.Select((mean, i) => i == 0
            ? $$"""{ "name": "S{{i + 1}}", "processingTime": { "type": "exponential", "mean": {{mean}} } }"""
            : $$"""{ "name": "S{{i + 1}}", "bufferBefore": 0, "processingTime": { "type": "exponential", "mean": {{mean}} } }"""));
        return $$"""
            { "taktTime": 55, "stations": [ {{stations}} ],
              "run": { "warmup": {{warmup}}, "duration": {{duration}}, "replications": {{replications}}, "seed": {{seed}} } }
            """;
    }

    /// <summary>A plan of <paramref name="scenario"/> (JSON) with the given factors (JSON list) and any other top-level fields.</summary>
    public static string Plan(string scenario, string factors, string more = "") =>
        $$"""{ "scenario": {{scenario}}, "factors": {{factors}}{{(more.Length == 0 ? string.Empty : ", " + more)}} }""";

    /// <summary>Loads <paramref name="json"/>, failing the test with its problems when it is invalid.</summary>
    public static ExperimentPlan Load(string json)
    {
        PlanLoadResult result = PlanLoader.Load(json, Path.GetTempPath());
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Plan;
    }
}
