namespace LineSim.Cli.Tests;

/// <summary>A plan and its scenario written to a temporary folder, deleted with it.</summary>
public sealed class PlanFiles : IDisposable
{
    /// <summary>A serial line of three exponential stations, short runs.</summary>
    public const string Line = """
        { "name": "Three stations", "taktTime": 55,
          "stations": [
            { "name": "S1", "processingTime": { "type": "exponential", "mean": 55 } },
            { "name": "S2", "bufferBefore": 1, "processingTime": { "type": "exponential", "mean": 50 } },
            { "name": "S3", "bufferBefore": 1, "processingTime": { "type": "exponential", "mean": 52 } } ],
          "run": { "warmup": 1000, "duration": 40000, "replications": 3, "seed": 5 } }
        """;

    /// <summary>Two factors crossed into four configurations.</summary>
    public const string Plan = """
        { "scenario": "line.json",
          "factors": [
            { "set": "stations[S2].bufferBefore", "values": [1, 4] },
            { "set": "stations[S3].bufferBefore", "values": [1, 4] } ] }
        """;

    private readonly ScenarioFiles _files = new();

    public PlanFiles()
    {
        _files.Write("line.json", Line);
        PlanPath = _files.Write("plan.json", Plan);
    }

    public string PlanPath { get; }

    public string Folder => _files.Folder;

    public string Write(string name, string json) => _files.Write(name, json);

    public void Dispose() => _files.Dispose();
}
