using System.Collections.Immutable;
using FsCheck;
using FsCheck.Xunit;
using LineSim.Experiments;
using LineSim.Experiments.Shards;

namespace LineSim.Tests.Experiments.Shards;

public sealed class ExperimentShardsTests : IDisposable
{
    private static readonly ExperimentPlan s_plan = PlanText.Load(PlanText.Plan(PlanText.Line([55, 50, 60], replications: 3, duration: 20_000), """
        [ { "set": "stations[S2].bufferBefore", "values": [0, 2, 4] },
          { "set": "stations[S3].processingTime.mean", "values": [55, 60] } ]
        """));

    private static readonly Lazy<string> s_oneProcess = new(() => ExperimentFingerprint.Of(s_plan.CreateExperiment().Run()));

    private readonly string _folder = Directory.CreateTempSubdirectory("linesim-shards-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(25)]
    public void Merge_EveryShard_BitIdenticalToOneProcess(int shards)
    {
        WriteShards(s_plan, shards, _folder);

        ShardMergeResult merged = ExperimentShards.Merge(_folder);

        Assert.True(merged.IsValid, string.Join("\n", merged.Problems));
        Assert.Equal(s_oneProcess.Value, ExperimentFingerprint.Of(merged.Result!));
        Assert.Equal((s_plan.Name, s_plan.Scenario), (merged.PlanName, merged.Scenario));
        Assert.Empty(merged.Missing);
    }

    [Fact]
    public void Write_SameShardTwice_SameBytes()
    {
        string path = WriteShard(s_plan, new Shard(2, 5), _folder);
        byte[] first = File.ReadAllBytes(path);

        WriteShard(s_plan, new Shard(2, 5), _folder);

        Assert.Equal(first, File.ReadAllBytes(path));
        Assert.Equal(["shard-2-of-5"], Directory.GetFileSystemEntries(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Merge_ShardMissing_RefusedNamingItAndAnUnfinishedFile()
    {
        WriteShards(s_plan, 4, _folder);
        File.Delete(Path.Combine(_folder, "shard-2-of-4"));
        File.WriteAllText(Path.Combine(_folder, ".shard-2-of-4.77.0.tmp"), "{");

        ShardMergeResult merged = ExperimentShards.Merge(_folder);

        ShardProblem problem = Assert.Single(merged.Problems);
        Assert.Equal("shard-2-of-4", problem.File);
        Assert.StartsWith("is missing (.shard-2-of-4.77.0.tmp is there unfinished", problem.Message, StringComparison.Ordinal);
        Assert.Null(merged.Result);
    }

    [Fact]
    public void Merge_Partial_MergesTheCompleteConfigurationsAndListsTheMissing()
    {
        WriteShards(s_plan, 6, _folder);
        File.Delete(Path.Combine(_folder, "shard-5-of-6"));

        ShardMergeResult merged = ExperimentShards.Merge(_folder, partial: true);

        // 18 tasks of 3 replications: shard 5 holds tasks 5, 11 and 17, the last replications of configurations 1, 3 and 5.
        Assert.Equal("shard-5-of-6", Assert.Single(merged.Missing).File);
        Assert.Equal([0, 2, 4], merged.Result!.Configurations.Select(c => c.Index));
        Assert.True(merged.Result.Interrupted);
    }

    [Property(MaxTest = 25)]
    public void Merge_AnyShardCutShort_RefusedAsTruncated(PositiveInt cut)
    {
        string folder = Directory.CreateTempSubdirectory("linesim-cut-").FullName;
        try
        {
            WriteShards(s_plan, 3, folder);
            string path = Path.Combine(folder, "shard-1-of-3");
            byte[] bytes = File.ReadAllBytes(path);
            File.WriteAllBytes(path, bytes[..(cut.Get % bytes.Length)]);

            ShardMergeResult merged = ExperimentShards.Merge(folder);

            ShardProblem problem = Assert.Single(merged.Problems);
            Assert.Equal("shard-1-of-3", problem.File);
            Assert.Matches("^is (empty|truncated|not a LineSim shard)", problem.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Merge_ShardOfAnotherSeed_RefusedAsAnotherPlan()
    {
        WriteShards(s_plan, 3, _folder);
        WriteShard(s_plan.WithRun(seed: 8), new Shard(1, 3), _folder);

        ShardMergeResult merged = ExperimentShards.Merge(_folder);

        ShardProblem problem = Assert.Single(merged.Problems);
        Assert.Equal("shard-1-of-3", problem.File);
        Assert.Contains("is of another plan", problem.Message, StringComparison.Ordinal);
        Assert.Contains("seed 8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_ShardsOfTwoSplits_RefusedNamingTheOdd()
    {
        WriteShards(s_plan, 2, _folder);
        WriteShard(s_plan, new Shard(0, 3), _folder);

        ShardMergeResult merged = ExperimentShards.Merge(_folder, partial: true);

        ShardProblem problem = Assert.Single(merged.Problems);
        Assert.Equal(("shard-0-of-3", true), (problem.File, problem.Message.StartsWith("is of another split", StringComparison.Ordinal)));
    }

    [Fact]
    public void Merge_ShardTwice_RefusedNamingTheCopy()
    {
        WriteShards(s_plan, 3, _folder);
        File.Copy(Path.Combine(_folder, "shard-0-of-3"), Path.Combine(_folder, "shard-0-of-3.bak"));

        ShardMergeResult merged = ExperimentShards.Merge(_folder);

        ShardProblem problem = Assert.Single(merged.Problems);
        Assert.Equal(("shard-0-of-3.bak", "holds shard 0/3, whose file is named shard-0-of-3"), (problem.File, problem.Message));
    }

    [Fact]
    public void Merge_ShardOfAnotherVersion_Refused()
    {
        WriteShards(s_plan, 2, _folder);
        string path = Path.Combine(_folder, "shard-1-of-2");
        File.WriteAllText(path, File.ReadAllText(path).Replace($"\"version\":\"{ExperimentShards.Version}\"", "\"version\":\"0.0.1\"", StringComparison.Ordinal));

        ShardMergeResult merged = ExperimentShards.Merge(_folder);

        Assert.Equal("shard-1-of-2 is of another LineSim version: 0.0.1; the others were written by " + ExperimentShards.Version, Assert.Single(merged.Problems).ToString());
    }

    [Fact]
    public void Merge_NotAShard_RefusedNamingIt()
    {
        WriteShards(s_plan, 2, _folder);
        File.WriteAllText(Path.Combine(_folder, "shard-notes.txt"), "results are in shard-0-of-2\n");

        ShardMergeResult merged = ExperimentShards.Merge(_folder);

        Assert.StartsWith("shard-notes.txt is not a LineSim shard", Assert.Single(merged.Problems).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_EmptyFolder_Refused()
    {
        ShardMergeResult merged = ExperimentShards.Merge(_folder);

        Assert.Equal("holds no shard files (shard-K-of-N)", Assert.Single(merged.Problems).Message);
    }

    [Fact]
    public void Write_ResultsOfOtherTasks_Throws()
    {
        Experiment experiment = s_plan.CreateExperiment();
        ImmutableArray<ExperimentTaskResult> results = experiment.RunTasks(new Shard(0, 4).Tasks(experiment.TaskCount));

        Assert.Throws<ArgumentException>(() => ExperimentShards.Write(s_plan, new Shard(1, 4), results, _folder));
    }

    private static void WriteShards(ExperimentPlan plan, int count, string folder)
    {
        for (int k = 0; k < count; k++)
        {
            WriteShard(plan, new Shard(k, count), folder);
        }
    }

    private static string WriteShard(ExperimentPlan plan, Shard shard, string folder)
    {
        Experiment experiment = plan.CreateExperiment();
        return ExperimentShards.Write(plan, shard, experiment.RunTasks(shard.Tasks(experiment.TaskCount)), folder);
    }
}
