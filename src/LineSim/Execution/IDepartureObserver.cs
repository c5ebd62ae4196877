namespace LineSim.Execution;

/// <summary>Sees every part leave every station; used to compare engines part by part.</summary>
internal interface IDepartureObserver
{
    /// <summary>Part number <paramref name="part"/> (0 for the first part to enter) left <paramref name="station"/> at <paramref name="time"/>.</summary>
    void OnDeparture(int station, long part, double time);
}
