using System.Collections.Immutable;
using System.Globalization;
using LineSim.Model;
using LineSim.Tests.Planning;

namespace LineSim.Tests.Plants;

/// <summary>
/// A generated plant and how to run it, with the features it has. It prints one line per station and per planning
/// element, then the run, so that a counterexample reads.
/// </summary>
/// <param name="Model">The plant; valid.</param>
/// <param name="Warmup">The warm-up, in seconds.</param>
/// <param name="Duration">The observation window, in seconds; <see langword="null"/> for a run by part count.</param>
/// <param name="PartCount">The parts to make after the warm-up; <see langword="null"/> for a run by duration.</param>
/// <param name="Features">What the plant and its run have.</param>
public sealed record PlantCase(LineModel Model, double Warmup, double? Duration, long? PartCount, ImmutableArray<PlantFeature> Features)
{
    /// <summary>The options of the case's run, on one thread.</summary>
    public SimulationOptions Options(int seed, int replications = 2) => new()
    {
        Seed = seed,
        Replications = replications,
        Warmup = Warmup,
        Duration = Duration,
        PartCount = PartCount,
        MaxDegreeOfParallelism = 1,
        AnalyseBottlenecks = Features.Contains(PlantFeature.BottleneckAnalysis),
    };

    public override string ToString() => PlanningText.Describe(Model) + Environment.NewLine + string.Create(CultureInfo.InvariantCulture,
        $"  run: warm-up {Warmup} s, {(Duration is { } d ? $"{d} s" : $"{PartCount} parts")}; {string.Join(", ", Features)}");
}
