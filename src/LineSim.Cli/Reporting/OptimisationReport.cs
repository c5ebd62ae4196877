using System.Globalization;
using System.Text;
using System.Text.Json;
using LineSim.Experiments;

namespace LineSim.Cli.Reporting;

/// <summary>An optimiser's result: the goal, the search's steps, the selected configuration and the runner-up, as text, JSON or a CSV of the search's steps.</summary>
internal static class OptimisationReport
{
    public static void WriteText(OptimisationResult result, ExperimentPlan plan, TextWriter writer)
    {
        OptimisationGoal goal = result.Goal;
        writer.WriteLine($"{plan.Name}: {Describe(goal)}, in {plan.Scenario}");
        writer.WriteLine($"Search: {result.SearchReplications} replications per configuration on common random numbers, seed {plan.Configurations[0].Options.Seed}; greedy marginal allocation, then simulated annealing{(goal.Total is null ? string.Empty : ", then one unit less while the bound holds")}");
        writer.WriteLine();
        var steps = new TextTable(["Step", "Phase", "Settings", ObjectiveName(goal), "Total", "Evaluated"], [true, false, false, true, true, true]);
        foreach (SearchStep step in result.Steps)
        {
            steps.Add(step.Step.ToString(CultureInfo.InvariantCulture), step.Phase, string.Join(", ", step.Settings.Select(s => Format.Number(s.Value))), Format.Fixed(step.Objective, 2), double.IsNaN(step.Total) ? "-" : Format.Number(step.Total), step.ConfigurationsEvaluated.ToString(CultureInfo.InvariantCulture));
        }

        if (result.Steps.Length > 0)
        {
            writer.WriteLine($"  Settings are {string.Join(", ", result.Steps[0].Settings.Select(s => s.Path))}.");
            steps.Write(writer, header: true);
            writer.WriteLine();
        }

        if (result.Selection is { } selection)
        {
            writer.WriteLine($"Selection: Kim and Nelson's KN among the search's {selection.Estimates.Length} best, on replications {selection.FirstReplication} onward (common random numbers), indifference zone {Format.Number(selection.IndifferenceZone)}, probability of correct selection {Format.Percent(selection.ProbabilityOfCorrectSelection)}{(selection.StoppedAtCap ? "; stopped at its cap of replications, so the choice is the best mean without that guarantee" : string.Empty)}");
        }
        else if (result.Interrupted)
        {
            writer.WriteLine("Interrupted before the final selection: the best configuration the search found, on its own replications.");
        }

        if (result.Best is { } best)
        {
            Configuration(writer, "Best", best, goal);
            if (result.RunnerUp is { } runnerUp)
            {
                Configuration(writer, "Runner-up", runnerUp, goal);
            }

            if (goal.Constraint is { } bound)
            {
                writer.WriteLine($"  {Bound(bound)}: {Holds(bound, best.Figures[bound.Figure])}");
            }
        }
        else if (!result.Feasible)
        {
            writer.WriteLine($"No configuration in the factors' ranges meets {Bound(goal.Constraint!)} in the search's mean.");
        }

        writer.WriteLine();
        writer.WriteLine($"Evaluated {result.ConfigurationsEvaluated} configurations, {result.ReplicationsRun} replications in all.");
    }

    public static string WriteJson(OptimisationResult result, ExperimentPlan plan)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonReport.Options))
        {
            json.WriteStartObject();
            json.WriteString("plan", plan.Name);
            json.WriteString("scenario", plan.Scenario);
            json.WriteNumber("seed", plan.Configurations[0].Options.Seed);
            json.WriteNumber("searchReplications", result.SearchReplications);
            json.WriteString("goal", Describe(result.Goal));
            json.WriteBoolean("feasible", result.Feasible);
            json.WriteBoolean("interrupted", result.Interrupted);
            json.WriteNumber("configurationsEvaluated", result.ConfigurationsEvaluated);
            json.WriteNumber("replicationsRun", result.ReplicationsRun);
            Configuration(json, "best", result.Best);
            Configuration(json, "runnerUp", result.RunnerUp);
            if (result.Selection is { } selection)
            {
                json.WriteStartObject("selection");
                json.WriteString("procedure", "KN");
                json.WriteNumber("indifferenceZone", selection.IndifferenceZone);
                json.WriteNumber("probabilityOfCorrectSelection", selection.ProbabilityOfCorrectSelection);
                json.WriteNumber("firstReplication", selection.FirstReplication);
                json.WriteNumber("finalists", selection.Estimates.Length);
                json.WriteBoolean("stoppedAtCap", selection.StoppedAtCap);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("selection");
            }

            json.WriteStartArray("steps");
            foreach (SearchStep step in result.Steps)
            {
                json.WriteStartObject();
                json.WriteNumber("step", step.Step);
                json.WriteString("phase", step.Phase);
                ExperimentReport.Settings(json, step.Settings);
                JsonReport.Number(json, "objective", step.Objective);
                JsonReport.Number(json, "total", step.Total);
                json.WriteNumber("configurationsEvaluated", step.ConfigurationsEvaluated);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void WriteCsv(OptimisationResult result, TextWriter writer)
    {
        string[] paths = result.Steps.IsEmpty ? [] : [.. result.Steps[0].Settings.Select(s => s.Path)];
        writer.Write(Csv.Line(["step", "phase", .. paths, "objective", "total", "configurationsEvaluated"]));
        foreach (SearchStep step in result.Steps)
        {
            writer.Write(Csv.Line([step.Step.ToString(CultureInfo.InvariantCulture), step.Phase, .. step.Settings.Select(s => Csv.Number(s.Value)), Csv.Number(step.Objective), Csv.Number(step.Total), step.ConfigurationsEvaluated.ToString(CultureInfo.InvariantCulture)]));
        }
    }

    private static void Configuration(TextWriter writer, string label, OptimisedConfiguration configuration, OptimisationGoal goal)
    {
        writer.WriteLine($"  {label}: {string.Join(", ", configuration.Settings.Select(s => $"{s.Path} = {Format.Number(s.Value)}"))}");
        string total = double.IsNaN(configuration.Total) ? string.Empty : $", total {Format.Number(configuration.Total)}";
        writer.WriteLine($"    JPH {Format.Estimate(configuration.Figures.ThroughputPerHour, 2)}, takt attainment {Format.PercentEstimate(configuration.Figures.TaktAttainment)}, WIP {Format.Estimate(configuration.Figures.WorkInProcess, 1)}{total} ({configuration.Replications} replications)");
        if (goal.Figure is { } figure and not ExperimentFigure.ThroughputPerHour and not ExperimentFigure.TaktAttainment and not ExperimentFigure.WorkInProcess)
        {
            writer.WriteLine($"    {ObjectiveName(goal)} {Format.Estimate(configuration.Figures[figure], 1)}");
        }
    }

    private static void Configuration(Utf8JsonWriter json, string name, OptimisedConfiguration? configuration)
    {
        if (configuration is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        ExperimentReport.Settings(json, configuration.Settings);
        ExperimentReport.Figures(json, configuration.Figures);
        JsonReport.Number(json, "total", configuration.Total);
        json.WriteNumber("replications", configuration.Replications);
        json.WriteEndObject();
    }

    private static string Describe(OptimisationGoal goal)
    {
        string objective = goal.Figure is { } figure
            ? $"{(goal.Maximise ? "maximise" : "minimise")} {GoalName(figure)}"
            : $"minimise the total of {goal.Total}";
        string budget = goal.BudgetTotal is null ? string.Empty : $" with the total of {goal.BudgetTotal} at most {Format.Number(goal.BudgetAtMost!.Value)}";
        string bound = goal.Constraint is null ? string.Empty : $" subject to {Bound(goal.Constraint)}";
        return objective + budget + bound;
    }

    private static string Bound(FigureConstraint bound) =>
        string.Join(" and ", new[] { bound.AtLeast is { } low ? $"{GoalName(bound.Figure)} >= {Format.Number(low)}" : null, bound.AtMost is { } high ? $"{GoalName(bound.Figure)} <= {Format.Number(high)}" : null }.OfType<string>());

    private static string Holds(FigureConstraint bound, Results.Estimate estimate)
    {
        bool atLeast = bound.AtLeast is not { } low || estimate.Lower >= low;
        bool atMost = bound.AtMost is not { } high || estimate.Upper <= high;
        return atLeast && atMost
            ? $"holds at 95% ({Format.Estimate(estimate, 2)})"
            : bound.Holds(estimate.Mean) ? $"holds in the mean, not at 95% ({Format.Estimate(estimate, 2)}): more replications or a larger total would settle it" : $"does not hold ({Format.Estimate(estimate, 2)})";
    }

    private static string ObjectiveName(OptimisationGoal goal) => GoalName(goal.Figure ?? goal.Constraint!.Figure);

    private static string GoalName(ExperimentFigure figure) => figure switch
    {
        ExperimentFigure.ThroughputPerHour => "JPH",
        ExperimentFigure.TaktAttainment => "takt attainment",
        ExperimentFigure.WorkInProcess => "WIP",
        _ => "lead time",
    };
}
