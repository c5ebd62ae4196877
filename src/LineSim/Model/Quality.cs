using System.Collections.Immutable;

namespace LineSim.Model;

/// <summary>
/// A station's quality check: each part passes with probability <paramref name="FirstPassYield"/>; a part that fails
/// is reworked at one of <see cref="Rework"/> with its probability, or scrapped (it leaves the line, counted) with
/// the probability left.
/// </summary>
/// <param name="FirstPassYield">The probability that a part passes; between 0 and 1.</param>
public sealed record Quality(double FirstPassYield)
{
    /// <summary>Where failed parts go to be reworked; the probabilities sum to at most 1, and what is left is scrapped.</summary>
    /// <value>Defaults to none: every failed part is scrapped.</value>
    public ImmutableArray<ReworkRoute> Rework { get; init; } = [];

    /// <summary>The share of failed parts scrapped: 1 minus the rework probabilities.</summary>
    public double ScrapProbability
    {
        get
        {
            double reworked = 0;
            foreach (ReworkRoute route in Rework.IsDefault ? [] : Rework)
            {
                reworked += route?.Probability ?? 0;
            }

            return Math.Max(0, 1 - reworked);
        }
    }
}
