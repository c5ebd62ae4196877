namespace LineSim.Plots.Html;

/// <summary>An edge of the plant's graph, from node to node, with its label (a buffer's capacity, a conveyor's).</summary>
/// <param name="From">The node parts come from.</param>
/// <param name="To">The node they go to.</param>
/// <param name="Label">The buffer's capacity, or the conveyor's; empty for none.</param>
/// <param name="Kind">What carries the parts.</param>
internal sealed record PlantEdge(int From, int To, string Label, PlantEdgeKind Kind);
