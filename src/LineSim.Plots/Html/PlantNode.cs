namespace LineSim.Plots.Html;

/// <summary>A node of the plant's graph.</summary>
/// <param name="Name">The station's name, or what the node is.</param>
/// <param name="Detail">A short second line: servers, assembly, yield, mean processing time.</param>
/// <param name="Kind">What the node is.</param>
internal sealed record PlantNode(string Name, string Detail, PlantNodeKind Kind);
