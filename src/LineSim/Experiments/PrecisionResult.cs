using LineSim.Results;

namespace LineSim.Experiments;

/// <summary>The outcome of <see cref="Precision.Run"/>.</summary>
/// <param name="Result">The results over every replication run.</param>
/// <param name="TargetHalfWidth">The JPH half-width asked for, in parts per hour.</param>
/// <param name="MaxReplications">The cap on replications.</param>
/// <param name="Reached">Whether the half-width reached the target (else the cap stopped the run).</param>
public sealed record PrecisionResult(SimulationResult Result, double TargetHalfWidth, int MaxReplications, bool Reached);
