namespace LineSim.Cli.Tests;

/// <summary>Scenario files written to a temporary folder for a test class, deleted with it.</summary>
public sealed class ScenarioFiles : IDisposable
{
    /// <summary>A short run of a three-station line with both kinds of failures and an arrival source.</summary>
    public const string Short = """
        {
          "name": "Short line",
          "taktTime": 55,
          "source": { "type": "arrivals", "interarrivalTime": { "type": "exponential", "mean": 56 }, "capacity": 4 },
          "stations": [
            { "name": "Load", "processingTime": { "type": "constant", "value": 48 } },
            { "name": "Respot 1", "bufferBefore": 3,
              "processingTime": { "type": "lognormal", "mean": 50, "stdDev": 4 },
              "failures": { "mode": "operation", "mtbf": 7200, "mttr": 420 } },
            { "name": "Respot 2", "bufferBefore": 2,
              "processingTime": { "type": "exponential", "mean": 45 },
              "failures": { "mode": "time", "timeToFailure": { "type": "weibull", "shape": 1.5, "scale": 20000 }, "mttr": 300 } }
          ],
          "run": { "warmup": 3600, "duration": 36000, "replications": 4, "seed": 42 }
        }
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"linesim-cli-{Guid.NewGuid():N}");

    public ScenarioFiles()
    {
        Directory.CreateDirectory(_folder);
        ShortPath = Write("short.json", Short);
    }

    public string ShortPath { get; }

    public string Folder => _folder;

    public string Write(string name, string json)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, json);
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
