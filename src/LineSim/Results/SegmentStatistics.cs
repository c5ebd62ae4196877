namespace LineSim.Results;

/// <summary>How one paced segment indexed during the observation window of one replication.</summary>
/// <param name="Name">The segment's name.</param>
/// <param name="Indexes">Indexes in the window.</param>
/// <param name="LateIndexes">Indexes that came after the takt had elapsed, because the segment was stopped.</param>
/// <param name="StoppedBusy">Fraction of time stopped past the takt because a station was still working (or in setup).</param>
/// <param name="StoppedFailure">Fraction of time stopped past the takt because a station was down.</param>
/// <param name="StoppedStarved">Fraction of time stopped past the takt because the first station had no part to take.</param>
/// <param name="StoppedBlocked">Fraction of time stopped past the takt because the last station's part had no room downstream.</param>
/// <remarks>When several causes hold at once, the first in the order failure, busy, blocked, starved is counted.</remarks>
public sealed record SegmentStatistics(string Name, long Indexes, long LateIndexes, double StoppedBusy, double StoppedFailure, double StoppedStarved, double StoppedBlocked)
{
    /// <summary>Indexes exactly at the takt.</summary>
    public long OnTimeIndexes => Indexes - LateIndexes;
}
