using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using LineSim.Scenarios;

namespace LineSim.Experiments;

/// <summary>The outcome of loading a plan: either the <see cref="ExperimentPlan"/> or every problem found.</summary>
public sealed class PlanLoadResult
{
    private PlanLoadResult(ExperimentPlan? plan, ImmutableArray<ScenarioError> errors)
    {
        Plan = plan;
        Errors = errors;
    }

    /// <summary>The plan; <see langword="null"/> when there are <see cref="Errors"/>.</summary>
    public ExperimentPlan? Plan { get; }

    /// <summary>
    /// Every problem found, each at its path in the plan; a problem in the scenario, or one that a configuration makes,
    /// names the scenario and the configuration. Empty when the plan is valid.
    /// </summary>
    public ImmutableArray<ScenarioError> Errors { get; }

    /// <summary>Whether the plan is valid, in which case <see cref="Plan"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Plan))]
    public bool IsValid => Plan is not null;

    internal static PlanLoadResult Success(ExperimentPlan plan) => new(plan, []);

    internal static PlanLoadResult Failure(IEnumerable<ScenarioError> errors) => new(null, [.. errors]);
}
