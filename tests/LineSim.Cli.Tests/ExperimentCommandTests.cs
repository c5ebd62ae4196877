using System.Text.Json;

namespace LineSim.Cli.Tests;

public sealed class ExperimentCommandTests : IDisposable
{
    private readonly PlanFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Experiment_Plan_PrintsOneRowPerConfigurationWithThePairedDifference()
    {
        CliRun run = CliRun.Of("experiment", _files.PlanPath);

        Assert.True(run.ExitCode == 0, run.ToString());
        string[] lines = run.Out.Split('\n');
        Assert.StartsWith("plan: 4 configurations of line.json, 3 replications each on common random numbers, seed 5", lines[0], StringComparison.Ordinal);
        Assert.Contains("  A = stations[S2].bufferBefore", lines);
        Assert.Contains("JPH - 1 (paired)", run.Out, StringComparison.Ordinal);
        string[] rows = [.. lines.Where(l => l.StartsWith("  1 ", StringComparison.Ordinal) || l.StartsWith("  2 ", StringComparison.Ordinal) || l.StartsWith("  3 ", StringComparison.Ordinal) || l.StartsWith("  4 ", StringComparison.Ordinal))];
        Assert.Equal(4, rows.Length);
        Assert.EndsWith(" -", rows[0], StringComparison.Ordinal);
        Assert.Contains(" +", rows[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Experiment_Json_HasTheDocumentedFields()
    {
        CliRun run = CliRun.Of("experiment", _files.PlanPath, "--json", "--replications", "2", "--seed", "11");

        Assert.True(run.ExitCode == 0, run.ToString());
        using JsonDocument json = JsonDocument.Parse(run.Out);
        JsonElement root = json.RootElement;
        Assert.Equal(("plan", 11, 2), (root.GetProperty("plan").GetString(), root.GetProperty("seed").GetInt32(), root.GetProperty("replications").GetInt32()));
        JsonElement[] configurations = [.. root.GetProperty("configurations").EnumerateArray()];
        Assert.Equal(4, configurations.Length);
        JsonElement last = configurations[3];
        Assert.Equal("4", last.GetProperty("name").GetString());
        Assert.Equal(4, last.GetProperty("settings").GetProperty("stations[S3].bufferBefore").GetDouble());
        foreach (string figure in new[] { "throughputPerHour", "taktAttainment", "wip", "leadTime" })
        {
            Assert.True(last.GetProperty(figure).GetProperty("halfWidth").GetDouble() > 0, figure);
        }

        Assert.Equal("S1", last.GetProperty("bottleneck").GetString());
        Assert.Equal(JsonValueKind.Null, configurations[0].GetProperty("difference").ValueKind);
        Assert.True(last.GetProperty("difference").GetProperty("throughputPerHour").GetProperty("mean").GetDouble() > 0);
    }

    [Fact]
    public void Experiment_Csv_OneRowPerConfigurationAndReplication()
    {
        string csv = Path.Combine(_files.Folder, "out.csv");

        CliRun run = CliRun.Of("experiment", _files.PlanPath, "--csv", csv);

        Assert.True(run.ExitCode == 0, run.ToString());
        string[] lines = File.ReadAllLines(csv);
        Assert.Equal("configuration,name,stations[S2].bufferBefore,stations[S3].bufferBefore,replication,throughputPerHour,taktAttainment,wip,leadTime", lines[0]);
        Assert.Equal(1 + (4 * 3), lines.Length);
        Assert.StartsWith("4,4,4,4,2,", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Experiment_AnyThreadCount_SameJson()
    {
        CliRun one = CliRun.Of("experiment", _files.PlanPath, "--json", "--threads", "1");
        CliRun two = CliRun.Of("experiment", _files.PlanPath, "--json", "--threads", "2");

        Assert.Equal(one.Out, two.Out);
    }

    [Fact]
    public void Experiment_InvalidPlan_ExitsTwoNamingThePlanAndTheScenario()
    {
        string path = _files.Write("bad.json", """{ "scenario": "line.json", "factors": [ { "set": "stations[S2].servers", "values": [0, 2] } ] }""");

        CliRun run = CliRun.Of("experiment", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{path}: 1 problem:\n  factors[0].values[0]: stations[S2].servers = 0 makes line.json invalid: stations[1].servers: must be at least 1, got 0\n", run.Error.ReplaceLineEndings("\n"));
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void Experiment_MissingPlan_ExitsTwo()
    {
        string path = Path.Combine(_files.Folder, "none.json");

        CliRun run = CliRun.Of("experiment", path);

        Assert.Equal((2, $"{path}: file not found"), (run.ExitCode, run.Error.TrimEnd()));
    }

    [Fact]
    public void Experiment_Interrupted_PrintsWhatFinishedAndExits130()
    {
        using var interrupt = new CliInterrupt();
        interrupt.Cancel();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        int code = CliApp.Run(["experiment", _files.PlanPath], new CliConsole(stdout, stderr, ErrorIsTerminal: false) { Interrupt = interrupt });

        Assert.Equal(130, code);
        Assert.Contains("Interrupted: 0 of 4 configurations finished; only those are shown.", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("linesim: interrupted; 0 of 4 configurations finished and are reported.", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Experiment_Terminal_ProgressBarWithTasks()
    {
        CliRun run = CliRun.Of(terminal: true, "experiment", _files.PlanPath);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("12/12 replications", run.Error, StringComparison.Ordinal);
    }
}
