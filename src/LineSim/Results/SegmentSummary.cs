namespace LineSim.Results;

/// <summary>A paced segment's indexing over replications, each figure with its 95% confidence half-width.</summary>
/// <param name="Name">The segment's name.</param>
/// <param name="Indexes">Indexes in the window.</param>
/// <param name="LateIndexes">Indexes after the takt had elapsed.</param>
/// <param name="StoppedBusy">Fraction of time stopped because a station was still working.</param>
/// <param name="StoppedFailure">Fraction of time stopped because a station was down.</param>
/// <param name="StoppedStarved">Fraction of time stopped because the first station had no part.</param>
/// <param name="StoppedBlocked">Fraction of time stopped because the last station's part had no room.</param>
public sealed record SegmentSummary(string Name, Estimate Indexes, Estimate LateIndexes, Estimate StoppedBusy, Estimate StoppedFailure, Estimate StoppedStarved, Estimate StoppedBlocked);
