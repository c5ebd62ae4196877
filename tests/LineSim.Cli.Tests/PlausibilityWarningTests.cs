using System.Text.Json;

namespace LineSim.Cli.Tests;

/// <summary>
/// Plausibility warnings: each printed on standard error before the report, listed under <c>warnings</c> with
/// <c>--json</c>, exit 0; with <c>--strict</c> errors, exit 2; <c>linesim validate</c> prints them too.
/// </summary>
public sealed class PlausibilityWarningTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("linesim-warnings").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string, string> Cases() => new()
    {
        {
            """{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": 40, "failures": { "mode": "time", "mtbf": "4 h", "mttr": "5 min" } } ], "run": { "duration": 120, "replications": 2 } }""",
            "short-window",
            "linesim: warning: run.duration: the window (120 s) is shorter than ten times the longest mean time in the line (stations[0].failures time to failure, 14400 s)"
        },
        {
            """{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": 40 }, { "name": "F", "inputs": [ { "source": { "type": "arrivals", "interarrivalTime": "2 h" } } ], "processingTime": 40 }, { "name": "Join", "inputs": [ { "from": "A", "buffer": 2 }, { "from": "F", "buffer": 2 } ], "processingTime": 40 } ], "run": { "warmup": 300, "duration": 36000, "replications": 2 } }""",
            "short-window",
            "linesim: warning: run.duration: the window (36000 s) is shorter than ten times the longest mean time in the line (stations[1].inputs[0].source.interarrivalTime, 7200 s)"
        },
        {
            """{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": 40 }, { "name": "Framing", "processingTime": 60 } ], "run": { "duration": 3600, "replications": 2 } }""",
            "slow-station",
            "linesim: warning: stations[1].processingTime: 'Framing' takes 60 s on average, longer than the takt (55 s), with one server"
        },
        {
            """{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": 40, "failures": { "mode": "operation", "mtbf": 300, "mttr": 400 } } ], "run": { "duration": 36000, "replications": 2 } }""",
            "low-availability",
            "linesim: warning: stations[0].failures: 'A' is available 43% of the time (MTTR / MTBF adds up to 1.33): below one half"
        },
        {
            """{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": 40 }, { "name": "B", "processingTime": 40, "bufferBefore": 10 } ], "run": { "warmup": 60, "duration": 3600, "replications": 2 } }""",
            "short-warmup",
            "linesim: warning: run.warmup: the warm-up (60 s) is shorter than the time to fill the line's buffers (10 places at one takt each, 550 s)"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_ImplausibleScenario_WarnsOnStandardErrorAndExitsZero(string json, string code, string warning)
    {
        string path = Write(json);

        CliRun run = CliRun.Of("run", path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith(warning, run.Error, StringComparison.Ordinal);
        Assert.Equal(MserNote(run.Error), run.ErrorBesidesWarnings);
        Assert.Contains(code == "short-window" ? "run.duration" : code == "short-warmup" ? "run.warmup" : "stations[", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_ImplausibleScenarioWithJson_ListsTheWarning(string json, string code, string warning)
    {
        string path = Write(json);

        CliRun run = CliRun.Of("run", path, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using JsonDocument document = JsonDocument.Parse(run.Out);
        JsonElement listed = Assert.Single(document.RootElement.GetProperty("warnings").EnumerateArray());
        Assert.Equal(code, listed.GetProperty("code").GetString());
        Assert.StartsWith(warning["linesim: warning: ".Length..], $"{listed.GetProperty("path").GetString()}: {listed.GetProperty("message").GetString()}", StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RunAndValidate_ImplausibleScenarioStrict_ExitTwo(string json, string code, string warning)
    {
        string path = Write(json);

        CliRun run = CliRun.Of("run", path, "--strict");
        CliRun validate = CliRun.Of("validate", path, "--strict");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith(warning.Replace("warning:", "error (--strict):", StringComparison.Ordinal), run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
        Assert.True(validate.ExitCode == 2, validate.ToString());
        Assert.Contains(code == "short-window" ? "run.duration" : code == "short-warmup" ? "run.warmup" : "stations[", validate.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ImplausibleScenario_PrintsTheWarningAndExitsZero()
    {
        string path = Write("""{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": 40 }, { "name": "Framing", "processingTime": "1 min" } ] }""");

        CliRun run = CliRun.Of("validate", path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("linesim: warning: stations[1].processingTime: 'Framing' takes 60 s on average", run.Error, StringComparison.Ordinal);
        Assert.StartsWith($"{path}: valid.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PlausibleScenario_WarnsNothing()
    {
        string path = Write("""{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": 40 }, { "name": "B", "processingTime": 50, "bufferBefore": 2 } ], "run": { "warmup": 600, "duration": 36000, "replications": 2 } }""");

        CliRun run = CliRun.Of("run", path, "--strict");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.Error);
    }

    /// <summary>The note of <c>linesim run</c> that MSER-5 suggests a longer warm-up, if it printed one.</summary>
    private static string MserNote(string error) => string.Concat(error.Split(Environment.NewLine)
        .Where(line => line.StartsWith("linesim: warning: the warm-up of", StringComparison.Ordinal))
        .Select(line => line + Environment.NewLine));

    private string Write(string json)
    {
        string path = Path.Combine(_folder, $"scenario-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }
}
