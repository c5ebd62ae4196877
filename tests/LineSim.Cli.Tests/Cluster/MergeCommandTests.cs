namespace LineSim.Cli.Tests.Cluster;

public sealed class MergeCommandTests : IDisposable
{
    private readonly PlanFiles _files = new();

    public void Dispose() => _files.Dispose();

    private string Shards => Path.Combine(_files.Folder, "shards");

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(5)]
    public void Merge_Text_ByteIdenticalToOneProcess(int shards)
    {
        CliRun one = CliRun.Of("experiment", _files.PlanPath);
        RunShards(shards);

        CliRun merged = CliRun.Of("merge", Shards);

        Assert.True(merged.ExitCode == 0, merged.ToString());
        Assert.Equal(one.Out, merged.Out);
        Assert.Equal(string.Empty, merged.Error);
    }

    [Fact]
    public void Merge_JsonAndCsv_ByteIdenticalToOneProcess()
    {
        string csv = Path.Combine(_files.Folder, "result.csv");
        CliRun one = CliRun.Of("experiment", _files.PlanPath, "--json", "--csv", csv);
        byte[] oneCsv = File.ReadAllBytes(csv);
        File.Delete(csv);
        RunShards(4);

        CliRun merged = CliRun.Of("merge", Shards, "--json", "--csv", csv);

        Assert.True(merged.ExitCode == 0, merged.ToString());
        Assert.Equal(one.Out, merged.Out);
        Assert.Equal(oneCsv, File.ReadAllBytes(csv));
    }

    [Fact]
    public void Merge_Report_ByteIdenticalToOneProcessWithItsCommand()
    {
        string report = Path.Combine(_files.Folder, "result.html");
        CliRun one = CliRun.Of("experiment", _files.PlanPath, "--replications", "2", "--report", report);
        byte[] oneReport = File.ReadAllBytes(report);
        File.Delete(report);
        for (int k = 0; k < 3; k++)
        {
            Assert.Equal(0, CliRun.Of("experiment", _files.PlanPath, "--shard", $"{k}/3", "--replications", "2", "--out", Shards, "--threads", "1").ExitCode);
        }

        CliRun merged = CliRun.Of("merge", Shards, "--report", report, "--partial");

        Assert.True(merged.ExitCode == 0, merged.ToString());
        Assert.Equal(one.Out, merged.Out);
        Assert.Equal(oneReport, File.ReadAllBytes(report));
        Assert.Contains($"linesim experiment {_files.PlanPath} --replications 2 --report {report}", System.Text.Encoding.UTF8.GetString(oneReport), StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_TextWithCsv_ByteIdenticalToOneProcess()
    {
        string csv = Path.Combine(_files.Folder, "result.csv");
        CliRun one = CliRun.Of("experiment", _files.PlanPath, "--csv", csv);
        RunShards(3);

        CliRun merged = CliRun.Of("merge", Shards, "--csv", csv);

        Assert.Equal(one.Out, merged.Out);
        Assert.EndsWith($"Wrote 12 rows (configurations x replications) to {csv}\n", merged.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_OverriddenReplicationsAndSeed_ByteIdenticalToOneProcess()
    {
        CliRun one = CliRun.Of("experiment", _files.PlanPath, "--replications", "2", "--seed", "99");
        for (int k = 0; k < 3; k++)
        {
            Assert.Equal(0, CliRun.Of("experiment", _files.PlanPath, "--replications", "2", "--seed", "99", "--shard", $"{k}/3", "--out", Shards).ExitCode);
        }

        Assert.Equal(one.Out, CliRun.Of("merge", Shards).Out);
    }

    [Fact]
    public void Experiment_Shard_SaysWhatItWrote()
    {
        CliRun run = CliRun.Of("experiment", _files.PlanPath, "--shard", "1/4", "--out", Shards);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal($"plan: shard 1/4, 3 of 12 tasks (configurations x replications), written to {Path.Combine(Shards, "shard-1-of-4")}\n", run.Out);
    }

    [Fact]
    public void Merge_ShardMissing_Exit2NamingItAndNoOutput()
    {
        RunShards(4);
        File.Delete(Path.Combine(Shards, "shard-3-of-4"));

        CliRun merged = CliRun.Of("merge", Shards);

        Assert.Equal(2, merged.ExitCode);
        Assert.Equal(string.Empty, merged.Out);
        Assert.Contains($"linesim: {Path.Combine(Shards, "shard-3-of-4")} is missing", merged.Error, StringComparison.Ordinal);
        Assert.Contains("--partial", merged.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_ShardTruncated_Exit2NamingIt()
    {
        RunShards(2);
        string path = Path.Combine(Shards, "shard-0-of-2");
        byte[] bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length - 20)]);

        CliRun merged = CliRun.Of("merge", Shards);

        Assert.Equal(2, merged.ExitCode);
        Assert.Contains($"linesim: {path} is truncated", merged.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_ForeignShard_Exit2NamingIt()
    {
        RunShards(3);
        string other = Path.Combine(_files.Folder, "other");
        Assert.Equal(0, CliRun.Of("experiment", _files.PlanPath, "--seed", "6", "--shard", "0/3", "--out", other).ExitCode);
        File.Copy(Path.Combine(other, "shard-0-of-3"), Path.Combine(Shards, "shard-0-of-3"), overwrite: true);

        CliRun merged = CliRun.Of("merge", Shards, "--partial");

        Assert.Equal(2, merged.ExitCode);
        Assert.Contains($"linesim: {Path.Combine(Shards, "shard-0-of-3")} is of another plan", merged.Error, StringComparison.Ordinal);
        Assert.Contains("refused even with --partial", merged.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_Partial_ReportsCompleteConfigurationsAndSaysWhatIsMissing()
    {
        RunShards(4);
        File.Delete(Path.Combine(Shards, "shard-2-of-4"));

        CliRun merged = CliRun.Of("merge", Shards, "--partial");

        // 12 tasks of 3 replications: shard 2 holds tasks 2, 6 and 10, in configurations 1, 3 and 4.
        Assert.True(merged.ExitCode == 0, merged.ToString());
        Assert.Contains($"linesim: partial merge without {Path.Combine(Shards, "shard-2-of-4")}: it is missing", merged.Error, StringComparison.Ordinal);
        Assert.Contains("linesim: partial merge: 1 of 4 configurations have all their replications and are reported.", merged.Error, StringComparison.Ordinal);
        Assert.EndsWith("Partial merge: 1 of 4 configurations finished; only those are shown.\n", merged.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_NoFolder_Exit2()
    {
        string missing = Path.Combine(_files.Folder, "none");

        CliRun merged = CliRun.Of("merge", missing);

        Assert.Equal(2, merged.ExitCode);
        Assert.StartsWith($"linesim: {missing} is not a folder\n", merged.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Experiment_SameShardTwice_SameBytes()
    {
        string path = Path.Combine(Shards, "shard-2-of-3");
        Assert.Equal(0, CliRun.Of("experiment", _files.PlanPath, "--shard", "2/3", "--out", Shards).ExitCode);
        byte[] first = File.ReadAllBytes(path);

        Assert.Equal(0, CliRun.Of("experiment", _files.PlanPath, "--shard", "2/3", "--out", Shards, "--threads", "1").ExitCode);

        Assert.Equal(first, File.ReadAllBytes(path));
    }

    private void RunShards(int count)
    {
        for (int k = 0; k < count; k++)
        {
            CliRun run = CliRun.Of("experiment", _files.PlanPath, "--shard", $"{k}/{count}", "--out", Shards);
            Assert.True(run.ExitCode == 0, run.ToString());
        }
    }
}
