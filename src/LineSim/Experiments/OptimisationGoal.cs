namespace LineSim.Experiments;

/// <summary>
/// What <see cref="Optimiser"/> searches for: a figure to maximise or minimise (within a budget on a total of the
/// scenario's values), or a total to minimise subject to a bound on a figure; and how sure the final choice must be.
/// </summary>
public sealed record OptimisationGoal
{
    /// <summary>The figure to maximise or minimise; <see langword="null"/> when <see cref="Total"/> is minimised.</summary>
    public ExperimentFigure? Figure { get; init; }

    /// <summary>Whether <see cref="Figure"/> is maximised (else minimised).</summary>
    public bool Maximise { get; init; }

    /// <summary>
    /// A path (with wildcards) whose values' total is minimised, as <c>stations[*].bufferBefore</c>, or several joined by
    /// <c>" + "</c>; <see langword="null"/> when a figure is the objective.
    /// </summary>
    public string? Total { get; init; }

    /// <summary>A path (or several joined by <c>" + "</c>) whose values' total is bounded by <see cref="BudgetAtMost"/>; <see langword="null"/> for no budget.</summary>
    public string? BudgetTotal { get; init; }

    /// <summary>The largest allowed total of <see cref="BudgetTotal"/>.</summary>
    public double? BudgetAtMost { get; init; }

    /// <summary>A bound the chosen configuration's figure must keep; <see langword="null"/> for none.</summary>
    public FigureConstraint? Constraint { get; init; }

    /// <summary>
    /// The indifference zone of the final selection, in the objective's units (for a total, in those of the constraint's
    /// figure): configurations closer than this are as good as each other.
    /// </summary>
    /// <value>Defaults to 0.5.</value>
    public double IndifferenceZone { get; init; } = 0.5;

    /// <summary>The probability that the selection picks the best (or one within the indifference zone of it).</summary>
    /// <value>Defaults to 0.95.</value>
    public double ProbabilityOfCorrectSelection { get; init; } = 0.95;

    /// <summary>How many of the search's best configurations go to the final selection.</summary>
    /// <value>Defaults to 5.</value>
    public int Finalists { get; init; } = 5;
}
