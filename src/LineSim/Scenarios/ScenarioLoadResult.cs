using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace LineSim.Scenarios;

/// <summary>The outcome of loading a scenario: either the <see cref="Scenario"/> or every problem found.</summary>
public sealed class ScenarioLoadResult
{
    private ScenarioLoadResult(Scenario? scenario, ImmutableArray<ScenarioError> errors)
    {
        Scenario = scenario;
        Errors = errors;
    }

    /// <summary>The scenario; <see langword="null"/> when there are <see cref="Errors"/>.</summary>
    public Scenario? Scenario { get; }

    /// <summary>Every problem found, in document order; empty when the scenario is valid.</summary>
    public ImmutableArray<ScenarioError> Errors { get; }

    /// <summary>Whether the scenario is valid, in which case <see cref="Scenario"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Scenario))]
    public bool IsValid => Scenario is not null;

    /// <summary>The scenario, or an exception listing every problem.</summary>
    /// <exception cref="ScenarioException">The scenario is invalid.</exception>
    public Scenario GetScenarioOrThrow() => Scenario ?? throw new ScenarioException(Errors);

    internal static ScenarioLoadResult Success(Scenario scenario) => new(scenario, []);

    internal static ScenarioLoadResult Failure(IEnumerable<ScenarioError> errors) => new(null, [.. errors]);
}
