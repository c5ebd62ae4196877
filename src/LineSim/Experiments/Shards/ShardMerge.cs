using System.Collections.Immutable;

namespace LineSim.Experiments.Shards;

/// <summary>The checks and the aggregation of <see cref="ExperimentShards.Merge"/>.</summary>
internal static class ShardMerge
{
    public static ShardMergeResult Run(string directory, bool partial)
    {
        if (!Directory.Exists(directory))
        {
            return Refused(new ShardProblem(directory, "is not a folder"));
        }

        string[] files = [.. Directory.EnumerateFiles(directory, "shard-*").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
        string[] unfinished = [.. Directory.EnumerateFiles(directory, ".shard-*.tmp").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
        if (files.Length == 0)
        {
            return Refused(new ShardProblem(directory, $"holds no shard files (shard-K-of-N){Unfinished(unfinished, "shard-")}"));
        }

        var read = new List<(string File, ShardHeader Header, ImmutableArray<ExperimentTaskResult> Results)>();
        var broken = new List<ShardProblem>();
        foreach (string file in files)
        {
            try
            {
                (ShardHeader header, ImmutableArray<ExperimentTaskResult> results) = ShardFile.Read(Path.Combine(directory, file));
                read.Add((file, header, results));
            }
            catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                broken.Add(new ShardProblem(file, exception is InvalidDataException ? exception.Message : $"cannot be read: {exception.Message}"));
            }
        }

        if (read.Count == 0)
        {
            return Refused([.. broken]);
        }

        // The plan is the one most shards are of; the first file's on a tie (GroupBy keeps the order of first
        // appearance, OrderByDescending is stable).
        ShardHeader reference = read.GroupBy(r => (r.Header.PlanHash, r.Header.Version, r.Header.Shard.Count))
            .OrderByDescending(g => g.Count()).First().First().Header;
        var refused = new List<ShardProblem>();
        var shards = new (string File, ImmutableArray<ExperimentTaskResult> Results)?[reference.Shard.Count];
        foreach ((string file, ShardHeader header, ImmutableArray<ExperimentTaskResult> results) in read)
        {
            if (Foreign(header, reference) is { } difference)
            {
                refused.Add(new ShardProblem(file, $"is of another {difference}"));
            }
            else if (file != header.Shard.FileName)
            {
                refused.Add(new ShardProblem(file, $"holds shard {header.Shard}, whose file is named {header.Shard.FileName}"));
            }
            else if (shards[header.Shard.Index] is { } first)
            {
                refused.Add(new ShardProblem(file, $"is shard {header.Shard} again, as {first.File} is"));
            }
            else
            {
                shards[header.Shard.Index] = (file, results);
            }
        }

        var missing = new List<ShardProblem>(broken);
        for (int k = 0; k < shards.Length; k++)
        {
            string name = new Shard(k, shards.Length).FileName;
            if (shards[k] is null && !broken.Any(b => b.File == name) && !refused.Any(r => r.File == name))
            {
                missing.Add(new ShardProblem(name, $"is missing{Unfinished(unfinished, $".{name}.")}"));
            }
        }

        if (refused.Count > 0 || (missing.Count > 0 && !partial))
        {
            return Refused([.. refused, .. missing]);
        }

        var tasks = new ExperimentTaskResult?[reference.TaskCount];
        for (int k = 0; k < shards.Length; k++)
        {
            if (shards[k] is { } shard)
            {
                int[] numbers = new Shard(k, shards.Length).Tasks(reference.TaskCount);
                for (int t = 0; t < numbers.Length; t++)
                {
                    tasks[numbers[t]] = shard.Results[t];
                }
            }
        }

        return new ShardMergeResult
        {
            Result = Experiment.Aggregate(reference.Seed, reference.Replications, reference.Configurations, tasks),
            PlanName = reference.PlanName,
            Scenario = reference.Scenario,
            Command = reference.Command,
            Missing = [.. missing],
        };
    }

    private static string? Foreign(ShardHeader header, ShardHeader reference) =>
        header.PlanHash != reference.PlanHash
            ? $"plan: '{header.PlanName}' (hash {header.PlanHash[..12]}, seed {header.Seed}, {header.Replications} replications); the others are of '{reference.PlanName}' (hash {reference.PlanHash[..12]}, seed {reference.Seed}, {reference.Replications} replications)"
            : header.Version != reference.Version ? $"LineSim version: {header.Version}; the others were written by {reference.Version}"
            : header.Shard.Count != reference.Shard.Count ? $"split: shard {header.Shard} of {header.Shard.Count}; the others split the plan into {reference.Shard.Count}"
            : null;

    private static string Unfinished(string[] unfinished, string prefix) =>
        unfinished.FirstOrDefault(u => u.StartsWith(prefix, StringComparison.Ordinal)) is { } file
            ? $" ({file} is there unfinished: the task that writes it stopped, or is still running)"
            : string.Empty;

    private static ShardMergeResult Refused(params ImmutableArray<ShardProblem> problems) => new() { Problems = problems };
}
