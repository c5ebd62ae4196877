namespace LineSim.Results;

/// <summary>How one carrier loop's carriers were used during the observation window of one replication.</summary>
/// <param name="Name">The loop's name.</param>
/// <param name="Count">The number of carriers.</param>
/// <param name="AverageLoaded">The time-average number of carriers with a part on them.</param>
/// <param name="AverageReturning">The time-average number of empty carriers on their way back.</param>
/// <param name="AverageIdle">The time-average number of empty carriers waiting at the boarding station.</param>
/// <param name="NoneIdleFraction">The fraction of time no carrier was waiting at the boarding station.</param>
/// <remarks>Loaded, returning and idle carriers add up to <paramref name="Count"/>.</remarks>
public sealed record CarrierStatistics(string Name, int Count, double AverageLoaded, double AverageReturning, double AverageIdle, double NoneIdleFraction)
{
    /// <summary>The fraction of the carriers that carried a part, on average.</summary>
    public double Utilisation => AverageLoaded / Count;
}
