using System.Collections.Immutable;

namespace LineSim.Model;

/// <summary>How a station sends its finished parts to one of several downstream stations (a split).</summary>
/// <param name="Rule">How the target is chosen.</param>
/// <param name="Targets">
/// The downstream stations in order: exactly those that name this station in their inputs. Required, with
/// probabilities summing to 1, under <see cref="RoutingRule.Probability"/>; for the other rules, leave it default to take
/// the downstream stations in the line's order.
/// </param>
/// <remarks>When a station has one downstream station, it needs no routing.</remarks>
public sealed record Routing(RoutingRule Rule, ImmutableArray<RouteTarget> Targets = default)
{
    /// <summary>Sends each part to a target drawn with the given probabilities, which sum to 1.</summary>
    /// <param name="targets">The downstream stations and their probabilities.</param>
    public static Routing ByProbability(params ImmutableArray<RouteTarget> targets) => new(RoutingRule.Probability, targets);
}
