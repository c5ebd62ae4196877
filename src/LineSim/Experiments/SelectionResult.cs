using System.Collections.Immutable;
using LineSim.Results;

namespace LineSim.Experiments;

/// <summary>
/// The outcome of a ranking-and-selection procedure (Kim and Nelson's KN) among candidate configurations on common
/// random numbers: the one selected, with a stated probability of correct selection and indifference zone.
/// </summary>
public sealed record SelectionResult
{
    /// <summary>The index of the selected candidate.</summary>
    public required int Best { get; init; }

    /// <summary>The candidate with the best mean after <see cref="Best"/>; -1 with a single candidate.</summary>
    public required int RunnerUp { get; init; }

    /// <summary>The indifference zone: a candidate within this of the best counts as best, in the figure's units.</summary>
    public required double IndifferenceZone { get; init; }

    /// <summary>The probability, at least, that <see cref="Best"/> is the best or within the indifference zone of it.</summary>
    public required double ProbabilityOfCorrectSelection { get; init; }

    /// <summary>The index of the first replication the selection ran; earlier ones (the search's) are not reused, so the choice is not biased by them.</summary>
    public required int FirstReplication { get; init; }

    /// <summary>Per candidate, the mean of the figure over the replications it ran, with its 95% half-width.</summary>
    public required ImmutableArray<Estimate> Estimates { get; init; }

    /// <summary>Per candidate, the replications it ran before it was eliminated or selected.</summary>
    public required ImmutableArray<int> ReplicationCounts { get; init; }

    /// <summary>
    /// Whether the procedure reached its cap on replications before one candidate was left; <see cref="Best"/> then has
    /// the best mean among those left, without the stated guarantee.
    /// </summary>
    public required bool StoppedAtCap { get; init; }
}
