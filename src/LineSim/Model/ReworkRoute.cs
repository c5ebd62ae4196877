namespace LineSim.Model;

/// <summary>Where a share of the parts that fail a station's quality check go to be reworked.</summary>
/// <param name="Station">The station that reworks them: a rework station, or an earlier station of the line.</param>
/// <param name="Probability">The share of failed parts sent there; between 0 and 1.</param>
/// <remarks>
/// A part sent to rework queues before that station in a rework queue without limit, which the station serves
/// before its ordinary inputs, so that a rework loop can never deadlock the line.
/// </remarks>
public sealed record ReworkRoute(string Station, double Probability);
