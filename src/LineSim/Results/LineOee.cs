namespace LineSim.Results;

/// <summary>
/// The line's overall equipment effectiveness in one replication, from its losses (see <see cref="ReplicationResult.Losses"/>):
/// planned throughput is the takt's less time off shift and in maintenance on the bottleneck; availability is what is
/// left of it after the bottleneck's failures, waits for repair and setups; quality is good parts over parts made (good and
/// scrapped); performance is the rest, so that the three multiply to the achieved throughput over the planned.
/// </summary>
/// <param name="Availability">The availability factor.</param>
/// <param name="Performance">The performance factor: starvation, blocking, paced stops and a cycle longer than the takt on the bottleneck.</param>
/// <param name="Quality">The quality factor.</param>
public sealed record LineOee(double Availability, double Performance, double Quality)
{
    /// <summary>Availability x performance x quality.</summary>
    public double Oee => Availability * Performance * Quality;
}
