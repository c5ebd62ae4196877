namespace LineSim.Results;

/// <summary>Throughput lost to one cause at one station, over replications (see <see cref="SimulationResult.Losses"/>).</summary>
/// <param name="Cause">Why.</param>
/// <param name="Station">Where; <see langword="null"/> for <see cref="LossCause.OffShift"/>, which is the line's.</param>
/// <param name="ThroughputPerHour">Jobs per hour lost, with its 95% confidence interval.</param>
public sealed record LossSummary(LossCause Cause, string? Station, Estimate ThroughputPerHour);
