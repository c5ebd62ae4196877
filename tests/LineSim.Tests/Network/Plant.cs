using System.Collections.Immutable;
using LineSim.Model;

namespace LineSim.Tests.Network;

/// <summary>
/// A generated plant: the model, and the stations every part that leaves the line has passed (and passed its check)
/// on its way. It prints as one line per station, so that a counterexample reads.
/// </summary>
/// <param name="Model">The plant; valid.</param>
/// <param name="MustPass">Stations every part that leaves the line has passed.</param>
public sealed record Plant(LineModel Model, ImmutableArray<string> MustPass)
{
    /// <summary>The same plant with every processing time made constant at its mean, rounded to whole seconds (at least 1 s).</summary>
    public Plant WithConstantTimes() => this with
    {
        Model = Model with
        {
            Stations = [.. Model.Stations.Select(s => s with { ProcessingTime = Distribution.Constant(Math.Max(1, Math.Round(s.ProcessingTime.Mean))) })],
        },
    };

    public override string ToString() => PlantText.Describe(Model) + Environment.NewLine + "  every part out passes " + string.Join(", ", MustPass);
}
