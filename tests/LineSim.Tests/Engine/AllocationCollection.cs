namespace LineSim.Tests.Engine;

/// <summary>
/// Runs <see cref="AllocationTests"/> alone, after the tests that run in parallel: with the cores busy with other tests
/// (the experiments' replications among them), a run ten times as long was measured a few KB over the allowance
/// (4,232 B against 4,096 B) in two of three runs of the whole suite, and never when run alone.
/// </summary>
[CollectionDefinition(nameof(AllocationCollection), DisableParallelization = true)]
public sealed class AllocationCollection;
