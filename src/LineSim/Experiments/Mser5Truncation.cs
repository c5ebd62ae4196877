namespace LineSim.Experiments;

/// <summary>Where MSER-5 truncates an output series.</summary>
/// <param name="Batches">The number of batch means of five observations.</param>
/// <param name="TruncatedBatches">The batches to discard from the start, d*: the number that minimises the MSER statistic over the first half.</param>
/// <param name="Statistic">The MSER statistic at <paramref name="TruncatedBatches"/>.</param>
/// <param name="Shift">The mean of the truncated batches less the mean of those kept; 0 when none is truncated.</param>
/// <param name="ShiftHalfWidth">
/// The half-width of <paramref name="Shift"/> from the spread of the batches kept (Student t), at 95% over the m/2
/// truncations MSER-5 chooses among (Bonferroni); a shift within it is no evidence of a transient, only of noise.
/// </param>
public readonly record struct Mser5Truncation(int Batches, int TruncatedBatches, double Statistic, double Shift, double ShiftHalfWidth)
{
    /// <summary>Whether the truncated output differs from the rest by more than <see cref="ShiftHalfWidth"/>: evidence of a transient, not of noise.</summary>
    public bool IsSignificant => TruncatedBatches > 0 && Math.Abs(Shift) > ShiftHalfWidth;

    /// <summary>The observations to discard from the start: five per truncated batch.</summary>
    public int TruncatedObservations => Mser5.BatchSize * TruncatedBatches;

    /// <summary>
    /// Whether the minimum lies at the end of the first half, the furthest MSER-5 looks: the series is then too short
    /// to show where the transient ends, and a longer run is needed.
    /// </summary>
    public bool AtSearchLimit => TruncatedBatches > 0 && TruncatedBatches >= Batches / 2;
}
