namespace LineSim.Results;

/// <summary>A station's state fractions over replications, each with its 95% confidence half-width.</summary>
/// <param name="Name">The station's name.</param>
/// <param name="Working">Fraction of time processing.</param>
/// <param name="Starved">Fraction of time empty and waiting for a part.</param>
/// <param name="Blocked">Fraction of time blocked by a full downstream buffer.</param>
/// <param name="Down">Fraction of time failed or in repair.</param>
/// <param name="Availability">The OEE availability factor, one minus <paramref name="Down"/>.</param>
public sealed record StationSummary(string Name, Estimate Working, Estimate Starved, Estimate Blocked, Estimate Down, Estimate Availability);
