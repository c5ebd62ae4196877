namespace LineSim.Experiments;

/// <summary>Where MSER-5 truncates an output series.</summary>
/// <param name="Batches">The number of batch means of five observations.</param>
/// <param name="TruncatedBatches">The batches to discard from the start, d*: the number that minimises the MSER statistic over the first half.</param>
/// <param name="Statistic">The MSER statistic at <paramref name="TruncatedBatches"/>.</param>
public readonly record struct Mser5Truncation(int Batches, int TruncatedBatches, double Statistic)
{
    /// <summary>The observations to discard from the start: five per truncated batch.</summary>
    public int TruncatedObservations => Mser5.BatchSize * TruncatedBatches;

    /// <summary>
    /// Whether the minimum lies at the end of the first half, the furthest MSER-5 looks: the series is then too short
    /// to show where the transient ends, and a longer run is needed.
    /// </summary>
    public bool AtSearchLimit => TruncatedBatches > 0 && TruncatedBatches >= Batches / 2;
}
