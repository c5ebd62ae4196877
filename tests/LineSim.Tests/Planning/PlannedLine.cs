using LineSim.Model;

namespace LineSim.Tests.Planning;

/// <summary>
/// A generated line with its planning: product variants, setups, paced segments, a shift calendar, maintenance and
/// failures. It prints one line per station and per planning element, so that a counterexample reads.
/// </summary>
/// <param name="Model">The line; valid.</param>
public sealed record PlannedLine(LineModel Model)
{
    public override string ToString() => PlanningText.Describe(Model);
}
