using System.Collections.Immutable;

namespace LineSim.Experiments;

/// <summary>One factor of a plan: a path into the scenario and the values it takes.</summary>
/// <param name="Path">The path as the plan writes it, as <c>stations[Respot cell].servers</c>; a wildcard sets every field it matches.</param>
/// <param name="Values">The values, in the plan's order (a range's from its minimum up).</param>
public sealed record PlanFactor(string Path, ImmutableArray<double> Values);
