namespace LineSim.Results;

/// <summary>The line's overall equipment effectiveness over replications (see <see cref="LineOee"/>).</summary>
/// <param name="Availability">The availability factor.</param>
/// <param name="Performance">The performance factor.</param>
/// <param name="Quality">The quality factor.</param>
/// <param name="Oee">Their product.</param>
public sealed record OeeSummary(Estimate Availability, Estimate Performance, Estimate Quality, Estimate Oee);
