using System.Globalization;
using System.Reflection;

namespace LineSim.Experiments.Shards;

/// <summary>
/// Runs an experiment in slices on several machines and merges them: each <see cref="Shard"/> writes its tasks'
/// results to a file (<see cref="Write"/>); <see cref="Merge"/> checks that every shard of one plan and one LineSim
/// version is there once and aggregates them in task order, so the result is the same, bit for bit, as one process's.
/// </summary>
/// <remarks>
/// A shard's file is written under a temporary name (starting with a dot) and renamed when complete, so a merge never
/// sees half a file by its final name. A shard run again writes the same bytes. The format is described in
/// <c>docs/cluster.md</c>. Thread-safe.
/// </remarks>
public static class ExperimentShards
{
    /// <summary>The version of LineSim written into shards; a merge takes shards of one version only.</summary>
    public static string Version { get; } =
        typeof(ExperimentShards).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ExperimentShards).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>
    /// Writes the results of <paramref name="shard"/>'s tasks to <c>DIRECTORY/shard-K-of-N</c> (the folder is created
    /// when missing), through a temporary file renamed when complete.
    /// </summary>
    /// <param name="plan">The plan the experiment was made of.</param>
    /// <param name="shard">The shard.</param>
    /// <param name="results">The results of <see cref="Shard.Tasks"/> of the plan's tasks, in that order, as <see cref="Experiment.RunTasks"/> returns them.</param>
    /// <param name="directory">The folder of the shards.</param>
    /// <param name="command">How the whole plan is run in one process, as a command line for the merged results' reports; <see langword="null"/> for none. Not part of the plan's identity.</param>
    /// <returns>The path of the file written.</returns>
    /// <exception cref="ArgumentException">The results are not those of the shard's tasks.</exception>
    /// <exception cref="IOException">The folder or the file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or the file cannot be written.</exception>
    public static string Write(ExperimentPlan plan, Shard shard, IReadOnlyList<ExperimentTaskResult> results, string directory, string? command = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(directory);
        int replications = plan.Configurations[0].Options.Replications;
        int taskCount = plan.Configurations.Length * replications;
        int[] tasks = shard.Tasks(taskCount);
        if (results.Count != tasks.Length)
        {
            throw new ArgumentException($"Shard {shard} of {taskCount} tasks has {tasks.Length} tasks; got {results.Count} results.", nameof(results));
        }

        for (int k = 0; k < tasks.Length; k++)
        {
            (int configuration, int replication) = Math.DivRem(tasks[k], replications);
            if (results[k].Configuration != configuration || results[k].Replication != replication)
            {
                throw new ArgumentException($"Result {k} should be of task {tasks[k]} (configuration {configuration}, replication {replication}); got configuration {results[k].Configuration}, replication {results[k].Replication}.", nameof(results));
            }
        }

        var header = new ShardHeader(
            Version,
            PlanHash.Of(plan),
            shard,
            taskCount,
            plan.Name,
            plan.Scenario,
            plan.Configurations[0].Options.Seed,
            replications,
            [.. plan.Configurations.Select(ConfigurationOutline.Of)],
            command);
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, shard.FileName);
        string temporary = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $".{shard.FileName}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp"));
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                ShardFile.Write(stream, header, results, tasks);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return path;
    }

    /// <summary>
    /// Merges the shard files (<c>shard-K-of-N</c>) in <paramref name="directory"/> into the experiment's results. Every
    /// file is read whole and checked; a merge is refused when a shard is missing, there twice, truncated, damaged, or
    /// of another plan or LineSim version than the others.
    /// </summary>
    /// <param name="directory">The folder the shards were written to.</param>
    /// <param name="partial">Merge the shards that are there when some are missing (or truncated), listing them in <see cref="ShardMergeResult.Missing"/>; shards of another plan or twice there are refused still.</param>
    /// <returns>The results, or the problems.</returns>
    public static ShardMergeResult Merge(string directory, bool partial = false)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return ShardMerge.Run(directory, partial);
    }
}
