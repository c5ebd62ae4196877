namespace LineSim.Experiments;

/// <summary>A bound on a figure that an optimised configuration must keep: <c>"subjectTo": { "throughputPerHour": { "atLeast": 64 } }</c>.</summary>
/// <param name="Figure">The figure bounded.</param>
/// <param name="AtLeast">Its least allowed mean; <see langword="null"/> for none.</param>
/// <param name="AtMost">Its largest allowed mean; <see langword="null"/> for none.</param>
public sealed record FigureConstraint(ExperimentFigure Figure, double? AtLeast, double? AtMost)
{
    /// <summary>Whether <paramref name="value"/> keeps the bound.</summary>
    /// <param name="value">The figure's value.</param>
    public bool Holds(double value) => (AtLeast is not { } low || value >= low) && (AtMost is not { } high || value <= high);
}
