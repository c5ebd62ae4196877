using LineSim.Model;
using Microsoft.Extensions.Logging;

namespace LineSim.Scenarios;

/// <summary>
/// A line and how to run it, as read from a scenario file by <see cref="ScenarioLoader"/>: the
/// <see cref="LineModel"/> and the <see cref="SimulationOptions"/> from its <c>run</c> section.
/// </summary>
/// <remarks>The format is described in <c>docs/scenario-files.md</c>.</remarks>
public sealed record Scenario
{
    /// <summary>The line, with its name, stations, buffers, source, takt time and blocking policy.</summary>
    public required LineModel Line { get; init; }

    /// <summary>The run length, warm-up, replications and seed.</summary>
    public required SimulationOptions Options { get; init; }

    /// <summary>The scenario's free-text description; <see langword="null"/> when the file has none.</summary>
    public string? Description { get; init; }

    /// <summary>The scenario's name, which is the line's.</summary>
    public string Name => Line.Name;

    /// <summary>Prepares a simulation of the scenario's line with its options.</summary>
    /// <param name="loggerFactory">Where to log; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException">The line or the options are invalid (a scenario from <see cref="ScenarioLoader"/> never is).</exception>
    public Simulation CreateSimulation(ILoggerFactory? loggerFactory = null) => Simulation.Create(Line, Options, loggerFactory);
}
