namespace LineSim.Cli.Tests.Cluster;

/// <summary>
/// The deploy/slurm scripts on a real Slurm: the experiment as an array job of four shards (two at once), the merge
/// submitted with --dependency=afterok, and the merged output compared byte for byte with one process's. Fails, never
/// skips, when Slurm cannot start (see <see cref="SlurmCluster"/>).
/// </summary>
public sealed class SlurmArrayTests(SlurmCluster cluster) : IClassFixture<SlurmCluster>, IDisposable
{
    private static readonly TimeSpan s_jobLimit = TimeSpan.FromMinutes(5);
    private readonly PlanFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void ArrayJobThenMerge_FourShards_ByteIdenticalToOneProcess()
    {
        string work = Path.Combine(cluster.Folder, "job");
        string shards = Path.Combine(work, "shards");
        Directory.CreateDirectory(work);
        string bin = Path.Combine(cluster.Folder, "bin");
        LinesimProcess.WriteWrapper(bin);
        var environment = new Dictionary<string, string?>
        {
            ["PATH"] = $"{bin}:{Environment.GetEnvironmentVariable("PATH")}",
            ["PLAN"] = _files.PlanPath,
            ["OUT"] = shards,
        };
        string scripts = Path.Combine(RunCommandTests.RepositoryRoot(), "deploy", "slurm");

        CliRun submitted = cluster.Command("sbatch", ["--parsable", "--array=0-3%2", Path.Combine(scripts, "experiment.sbatch")], environment, directory: work);
        Assert.True(submitted.ExitCode == 0, submitted + cluster.Logs());
        string job = submitted.Out.Trim().Split(';')[0];
        CliRun merge = cluster.Command("sbatch", ["--parsable", "--wait", $"--dependency=afterok:{job}", Path.Combine(scripts, "merge.sbatch")], environment, s_jobLimit, work);

        Assert.True(merge.ExitCode == 0, $"{merge}\n{Jobs(job)}\n{JobOutputs(work)}\n{cluster.Logs()}");
        Assert.Equal(["shard-0-of-4", "shard-1-of-4", "shard-2-of-4", "shard-3-of-4"], Directory.GetFiles(shards, "shard-*").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        // One process, in a folder of its own, with the words merge.sbatch gives: the report shows its command.
        string alone = Path.Combine(_files.Folder, "one");
        Directory.CreateDirectory(alone);
        CliRun one = LinesimProcess.Run(LinesimProcess.DotnetHost, [LinesimProcess.Assembly, "experiment", _files.PlanPath], new Dictionary<string, string?>(), s_jobLimit, alone);
        CliRun oneJson = LinesimProcess.Run(LinesimProcess.DotnetHost, [LinesimProcess.Assembly, "experiment", _files.PlanPath, "--json", "--csv", "result.csv", "--report", "result.html"], new Dictionary<string, string?>(), s_jobLimit, alone);
        Assert.Equal(one.Out, File.ReadAllText(Path.Combine(work, "result.txt")));
        Assert.Equal(oneJson.Out, File.ReadAllText(Path.Combine(work, "result.json")));
        foreach (string file in new[] { "result.csv", "result.html" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(alone, file)), File.ReadAllBytes(Path.Combine(work, file)));
        }

        // A failed task is run again alone, by its index: the same bytes.
        string third = Path.Combine(shards, "shard-2-of-4");
        byte[] before = File.ReadAllBytes(third);
        File.Delete(third);
        environment["SHARDS"] = "4";
        CliRun again = cluster.Command("sbatch", ["--parsable", "--wait", "--array=2", Path.Combine(scripts, "experiment.sbatch")], environment, s_jobLimit, work);
        Assert.True(again.ExitCode == 0, $"{again}\n{JobOutputs(work)}");
        Assert.Equal(before, File.ReadAllBytes(third));
    }

    private string Jobs(string job) => cluster.Command("scontrol", ["show", "job", job]).Out;

    private static string JobOutputs(string work) => string.Join("\n", Directory.GetFiles(work, "linesim-*.out").Order(StringComparer.Ordinal).Select(f => $"--- {Path.GetFileName(f)}\n{File.ReadAllText(f)}"));
}
