using System.Collections.Immutable;

namespace LineSim.Experiments;

/// <summary>
/// One value in a scenario's JSON found by a <see cref="SettingPath"/>: the fields and list indices that lead to it,
/// so that it can be set in any copy of the scenario, and how to name it to the user.
/// </summary>
/// <param name="Steps">The field names and list indices from the root; the last step is the field that holds the value.</param>
/// <param name="Text">The value's path with list elements by name where they have one: <c>stations[Framing].inputs[Underbody weld 2].buffer</c>.</param>
internal sealed record ValueTarget(ImmutableArray<PathStep> Steps, string Text)
{
    /// <summary>Whether two targets name the same value.</summary>
    public bool SameValue(ValueTarget other) => Steps.SequenceEqual(other.Steps);
}
