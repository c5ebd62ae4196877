using System.Globalization;
using System.Text.Json.Nodes;
using LineSim.Scenarios;

namespace LineSim.Experiments;

/// <summary>
/// A plan's scenario as JSON, from which each configuration is made: its values set, then loaded by
/// <see cref="ScenarioLoader"/>, so that every value is checked by the scenario's own rules.
/// </summary>
/// <param name="Root">The scenario's JSON, with the plan's <c>run</c> already applied; never changed.</param>
/// <param name="Source">How messages name the scenario: its path as the plan gives it, or "the inline scenario".</param>
/// <param name="DefaultName">The line's name when the scenario has none.</param>
internal sealed record ScenarioTemplate(JsonObject Root, string Source, string DefaultName)
{
    /// <summary>The scenario with <paramref name="values"/> set, or the problems that they make.</summary>
    public ScenarioLoadResult Load(IReadOnlyList<(ValueTarget Target, double Value)> values)
    {
        var copy = (JsonObject)Root.DeepClone();
        foreach ((ValueTarget target, double value) in values)
        {
            Set(copy, target, value);
        }

        return ScenarioLoader.LoadNode(copy, DefaultName);
    }

    /// <summary>The value at <paramref name="target"/> in the template, when it is a number or a time with a unit (in seconds).</summary>
    public double? Read(ValueTarget target)
    {
        JsonNode? node = Root;
        foreach (PathStep step in target.Steps)
        {
            node = node is JsonObject o && o.TryGetPropertyValue(step.Field, out JsonNode? value) ? value : null;
            if (step.Index >= 0)
            {
                node = node is JsonArray list && step.Index < list.Count ? list[step.Index] : null;
            }
        }

        if (node is not JsonValue leaf)
        {
            return null;
        }

        return leaf.TryGetValue(out double result) || (leaf.TryGetValue(out string? text) && TimeText.TryParse(text, out result)) ? result : null;
    }

    /// <summary>Describes a failed load in one line, after "makes": the scenario, invalid, and its first problems.</summary>
    public string Describe(ScenarioLoadResult result)
    {
        const int Shown = 3;
        string problems = string.Join("; ", result.Errors.Take(Shown).Select(e => e.ToString()));
        return result.Errors.Length > Shown
            ? string.Create(CultureInfo.InvariantCulture, $"{Source} invalid: {problems}; and {result.Errors.Length - Shown} more")
            : $"{Source} invalid: {problems}";
    }

    private static void Set(JsonObject root, ValueTarget target, double value)
    {
        JsonObject node = root;
        for (int s = 0; s < target.Steps.Length - 1; s++)
        {
            PathStep step = target.Steps[s];
            JsonNode child = node[step.Field]!;
            node = (JsonObject)(step.Index >= 0 ? child[step.Index]! : child);
        }

        node[target.Steps[^1].Field] = JsonValue.Create(value);
    }
}
