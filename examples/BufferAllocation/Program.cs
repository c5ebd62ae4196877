// BufferAllocation: where should the buffer places of the 55 s body shop go, and how few let the paint shop find a body
// at (nearly) every pull?
// Covers: a plan file (body-shop-buffers.json beside this program, over examples/scenarios/body-shop-55.json) that
// rebuilds the shop's slowest stations and its skid return (single-valued factors) and makes every buffer (0 to 10
// places) and the skid count decisions; the optimiser (greedy marginal allocation, simulated annealing, one place less
// while the takt attainment holds its goal, 0.95: the paint shop pulls a body every 55 s, so the shop never exceeds its
// takt and the goal is the share of pulls that find a body; then Kim and Nelson's KN selection on common random
// numbers); and a check of the chosen allocation against the shop as built and as rebuilt with its own buffers and
// skids, over the scenario's run.
// Seed 55; the search on five replications of two days, the check on ten replications of five days.
using LineSim.Experiments;
using LineSim.Results;
using LineSim.Scenarios;

string planPath = args.Length > 0 ? args[0] : Find("body-shop-buffers.json");
PlanLoadResult loaded = PlanLoader.LoadFile(planPath);
ExperimentPlan plan = loaded.Plan ?? throw new ScenarioException(loaded.Errors);

OptimisationResult search = Optimiser.Run(plan);
FigureConstraint goal = plan.Goal!.Constraint!;
double target = goal.AtLeast!.Value;
OptimisedConfiguration best = search.Best ?? throw new InvalidOperationException($"No allocation in the factors' ranges reaches takt attainment {target}.");
Console.WriteLine($"{plan.Name}: {search.ConfigurationsEvaluated} configurations and {search.ReplicationsRun} replications searched");
Console.WriteLine($"  fewest buffer places for takt attainment {target:F2}: {best.Total}");
foreach (Setting setting in best.Settings)
{
    Console.WriteLine($"    {setting.Path,-55} {setting.Value,3}");
}

// The shop as built, rebuilt with its own buffers and skids, and rebuilt with the chosen ones, over the file's run (ten
// replications of five days), replication by replication on the same random numbers. The decisions are the buffers and
// the skid count; the rebuild (the single-valued factors, the skid return among them) is everything else.
Scenario asBuilt = ScenarioLoader.LoadFile(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(planPath))!, plan.Scenario)).GetScenarioOrThrow();
ExperimentConfiguration[] configurations =
[
    new("As built", asBuilt.Line, asBuilt.Options),
    plan.Configure("Rebuilt, buffers as built", best.Settings.Where(s => !s.Path.Contains("buffer", StringComparison.OrdinalIgnoreCase) && !s.Path.EndsWith("].count", StringComparison.Ordinal))) with { Options = asBuilt.Options },
    plan.Configure("Rebuilt, chosen buffers", best.Settings) with { Options = asBuilt.Options },
];
ExperimentResult check = Experiment.Create(configurations).Run();

double taktJph = 3_600 / asBuilt.Line.TaktTime;
Console.WriteLine();
Console.WriteLine($"Check: {check.Replications} replications of {asBuilt.Options.Duration / 86_400} days, seed {check.Seed}, takt {asBuilt.Line.TaktTime} s = {taktJph:F1} JPH");
Console.WriteLine($"  {"",-28} {"JPH",-13} {"takt attainment",-17} {"JPH vs as built (paired)"}");
foreach (ConfigurationResult configuration in check.Configurations)
{
    string difference = configuration.Difference is { } d ? d.ThroughputPerHour.ToString("F2") : "-";
    Console.WriteLine($"  {configuration.Name,-28} {configuration.Figures.ThroughputPerHour.ToString("F1"),-13} {100 * configuration.Figures.TaktAttainment.Mean,6:F1}%           {difference}");
}

// The paint shop pulls a body every takt, so the shop never exceeds it: the chosen allocation is judged by its takt
// attainment, the share of the pulls that find a body, against the plan's goal.
Estimate chosen = check.Configurations[^1].Figures.TaktAttainment;
Console.WriteLine(chosen.Lower >= target
    ? $"The chosen allocation reaches the goal at 95%: takt attainment {chosen.ToString("F3")} against {target:F2}."
    : chosen.Mean >= target
        ? $"The chosen allocation reaches the goal in the mean (takt attainment {chosen.ToString("F3")} against {target:F2}), not at 95%."
        : $"The chosen allocation falls short of the goal over the longer run: takt attainment {chosen.ToString("F3")} against {target:F2}.");

static string Find(string name)
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        string candidate = Path.Combine(folder.FullName, "examples", "BufferAllocation", name);
        if (File.Exists(candidate))
        {
            return candidate;
        }
    }

    throw new FileNotFoundException($"{name} was not found above {AppContext.BaseDirectory}; run the example from the repository or give the plan's path.");
}
