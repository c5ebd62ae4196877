using System.Collections.Immutable;

namespace LineSim.Experiments;

/// <summary>What <see cref="Optimiser"/> found: the selected configuration, the runner-up, and how the search went.</summary>
public sealed record OptimisationResult
{
    /// <summary>The goal searched for.</summary>
    public required OptimisationGoal Goal { get; init; }

    /// <summary>The selected configuration; <see langword="null"/> when none met the constraint, or the run was interrupted before the selection.</summary>
    public OptimisedConfiguration? Best { get; init; }

    /// <summary>The finalist with the best mean after <see cref="Best"/>; <see langword="null"/> with fewer than two finalists.</summary>
    public OptimisedConfiguration? RunnerUp { get; init; }

    /// <summary>The final selection among the search's best configurations; <see langword="null"/> when there was none.</summary>
    public SelectionResult? Selection { get; init; }

    /// <summary>The search's steps, in order.</summary>
    public required ImmutableArray<SearchStep> Steps { get; init; }

    /// <summary>Distinct configurations the search evaluated.</summary>
    public required int ConfigurationsEvaluated { get; init; }

    /// <summary>Replications run in all, search and selection.</summary>
    public required int ReplicationsRun { get; init; }

    /// <summary>The replications of each configuration during the search.</summary>
    public required int SearchReplications { get; init; }

    /// <summary>Whether the search found a configuration whose mean meets <see cref="OptimisationGoal.Constraint"/> (true without one).</summary>
    public required bool Feasible { get; init; }

    /// <summary>Whether the run was cancelled; the result then holds what was done.</summary>
    public required bool Interrupted { get; init; }
}
