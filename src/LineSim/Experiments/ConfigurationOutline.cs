using System.Collections.Immutable;

namespace LineSim.Experiments;

/// <summary>What aggregating a configuration's replications needs of it: its name and settings, its stations' names for the bottleneck.</summary>
/// <param name="Name">The configuration's name.</param>
/// <param name="Settings">The values its plan set.</param>
/// <param name="Stations">Its stations' names, in the line's order.</param>
internal sealed record ConfigurationOutline(string Name, ImmutableArray<Setting> Settings, ImmutableArray<string> Stations)
{
    public static ConfigurationOutline Of(ExperimentConfiguration configuration) =>
        new(configuration.Name, configuration.Settings, [.. configuration.Line.Stations.Select(s => s.Name)]);
}
