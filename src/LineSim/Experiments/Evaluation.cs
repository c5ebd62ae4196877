using System.Collections.Immutable;

namespace LineSim.Experiments;

/// <summary>One configuration the optimiser's search evaluated, on the search's replications.</summary>
/// <param name="Levels">The index of each decision's level.</param>
/// <param name="Configuration">The configuration.</param>
/// <param name="Figures">Its figures over the search's replications.</param>
/// <param name="Total">The total of the goal's budget or objective; NaN without one.</param>
internal sealed record Evaluation(ImmutableArray<int> Levels, ExperimentConfiguration Configuration, ExperimentFigures Figures, double Total);
