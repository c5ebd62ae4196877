namespace LineSim.Experiments.Shards;

/// <summary>Why a merge refused a shard, or what it lacks.</summary>
/// <param name="File">The shard file's name (in the merged folder), or the name a missing shard's file would have.</param>
/// <param name="Message">What is wrong, after the file's name: "is missing", "is truncated: ...", "is of another plan: ...".</param>
public sealed record ShardProblem(string File, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File} {Message}";
}
