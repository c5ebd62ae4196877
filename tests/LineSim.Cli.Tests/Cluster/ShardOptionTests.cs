namespace LineSim.Cli.Tests.Cluster;

public sealed class ShardOptionTests : IDisposable
{
    private readonly PlanFiles _files = new();

    public void Dispose() => _files.Dispose();

    private string Shards => Path.Combine(_files.Folder, "shards");

    [Theory]
    [InlineData("SLURM_ARRAY_TASK_ID=2 SLURM_ARRAY_TASK_COUNT=4", "shard-2-of-4")]
    [InlineData("SLURM_ARRAY_TASK_ID=3 SLURM_ARRAY_TASK_MIN=0 SLURM_ARRAY_TASK_MAX=3", "shard-3-of-4")]
    [InlineData("SLURM_ARRAY_TASK_ID=2 SLURM_ARRAY_TASK_COUNT=1 SLURM_ARRAY_TASK_MIN=2 SLURM_ARRAY_TASK_MAX=2 --shards 4", "shard-2-of-4")]
    [InlineData("SLURM_ARRAY_TASK_ID=0 SLURM_ARRAY_TASK_COUNT=4 SLURM_ARRAY_TASK_MIN=0 SLURM_ARRAY_TASK_MAX=3 SLURM_ARRAY_TASK_STEP=1", "shard-0-of-4")]
    [InlineData("JOB_COMPLETION_INDEX=1 --shards 3", "shard-1-of-3")]
    [InlineData("AWS_BATCH_JOB_ARRAY_INDEX=4 --shards 5", "shard-4-of-5")]
    public void ShardFromEnv_SchedulerVariables_WritesThatShard(string setting, string file)
    {
        (Dictionary<string, string> environment, string[] options) = Split(setting);

        CliRun run = CliRun.WithEnvironment(environment, ["experiment", _files.PlanPath, "--shard-from-env", "--out", Shards, .. options]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(Shards, file)), run.ToString());
    }

    [Theory]
    [InlineData("", "none of SLURM_ARRAY_TASK_ID (Slurm array job), JOB_COMPLETION_INDEX (Kubernetes Indexed Job) or AWS_BATCH_JOB_ARRAY_INDEX (AWS Batch array job) is set")]
    [InlineData("SLURM_ARRAY_TASK_ID=two SLURM_ARRAY_TASK_COUNT=4", "SLURM_ARRAY_TASK_ID must be a whole number, got 'two'")]
    [InlineData("SLURM_ARRAY_TASK_ID=1 SLURM_ARRAY_TASK_COUNT=", "SLURM_ARRAY_TASK_COUNT must be a whole number, got ''")]
    [InlineData("SLURM_ARRAY_TASK_ID=1", "SLURM_ARRAY_TASK_ID is set but neither SLURM_ARRAY_TASK_COUNT nor SLURM_ARRAY_TASK_MAX")]
    [InlineData("SLURM_ARRAY_TASK_ID=2 SLURM_ARRAY_TASK_COUNT=1 SLURM_ARRAY_TASK_MIN=2 SLURM_ARRAY_TASK_MAX=2", "the array's tasks are 2 to 2 (step 1), not the whole split 0 to N - 1 that SLURM_ARRAY_TASK_COUNT = 1 would make; give --shards N")]
    [InlineData("SLURM_ARRAY_TASK_ID=3 SLURM_ARRAY_TASK_COUNT=4 SLURM_ARRAY_TASK_MIN=1 SLURM_ARRAY_TASK_MAX=4", "the array's tasks are 1 to 4 (step 1)")]
    [InlineData("SLURM_ARRAY_TASK_ID=4 SLURM_ARRAY_TASK_COUNT=4", "SLURM_ARRAY_TASK_ID = 4: the shard's number must be from 0 to 3 (of 4 shards), got 4")]
    [InlineData("SLURM_ARRAY_TASK_ID=4 SLURM_ARRAY_TASK_COUNT=1 --shards 4", "SLURM_ARRAY_TASK_ID = 4 with --shards 4: the shard's number must be from 0 to 3 (of 4 shards), got 4")]
    [InlineData("SLURM_ARRAY_TASK_ID=2 SLURM_ARRAY_TASK_COUNT=3 SLURM_ARRAY_TASK_MIN=0 SLURM_ARRAY_TASK_MAX=4", "the array's tasks are 0 to 4 (step 1), not the whole split")]
    [InlineData("SLURM_ARRAY_TASK_ID=2 SLURM_ARRAY_TASK_COUNT=3 SLURM_ARRAY_TASK_MIN=0 SLURM_ARRAY_TASK_MAX=4 SLURM_ARRAY_TASK_STEP=2", "(step 2)")]
    [InlineData("JOB_COMPLETION_INDEX=1", "JOB_COMPLETION_INDEX is set (a Kubernetes Indexed Job), which does not tell the number of shards; give it with --shards N")]
    [InlineData("JOB_COMPLETION_INDEX=x1 --shards 3", "JOB_COMPLETION_INDEX must be a whole number, got 'x1'")]
    [InlineData("JOB_COMPLETION_INDEX=3 --shards 3", "JOB_COMPLETION_INDEX = 3: the shard's number must be from 0 to 2 (of 3 shards), got 3")]
    [InlineData("AWS_BATCH_JOB_ARRAY_INDEX=-1 --shards 3", "AWS_BATCH_JOB_ARRAY_INDEX = -1: the shard's number must be from 0 to 2")]
    [InlineData("AWS_BATCH_JOB_ARRAY_INDEX=0", "AWS_BATCH_JOB_ARRAY_INDEX is set (an AWS Batch array job), which does not tell the number of shards")]
    public void ShardFromEnv_BadOrMissingVariable_Exit2NamingIt(string setting, string expected)
    {
        (Dictionary<string, string> environment, string[] options) = Split(setting);

        CliRun run = CliRun.WithEnvironment(environment, ["experiment", _files.PlanPath, "--shard-from-env", "--out", Shards, .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Shards));
    }

    [Theory]
    [InlineData("--shard 4/4 --out DIR", "--shard 4/4: the shard's number must be from 0 to 3 (of 4 shards), got 4.")]
    [InlineData("--shard 1-4 --out DIR", "--shard 1-4: expected K/N (shard K of N, K from 0 to N - 1).")]
    [InlineData("--shard 1/4", "a shard needs --out DIR")]
    [InlineData("--out DIR", "give --shard K/N or --shard-from-env.")]
    [InlineData("--shard 1/4 --shard-from-env --out DIR", "give --shard K/N or --shard-from-env, not both.")]
    [InlineData("--shard 1/4 --shards 4 --out DIR", "--shards goes with --shard-from-env")]
    [InlineData("--shard 1/4 --out DIR --json", "--json, --csv and --report are options of linesim merge")]
    [InlineData("--shard 1/4 --out DIR --report r.html", "--json, --csv and --report are options of linesim merge")]
    [InlineData("--shard 1/4 --out DIR --replications 0", "--replications must be at least 1, got 0.")]
    [InlineData("--shard 1/4 --out PLAN", "is a file; give the folder the shards are written to.")]
    public void Shard_BadOptions_Exit2NamingTheOption(string options, string expected)
    {
        string[] arguments = options.Replace("DIR", Shards, StringComparison.Ordinal).Replace("PLAN", _files.PlanPath, StringComparison.Ordinal).Split(' ');

        CliRun run = CliRun.Of(["experiment", _files.PlanPath, .. arguments]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    private static (Dictionary<string, string> Environment, string[] Options) Split(string setting)
    {
        string[] words = setting.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var environment = words.Where(w => w.Contains('=', StringComparison.Ordinal)).Select(w => w.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        return (environment, [.. words.Where(w => !w.Contains('=', StringComparison.Ordinal))]);
    }
}
