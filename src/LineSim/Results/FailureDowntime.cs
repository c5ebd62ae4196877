using LineSim.Model;

namespace LineSim.Results;

/// <summary>The downtime of one failure profile of a station in one replication.</summary>
/// <param name="Name">The profile's <see cref="FailureModel.Name"/>, or "failures" for a station's only, unnamed one.</param>
/// <param name="Fraction">The fraction of time (averaged over the station's servers) a machine was failed by it: waiting for a technician or in repair.</param>
/// <param name="Failures">Its failures that began in the window.</param>
public sealed record FailureDowntime(string Name, double Fraction, long Failures)
{
    internal static string NameOf(FailureModel profile) => profile.Name ?? "failures";
}
