using System.Collections.Immutable;
using System.Text.Json;
using LineSim.Scenarios;

namespace LineSim.Experiments;

/// <summary>
/// Reads a plan's <c>optimise</c> section: <c>maximise</c> or <c>minimise</c> (a figure, or a path whose total is
/// minimised), <c>budget</c> (<c>total</c>, <c>atMost</c>), <c>subjectTo</c> (a figure with <c>atLeast</c> or
/// <c>atMost</c>) and <c>selection</c> (<c>indifferenceZone</c>, <c>probabilityOfCorrectSelection</c>, <c>finalists</c>).
/// </summary>
internal static class GoalReader
{
    private static readonly ImmutableArray<string> s_figures = ["throughputPerHour", "taktAttainment", "wip", "leadTime"];

    /// <summary>The figure a plan names, as in <c>"maximise": "throughputPerHour"</c>.</summary>
    public static string Name(ExperimentFigure figure) => s_figures[(int)figure];

    public static ExperimentPlan? Read(JsonElement element, string path, string name, ScenarioTemplate template, Scenario baseline, List<FactorEntry> factors, ScenarioErrorList errors)
    {
        JsonFields? fields = JsonFields.Open(element, path, errors, "an optimisation goal", "maximise", "minimise", "budget", "subjectTo", "selection");
        if (fields is null)
        {
            return null;
        }

        int before = errors.Count;
        var decisions = ImmutableArray.CreateBuilder<Decision>();
        foreach (FactorEntry entry in factors)
        {
            ImmutableArray<double> levels = [.. entry.Factor.Values.Order()];
            decisions.AddRange(entry.Targets.Select(t => new Decision(t, levels)));
        }

        var goal = new OptimisationGoal();
        string? totalPath = null;
        if (fields.Has("maximise") == fields.Has("minimise"))
        {
            fields.Report(fields.Has("maximise") ? "minimise" : "maximise", fields.Has("maximise")
                ? "give either maximise or minimise, not both"
                : $"needs maximise (a figure: {JsonText.Alternatives(s_figures)}) or minimise (a figure, or a path whose total to minimise, as \"stations[*].bufferBefore\")");
        }
        else if (fields.Has("maximise"))
        {
            goal = goal with { Figure = Figure(fields, "maximise"), Maximise = true };
        }
        else if (fields.String("minimise") is { } minimise)
        {
            if (s_figures.Contains(minimise))
            {
                goal = goal with { Figure = (ExperimentFigure)s_figures.IndexOf(minimise) };
            }
            else if (minimise.Contains('.', StringComparison.Ordinal) || minimise.Contains('[', StringComparison.Ordinal))
            {
                goal = goal with { Total = minimise };
                totalPath = fields.At("minimise");
            }
            else
            {
                string? suggestion = Suggestions.Closest(minimise, s_figures);
                fields.Report("minimise", $"must be a figure ({JsonText.Alternatives(s_figures)}) or a path into the scenario, got {JsonText.Quote(minimise)}" + (suggestion is null ? string.Empty : $"; did you mean \"{suggestion}\"?"));
            }
        }

        if (fields.TryGet("budget", out JsonElement budgetElement) && JsonFields.Open(budgetElement, fields.At("budget"), errors, "a budget", "total", "atMost") is { } budget)
        {
            goal = goal with { BudgetTotal = budget.String("total", required: true), BudgetAtMost = budget.Number("atMost", NumberRule.NonNegative, required: true) };
            totalPath = budget.At("total");
            if (goal.Total is not null)
            {
                fields.Report("budget", "not allowed when minimising a total: the total is the objective");
            }
        }

        if (fields.TryGet("subjectTo", out JsonElement subjectTo))
        {
            goal = goal with { Constraint = Constraint(subjectTo, fields.At("subjectTo"), errors) };
        }
        else if (goal.Total is not null)
        {
            fields.Report("minimise", "minimising a total needs subjectTo, a bound on a figure, as { \"throughputPerHour\": { \"atLeast\": 64 } }");
        }

        if (fields.TryGet("selection", out JsonElement selectionElement) && JsonFields.Open(selectionElement, fields.At("selection"), errors, "the selection settings", "indifferenceZone", "probabilityOfCorrectSelection", "finalists") is { } selection)
        {
            goal = goal with
            {
                IndifferenceZone = selection.Number("indifferenceZone", NumberRule.Positive) ?? goal.IndifferenceZone,
                ProbabilityOfCorrectSelection = selection.Number("probabilityOfCorrectSelection", NumberRule.Probability) ?? goal.ProbabilityOfCorrectSelection,
                Finalists = selection.Integer("finalists", minimum: 2) ?? goal.Finalists,
            };
            if (goal.ProbabilityOfCorrectSelection is <= 0.5 or >= 1)
            {
                selection.Report("probabilityOfCorrectSelection", $"must be greater than 0.5 and less than 1, got {PlanReader.Number(goal.ProbabilityOfCorrectSelection)}");
            }
        }

        ImmutableArray<(int, double)> terms = [];
        string? total = goal.Total ?? goal.BudgetTotal;
        if (total is not null && totalPath is not null && errors.Count == before)
        {
            terms = TotalTerms(total, totalPath, template, decisions, errors);
        }

        if (errors.Count > before)
        {
            return null;
        }

        var plan = new ExperimentPlan
        {
            Name = name,
            Scenario = template.Source,
            Factors = [.. factors.Select(f => f.Factor)],
            Configurations = [new ExperimentConfiguration(baseline.Name, baseline.Line, baseline.Options)],
            Goal = goal,
            Template = template,
            Decisions = decisions.ToImmutable(),
            TotalTerms = terms,
        };
        if (goal.BudgetAtMost is { } atMost && plan.Total(new int[plan.Decisions.Length]) > atMost)
        {
            errors.Add(totalPath!, $"the factors' minimums already total {PlanReader.Number(plan.Total(new int[plan.Decisions.Length]))}, more than the budget's atMost {PlanReader.Number(atMost)}");
            return null;
        }

        return plan;
    }

    private static ExperimentFigure? Figure(JsonFields fields, string name) =>
        fields.Choice(name, s_figures) is { } figure ? (ExperimentFigure)s_figures.IndexOf(figure) : null;

    private static FigureConstraint? Constraint(JsonElement element, string path, ScenarioErrorList errors)
    {
        JsonFields? fields = JsonFields.Open(element, path, errors, "a bound on a figure", [.. s_figures]);
        if (fields is null)
        {
            return null;
        }

        string[] given = [.. s_figures.Where(fields.Has)];
        if (given.Length != 1)
        {
            errors.Add(path, $"needs exactly one figure ({JsonText.Alternatives(s_figures)}), got {given.Length}");
            return null;
        }

        fields.TryGet(given[0], out JsonElement bound);
        JsonFields? limits = JsonFields.Open(bound, fields.At(given[0]), errors, "a bound", "atLeast", "atMost");
        if (limits is null)
        {
            return null;
        }

        double? atLeast = limits.Number("atLeast", NumberRule.Any);
        double? atMost = limits.Number("atMost", NumberRule.Any);
        if (atLeast is null && atMost is null)
        {
            errors.Add(limits.Path, "needs atLeast or atMost");
            return null;
        }

        return new FigureConstraint((ExperimentFigure)s_figures.IndexOf(given[0]), atLeast, atMost);
    }

    private static ImmutableArray<(int, double)> TotalTerms(string text, string at, ScenarioTemplate template, ImmutableArray<Decision>.Builder decisions, ScenarioErrorList errors)
    {
        var terms = ImmutableArray.CreateBuilder<(int, double)>();
        IEnumerable<ValueTarget> targets = text.Split(" + ", StringSplitOptions.TrimEntries).SelectMany(path => PlanReader.Targets(path, at, template, errors));
        foreach (ValueTarget target in targets.DistinctBy(t => t.Text))
        {
            int decision = -1;
            for (int d = 0; d < decisions.Count && decision < 0; d++)
            {
                decision = decisions[d].Target.SameValue(target) ? d : -1;
            }

            if (decision < 0 && template.Read(target) is null)
            {
                errors.Add(at, $"{target.Text} is not a number in {template.Source}, so it cannot be added up");
            }

            terms.Add((decision, decision >= 0 ? 0 : template.Read(target) ?? 0));
        }

        return terms.ToImmutable();
    }
}
