namespace LineSim.Plots.Html;

/// <summary>What an edge of the plant's graph carries parts through.</summary>
internal enum PlantEdgeKind
{
    Flow,
    Conveyor,
    Rework,
}
