using System.Collections.Immutable;

namespace LineSim.Experiments.Shards;

/// <summary>What <see cref="ExperimentShards.Merge"/> made of a folder of shards: the experiment's results, or why there are none.</summary>
public sealed record ShardMergeResult
{
    /// <summary>The experiment's results, the same as one process gives for the plan; <see langword="null"/> when the merge was refused.</summary>
    /// <remarks>After a partial merge, only the configurations whose replications are all there (<see cref="ExperimentResult.Interrupted"/>).</remarks>
    public ExperimentResult? Result { get; init; }

    /// <summary>The plan's name, as its shards give it.</summary>
    public string? PlanName { get; init; }

    /// <summary>The plan's scenario as the plan names it.</summary>
    public string? Scenario { get; init; }

    /// <summary>How the whole plan is run in one process, as the shards were told it (the first shard's); <see langword="null"/> when they were not.</summary>
    public string? Command { get; init; }

    /// <summary>Why the merge was refused: shards missing, twice there, truncated, damaged or of another plan or version.</summary>
    public ImmutableArray<ShardProblem> Problems { get; init; } = [];

    /// <summary>The shards a partial merge went without, each with why; empty after a complete merge.</summary>
    public ImmutableArray<ShardProblem> Missing { get; init; } = [];

    /// <summary>Whether there are results.</summary>
    public bool IsValid => Result is not null;
}
