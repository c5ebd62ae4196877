using ScottPlot;

namespace LineSim.Plots;

/// <summary>A chart ready to draw: its file name, the plot, its height in pixels and a sentence that says what it shows.</summary>
/// <param name="Name">The file name without extension, such as <c>station-states</c>.</param>
/// <param name="Plot">The plot.</param>
/// <param name="Height">The height in pixels (the width is <see cref="ChartFile.Width"/>); charts of many rows grow taller.</param>
/// <param name="Description">What the chart shows, in words: its text alternative.</param>
internal sealed record Chart(string Name, Plot Plot, int Height, string Description);
