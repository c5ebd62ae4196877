using System.Collections.Immutable;
using LineSim.Model;

namespace LineSim.Experiments;

/// <summary>One configuration of an experiment: a line, how to run it, and the settings that make it differ from the others.</summary>
/// <param name="Name">The configuration's name in reports.</param>
/// <param name="Line">The line to simulate.</param>
/// <param name="Options">How to run it; every configuration of an experiment has the same seed and replications.</param>
public sealed record ExperimentConfiguration(string Name, LineModel Line, SimulationOptions Options)
{
    /// <summary>The values a plan set to make this configuration, in the plan's order; empty for one built in code.</summary>
    public ImmutableArray<Setting> Settings { get; init; } = [];
}
