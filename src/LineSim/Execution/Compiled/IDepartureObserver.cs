namespace LineSim.Execution.Compiled;

/// <summary>Sees every part leave every station; used to compare engines part by part.</summary>
/// <remarks>
/// Parts are numbered in order of entry. On an assembly line the sample-path engine numbers each part in order of entry
/// at its own supply (for a part made by an assembly, the supply of its first input's part, which it carries on), since
/// the order of entries from different supplies at one instant is the event calendar's; at every station both engines'
/// numbers put the parts in the same order.
/// </remarks>
internal interface IDepartureObserver
{
    /// <summary>Part number <paramref name="part"/> (0 for the first part to enter) left <paramref name="station"/> at <paramref name="time"/>.</summary>
    void OnDeparture(int station, long part, double time);
}
