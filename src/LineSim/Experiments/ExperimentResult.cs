using System.Collections.Immutable;

namespace LineSim.Experiments;

/// <summary>The results of an <see cref="Experiment"/>: one entry per configuration whose replications all finished.</summary>
public sealed record ExperimentResult
{
    /// <summary>The seed every configuration ran with.</summary>
    public required long Seed { get; init; }

    /// <summary>The replications of each configuration.</summary>
    public required int Replications { get; init; }

    /// <summary>The number of configurations in the experiment, finished or not.</summary>
    public required int ConfigurationCount { get; init; }

    /// <summary>The configurations whose replications all finished, in the experiment's order.</summary>
    public required ImmutableArray<ConfigurationResult> Configurations { get; init; }

    /// <summary>Whether the run was cancelled before every configuration finished.</summary>
    public bool Interrupted => Configurations.Length < ConfigurationCount;
}
