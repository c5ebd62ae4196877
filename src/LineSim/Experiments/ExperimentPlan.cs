using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using LineSim.Scenarios;

namespace LineSim.Experiments;

/// <summary>
/// A plan read by <see cref="PlanLoader"/>: a scenario, the configurations to run (factors crossed, or named
/// scenarios), and for <see cref="Optimiser"/> a goal. The format is described in <c>docs/experiments.md</c>.
/// </summary>
public sealed record ExperimentPlan
{
    /// <summary>Plans come from <see cref="PlanLoader"/>, which makes and checks their configurations.</summary>
    internal ExperimentPlan()
    {
    }

    /// <summary>The plan's name: its <c>name</c>, or its file's name.</summary>
    public required string Name { get; init; }

    /// <summary>The scenario as the plan names it: its path as written, or "the inline scenario".</summary>
    public required string Scenario { get; init; }

    /// <summary>The factors, in the plan's order; empty for a plan of named scenarios.</summary>
    public required ImmutableArray<PlanFactor> Factors { get; init; }

    /// <summary>The configurations to run, each loaded and checked: every combination of the factors' values (the last factor varying fastest), or the named scenarios. An optimisation plan has the scenario alone.</summary>
    public required ImmutableArray<ExperimentConfiguration> Configurations { get; init; }

    /// <summary>What to optimise; <see langword="null"/> for a plan without <c>optimise</c>.</summary>
    public OptimisationGoal? Goal { get; init; }

    /// <summary>The scenario's JSON, from which configurations are made.</summary>
    internal ScenarioTemplate Template { get; init; } = null!;

    /// <summary>The values an optimiser chooses: one per field each factor finds.</summary>
    internal ImmutableArray<Decision> Decisions { get; init; } = [];

    /// <summary>
    /// The terms of the total that is the budget (or the objective) of <see cref="Goal"/>: a decision's index, or -1 with
    /// the value the scenario fixes.
    /// </summary>
    internal ImmutableArray<(int Decision, double Value)> TotalTerms { get; init; } = [];

    /// <summary>Creates an experiment of <see cref="Configurations"/>.</summary>
    /// <param name="maxDegreeOfParallelism">The most tasks run at once; <see langword="null"/> for one per processor.</param>
    /// <exception cref="ArgumentException">A configuration is invalid (a loaded plan's never are).</exception>
    public Experiment CreateExperiment(int? maxDegreeOfParallelism = null) => Experiment.Create(Configurations, maxDegreeOfParallelism);

    /// <summary>The plan with its replications or seed replaced, for every configuration and for those an optimiser makes.</summary>
    /// <param name="replications">The replications of each configuration, 1 or more; <see langword="null"/> to keep the plan's.</param>
    /// <param name="seed">The seed; <see langword="null"/> to keep the plan's.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="replications"/> is less than 1.</exception>
    public ExperimentPlan WithRun(int? replications = null, long? seed = null)
    {
        if (replications is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(replications), replications, $"replications must be at least 1, got {replications}.");
        }

        var root = (JsonObject)Template.Root.DeepClone();
        if (root["run"] is not JsonObject run)
        {
            run = [];
            root["run"] = run;
        }

        if (replications is { } count)
        {
            run["replications"] = count;
        }

        if (seed is { } value)
        {
            run["seed"] = value;
        }

        return this with
        {
            Template = Template with { Root = root },
            Configurations = [.. Configurations.Select(c => c with { Options = c.Options with { Replications = replications ?? c.Options.Replications, Seed = seed ?? c.Options.Seed } })],
        };
    }

    /// <summary>The plan's scenario with <paramref name="settings"/> set (a wildcard path sets every field it matches), as a configuration run as the plan runs.</summary>
    /// <param name="name">The configuration's name.</param>
    /// <param name="settings">The values to set, as a search's or an experiment's settings.</param>
    /// <exception cref="ScenarioException">A path selects nothing, or the values make the scenario invalid; the errors say which.</exception>
    public ExperimentConfiguration Configure(string name, IEnumerable<Setting> settings)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(settings);
        ImmutableArray<Setting> list = [.. settings];
        var errors = new ScenarioErrorList();
        var values = new List<(ValueTarget, double)>();
        foreach (Setting setting in list)
        {
            values.AddRange(PlanReader.Targets(setting.Path, setting.Path, Template, errors).Select(t => (t, setting.Value)));
        }

        ScenarioLoadResult loaded = errors.Count == 0 ? Template.Load(values) : ScenarioLoadResult.Failure(errors.Errors);
        return loaded.IsValid
            ? new ExperimentConfiguration(name, loaded.Scenario.Line, loaded.Scenario.Options) { Settings = list }
            : throw new ScenarioException(loaded.Errors);
    }

    /// <summary>The configuration that gives each decision the level at its index; its problems when it is invalid.</summary>
    internal (ExperimentConfiguration? Configuration, string? Problem) Configure(ReadOnlySpan<int> levels)
    {
        var values = new (ValueTarget Target, double Value)[Decisions.Length];
        var settings = ImmutableArray.CreateBuilder<Setting>(Decisions.Length);
        for (int d = 0; d < Decisions.Length; d++)
        {
            values[d] = (Decisions[d].Target, Decisions[d].Levels[levels[d]]);
            settings.Add(new Setting(Decisions[d].Target.Text, values[d].Value));
        }

        ScenarioLoadResult loaded = Template.Load(values);
        string name = string.Join(", ", settings.Select(s => s.Value.ToString("R", CultureInfo.InvariantCulture)));
        return loaded.IsValid
            ? (new ExperimentConfiguration(name, loaded.Scenario.Line, loaded.Scenario.Options) { Settings = settings.MoveToImmutable() }, null)
            : (null, $"the configuration {PlanReader.Describe(settings)} makes {Template.Describe(loaded)}");
    }

    /// <summary>The total of <see cref="TotalTerms"/> in the configuration of <paramref name="levels"/>.</summary>
    internal double Total(ReadOnlySpan<int> levels)
    {
        double total = 0;
        foreach ((int decision, double value) in TotalTerms)
        {
            total += decision >= 0 ? Decisions[decision].Levels[levels[decision]] : value;
        }

        return total;
    }
}
