using System.Collections.Immutable;

namespace LineSim.Experiments;

/// <summary>One step of an optimiser's search: where it stood after the step.</summary>
/// <param name="Phase">"greedy" (marginal allocation), "anneal" (simulated annealing at the same total) or "descend" (one unit less).</param>
/// <param name="Step">The step's number within the search, from 1.</param>
/// <param name="Settings">The configuration the search stood at.</param>
/// <param name="Objective">The search's estimate of the objective there (for a total, of the bounded figure).</param>
/// <param name="Total">The total of the budget or objective there; NaN without one.</param>
/// <param name="ConfigurationsEvaluated">Distinct configurations evaluated so far.</param>
public sealed record SearchStep(string Phase, int Step, ImmutableArray<Setting> Settings, double Objective, double Total, int ConfigurationsEvaluated);
