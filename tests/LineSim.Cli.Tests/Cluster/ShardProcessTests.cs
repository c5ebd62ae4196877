namespace LineSim.Cli.Tests.Cluster;

/// <summary>Shards run as plain processes, as a Kubernetes Indexed Job or an AWS Batch array job runs them: K from the scheduler's variable.</summary>
public sealed class ShardProcessTests : IDisposable
{
    private readonly PlanFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("JOB_COMPLETION_INDEX", 3)]
    [InlineData("AWS_BATCH_JOB_ARRAY_INDEX", 4)]
    public async Task Shards_AsProcessesWithSchedulerVariable_MergeByteIdenticalToOneProcess(string variable, int count)
    {
        string shards = Path.Combine(_files.Folder, variable);
        string csv = Path.Combine(_files.Folder, "one.csv");
        CliRun one = LinesimProcess.Linesim(new Dictionary<string, string?>(), "experiment", _files.PlanPath);
        CliRun oneJson = LinesimProcess.Linesim(new Dictionary<string, string?>(), "experiment", _files.PlanPath, "--json", "--csv", csv);

        // Started together, as the scheduler starts the pods or array children.
        Task<CliRun>[] tasks = [.. Enumerable.Range(0, count).Select(k => Task.Run(() => LinesimProcess.Linesim(
            new Dictionary<string, string?> { [variable] = k.ToString(System.Globalization.CultureInfo.InvariantCulture), ["SLURM_ARRAY_TASK_ID"] = null },
            "experiment", _files.PlanPath, "--shard-from-env", "--shards", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", shards, "--threads", "1")))];
        CliRun[] runs = await Task.WhenAll(tasks);
        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.ToString()));
        string mergedCsv = Path.Combine(_files.Folder, "merged.csv");

        CliRun merged = LinesimProcess.Linesim(new Dictionary<string, string?>(), "merge", shards);
        CliRun mergedJson = LinesimProcess.Linesim(new Dictionary<string, string?>(), "merge", shards, "--json", "--csv", mergedCsv);

        Assert.True(merged.ExitCode == 0, merged.ToString());
        Assert.Equal(one.Out, merged.Out);
        Assert.Equal(oneJson.Out, mergedJson.Out);
        Assert.Equal(File.ReadAllBytes(csv), File.ReadAllBytes(mergedCsv));
        Assert.Equal(count, Directory.GetFiles(shards).Length);
    }

    [Fact]
    public void Shard_VariableMalformed_Exit2NamingIt()
    {
        CliRun run = LinesimProcess.Linesim(
            new Dictionary<string, string?> { ["JOB_COMPLETION_INDEX"] = "one", ["SLURM_ARRAY_TASK_ID"] = null },
            "experiment", _files.PlanPath, "--shard-from-env", "--shards", "2", "--out", Path.Combine(_files.Folder, "shards"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("linesim: --shard-from-env: JOB_COMPLETION_INDEX must be a whole number, got 'one'.\n", run.Error);
    }
}
