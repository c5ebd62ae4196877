using System.Collections.Immutable;

namespace LineSim.Model;

/// <summary>One downstream station of a <see cref="Model.Routing"/>, with its probability under <see cref="RoutingRule.Probability"/>.</summary>
/// <param name="Station">The downstream station's name; it names the routing station among its inputs.</param>
/// <param name="Probability">The share of parts sent there under <see cref="RoutingRule.Probability"/>; ignored by the other rules.</param>
public sealed record RouteTarget(string Station, double Probability = 0)
{
    /// <summary>Under <see cref="RoutingRule.ByVariant"/>, the variants sent there; empty for the target that takes every other variant.</summary>
    /// <value>Defaults to none.</value>
    public ImmutableArray<string> Variants { get; init; } = [];
}
