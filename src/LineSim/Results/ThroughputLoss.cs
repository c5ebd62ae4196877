namespace LineSim.Results;

/// <summary>Throughput lost to one cause at one station in one replication (see <see cref="ReplicationResult.Losses"/>).</summary>
/// <param name="Cause">Why.</param>
/// <param name="Station">Where; <see langword="null"/> for <see cref="LossCause.OffShift"/>, which is the line's.</param>
/// <param name="ThroughputPerHour">Jobs per hour lost, over the observation window's calendar time.</param>
public sealed record ThroughputLoss(LossCause Cause, string? Station, double ThroughputPerHour);
