using System.Collections.Immutable;

namespace LineSim.Model;

/// <summary>
/// A station's setup when the variant changes: before a part whose variant differs from the previous part's at the
/// same machine, the machine spends a setup time, its own state (setup), which reduces its availability.
/// </summary>
/// <param name="Time">The setup time for any change without an entry in <see cref="Matrix"/>; <see langword="null"/> for none.</param>
public sealed record Changeover(Distribution? Time = null)
{
    /// <summary>Setup times for particular changes, which take precedence over <see cref="Time"/>.</summary>
    /// <value>Defaults to none.</value>
    public ImmutableArray<ChangeoverTime> Matrix { get; init; } = [];
}
