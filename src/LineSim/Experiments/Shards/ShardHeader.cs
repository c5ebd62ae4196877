using System.Collections.Immutable;

namespace LineSim.Experiments.Shards;

/// <summary>The first line of a shard file: which plan and build it is of, which shard, and what a merge needs to aggregate without the plan.</summary>
/// <param name="Version">The LineSim version that wrote it.</param>
/// <param name="PlanHash">The plan's <see cref="Shards.PlanHash"/>.</param>
/// <param name="Shard">Which shard it holds.</param>
/// <param name="TaskCount">The experiment's number of tasks, in every shard.</param>
/// <param name="PlanName">The plan's name.</param>
/// <param name="Scenario">The scenario as the plan names it.</param>
/// <param name="Seed">The seed of every configuration.</param>
/// <param name="Replications">The replications of each configuration.</param>
/// <param name="Configurations">The configurations, in the plan's order.</param>
/// <param name="Command">How the whole plan is run in one process (a command line, for reports); <see langword="null"/> when not given.</param>
internal sealed record ShardHeader(
    string Version,
    string PlanHash,
    Shard Shard,
    int TaskCount,
    string PlanName,
    string Scenario,
    long Seed,
    int Replications,
    ImmutableArray<ConfigurationOutline> Configurations,
    string? Command)
{
    /// <summary>The format's name and version, the header's first field.</summary>
    public const string Format = "linesim-shard/1";
}
