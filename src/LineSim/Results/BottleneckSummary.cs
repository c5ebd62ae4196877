namespace LineSim.Results;

/// <summary>One station's part as the line's bottleneck by the active period method, over replications (see <see cref="SimulationResult.Bottlenecks"/>).</summary>
/// <param name="Station">The station's name.</param>
/// <param name="Sole">Fraction of working time it was the sole bottleneck.</param>
/// <param name="Shifting">Fraction of working time it was a shifting bottleneck.</param>
public sealed record BottleneckSummary(string Station, Estimate Sole, Estimate Shifting);
