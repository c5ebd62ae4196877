using System.Collections.Immutable;

namespace LineSim.Experiments;

/// <summary>A factor as read from a plan: the factor, the values its path finds, where it is in the plan, and whether it is a range.</summary>
/// <param name="Factor">The factor.</param>
/// <param name="Targets">The fields its path finds in the scenario.</param>
/// <param name="At">Its path in the plan, as <c>factors[2]</c>.</param>
/// <param name="IsRange">Whether it gives <c>min</c> and <c>max</c> rather than <c>values</c>.</param>
internal sealed record FactorEntry(PlanFactor Factor, ImmutableArray<ValueTarget> Targets, string At, bool IsRange)
{
    /// <summary>Where the plan writes value <paramref name="k"/>: <c>factors[2].values[k]</c>, or the factor for a range.</summary>
    public string ValueAt(int k) => IsRange ? At : Scenarios.JsonPath.Index(Scenarios.JsonPath.Property(At, "values"), k);
}
