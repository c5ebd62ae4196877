namespace LineSim.Results;

/// <summary>A carrier loop's use over replications, each figure with its 95% confidence half-width.</summary>
/// <param name="Name">The loop's name.</param>
/// <param name="Count">The number of carriers.</param>
/// <param name="AverageLoaded">The time-average number of carriers with a part.</param>
/// <param name="AverageReturning">The time-average number of empty carriers on the return (its level): travelling, waiting at its far end while the storage is full, or waiting to get on a full return.</param>
/// <param name="AverageIdle">The time-average number of empty carriers waiting to be boarded, in the storage.</param>
/// <param name="NoneIdleFraction">The fraction of time no carrier was idle at the boarding station (in its storage, where the loop has one).</param>
/// <param name="Utilisation">The fraction of the carriers loaded, on average.</param>
/// <param name="WaitingForCarrierFraction">The fraction of time the boarding station had a machine up and empty and a part to take but no carrier.</param>
/// <param name="ReturnBlockedFraction">The fraction of time a machine of the release station was blocked by a full return.</param>
public sealed record CarrierSummary(string Name, int Count, Estimate AverageLoaded, Estimate AverageReturning, Estimate AverageIdle, Estimate NoneIdleFraction, Estimate Utilisation, Estimate WaitingForCarrierFraction, Estimate ReturnBlockedFraction);
