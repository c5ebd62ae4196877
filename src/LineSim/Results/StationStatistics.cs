namespace LineSim.Results;

/// <summary>What one station did during the observation window of one replication.</summary>
/// <param name="Name">The station's name.</param>
/// <param name="Working">Fraction of time processing a part.</param>
/// <param name="Starved">Fraction of time empty and waiting for a part.</param>
/// <param name="Blocked">Fraction of time holding a part it cannot pass on (after service) or may not start (before service).</param>
/// <param name="Down">Fraction of time failed or in repair.</param>
/// <param name="PartsProcessed">Parts that finished processing at the station in the window.</param>
/// <param name="Failures">Failures that began in the window.</param>
/// <remarks>The four fractions sum to one.</remarks>
public sealed record StationStatistics(string Name, double Working, double Starved, double Blocked, double Down, long PartsProcessed, long Failures)
{
    /// <summary>The OEE availability factor: the fraction of time the station was not down.</summary>
    public double Availability => 1 - Down;
}
