namespace LineSim.Plots.Html;

/// <summary>What a node of the plant's graph is.</summary>
internal enum PlantNodeKind
{
    Supply,
    Station,
    Exit,
}
