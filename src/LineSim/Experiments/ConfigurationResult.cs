using System.Collections.Immutable;

namespace LineSim.Experiments;

/// <summary>An experiment's results for one configuration.</summary>
public sealed record ConfigurationResult
{
    /// <summary>The configuration's index in the experiment.</summary>
    public required int Index { get; init; }

    /// <summary>The configuration's name.</summary>
    public required string Name { get; init; }

    /// <summary>The values its plan set.</summary>
    public required ImmutableArray<Setting> Settings { get; init; }

    /// <summary>Its figures over the replications, each with its 95% half-width.</summary>
    public required ExperimentFigures Figures { get; init; }

    /// <summary>
    /// Its figures less the first configuration's, replication by replication (paired on common random numbers), with the
    /// 95% half-width of the paired difference; <see langword="null"/> for the first configuration, or when the first did
    /// not finish.
    /// </summary>
    public ExperimentFigures? Difference { get; init; }

    /// <summary>The station working or down the largest fraction of time, averaged over replications.</summary>
    public required string Bottleneck { get; init; }

    /// <summary>Each replication's figures, by replication.</summary>
    public required ImmutableArray<ExperimentTaskResult> Replications { get; init; }
}
