namespace LineSim.Tests.Scenarios;

/// <summary>Scenario texts shared by the scenario tests.</summary>
internal static class ScenarioJson
{
    /// <summary>The complete example of the issue and the README.</summary>
    public const string Example = """
        {
          "name": "Body shop, side-frame line",
          "taktTime": 55,
          "blocking": "afterService",
          "source": { "type": "unlimited" },
          "stations": [
            { "name": "Load", "processingTime": { "type": "constant", "value": 48 } },
            { "name": "Respot 1", "bufferBefore": 3,
              "processingTime": { "type": "lognormal", "mean": 52, "stdDev": 4 },
              "failures": { "mode": "operation", "mtbf": 7200, "mttr": 420 } },
            { "name": "Respot 2", "bufferBefore": 3,
              "processingTime": { "type": "exponential", "mean": 50 },
              "failures": { "mode": "time",
                            "timeToFailure": { "type": "weibull", "shape": 1.5, "scale": 20000 },
                            "timeToRepair": { "type": "exponential", "mean": 300 } } }
          ],
          "run": { "warmup": 28800, "duration": 864000, "replications": 10, "seed": 42 }
        }
        """;

    /// <summary>A one-station line whose processing time is <paramref name="distribution"/> (JSON).</summary>
    public static string OneStation(string distribution) =>
        $$"""{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": {{distribution}} } ] }""";

    /// <summary>The path of the repository's root folder (the one holding LineSim.sln).</summary>
    public static string RepositoryRoot()
    {
        string? folder = AppContext.BaseDirectory;
        while (folder is not null && !File.Exists(Path.Combine(folder, "LineSim.sln")))
        {
            folder = Path.GetDirectoryName(folder);
        }

        return folder ?? throw new InvalidOperationException("LineSim.sln not found above " + AppContext.BaseDirectory);
    }
}
