using System.Collections.Immutable;

namespace LineSim.Experiments;

/// <summary>A configuration the optimiser's final selection ran, with its figures over the selection's replications.</summary>
/// <param name="Settings">The values of the decisions.</param>
/// <param name="Figures">Its figures over the selection's replications, each with its 95% half-width.</param>
/// <param name="Total">The total of the budget or objective; NaN without one.</param>
/// <param name="Replications">The selection's replications of it.</param>
public sealed record OptimisedConfiguration(ImmutableArray<Setting> Settings, ExperimentFigures Figures, double Total, int Replications);
