using System.Text.Json;
using LineSim.Scenarios;

namespace LineSim.Experiments;

/// <summary>
/// Loads plan files: a scenario, factors or named scenarios, run settings and an optional goal (see
/// <c>docs/experiments.md</c>). Every problem is reported at once, each with its path in the plan.
/// </summary>
/// <remarks>
/// Comments and trailing commas are allowed, as in scenario files. Every configuration is made and checked by the
/// scenario's own rules while loading, so that a value the scenario would refuse is reported with the configuration
/// that makes it. Loading never throws for a bad plan. Thread-safe.
/// </remarks>
public static class PlanLoader
{
    /// <summary>Loads a plan from a file; a scenario path in it is relative to the plan's folder.</summary>
    /// <param name="path">The plan file's path.</param>
    /// <returns>The plan, or every problem found with it, including a missing or unreadable file.</returns>
    public static PlanLoadResult LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string? json = ScenarioLoader.ReadFile(path, "a plan file", out ScenarioError? error);
        if (json is null)
        {
            return PlanLoadResult.Failure([error!]);
        }

        return Load(json, Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", Path.GetFileNameWithoutExtension(path));
    }

    /// <summary>Loads a plan from JSON text.</summary>
    /// <param name="json">The plan as JSON.</param>
    /// <param name="baseDirectory">The folder a scenario path in the plan is relative to.</param>
    /// <param name="defaultName">The plan's name when it has no <c>name</c>.</param>
    /// <returns>The plan, or every problem found with it.</returns>
    public static PlanLoadResult Load(string json, string baseDirectory, string defaultName = "plan")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(baseDirectory);
        ArgumentNullException.ThrowIfNull(defaultName);
        if (JsonInput.Problem(json) is { } textProblem)
        {
            return PlanLoadResult.Failure([textProblem]);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, ScenarioLoader.DocumentOptions);
        }
        catch (JsonException exception)
        {
            return PlanLoadResult.Failure([ScenarioLoader.MalformedJson(exception)]);
        }

        using (document)
        {
            var errors = new ScenarioErrorList();
            ExperimentPlan? plan = PlanReader.Read(document.RootElement, baseDirectory, defaultName, errors);
            return errors.Count == 0 && plan is not null ? PlanLoadResult.Success(plan) : PlanLoadResult.Failure(errors.Errors);
        }
    }
}
