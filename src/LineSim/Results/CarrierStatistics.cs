namespace LineSim.Results;

/// <summary>How one carrier loop's carriers were used during the observation window of one replication.</summary>
/// <param name="Name">The loop's name.</param>
/// <param name="Count">The number of carriers.</param>
/// <param name="AverageLoaded">The time-average number of carriers with a part on them.</param>
/// <param name="AverageReturning">The time-average number of empty carriers on the return: travelling, waiting at its far end while the storage is full, or waiting to get on a full return (the return's level).</param>
/// <param name="AverageIdle">The time-average number of empty carriers waiting at the boarding station, in its storage.</param>
/// <param name="NoneIdleFraction">The fraction of time no carrier was idle at the boarding station (in its storage, where the loop has one).</param>
/// <param name="WaitingForCarrierFraction">The fraction of time the boarding station waited for a carrier: a machine of it was up and empty and it had a part to take, but no carrier was there.</param>
/// <param name="ReturnBlockedFraction">The fraction of time a machine of the release station held a part whose carrier found the return full (it counts as blocked in the station's states too); 0 for a return of unlimited capacity.</param>
/// <remarks>Loaded, returning and idle carriers add up to <paramref name="Count"/>.</remarks>
public sealed record CarrierStatistics(string Name, int Count, double AverageLoaded, double AverageReturning, double AverageIdle, double NoneIdleFraction, double WaitingForCarrierFraction, double ReturnBlockedFraction)
{
    /// <summary>The fraction of the carriers that carried a part, on average.</summary>
    public double Utilisation => AverageLoaded / Count;
}
