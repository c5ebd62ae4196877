using System.Collections.Immutable;
using LineSim.Scenarios;

namespace LineSim.Experiments;

/// <summary>
/// Evaluates configurations for the optimiser's search, each once: those asked for together run as one
/// <see cref="Experiment"/> on common random numbers, in parallel.
/// </summary>
internal sealed class SearchEvaluations
{
    private readonly ExperimentPlan _plan;
    private readonly int? _maxDegreeOfParallelism;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<string, Evaluation> _done = new(StringComparer.Ordinal);

    public SearchEvaluations(ExperimentPlan plan, int? maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        _plan = plan;
        _maxDegreeOfParallelism = maxDegreeOfParallelism;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Every configuration evaluated so far, in the order they were.</summary>
    public List<Evaluation> All { get; } = [];

    /// <summary>Replications run so far.</summary>
    public int Replications { get; private set; }

    /// <summary>The evaluations of <paramref name="levels"/>, running those not yet evaluated.</summary>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    /// <exception cref="ScenarioException">A configuration is invalid; the problem names its settings.</exception>
    public Evaluation[] Evaluate(IReadOnlyList<ImmutableArray<int>> levels)
    {
        var missing = new List<(ImmutableArray<int> Levels, ExperimentConfiguration Configuration)>();
        foreach (ImmutableArray<int> candidate in levels)
        {
            string key = Key(candidate);
            if (_done.ContainsKey(key) || missing.Any(m => Key(m.Levels) == key))
            {
                continue;
            }

            (ExperimentConfiguration? configuration, string? problem) = _plan.Configure(candidate.AsSpan());
            if (configuration is null)
            {
                throw new ScenarioException([new ScenarioError("factors", problem!)]);
            }

            missing.Add((candidate, configuration));
        }

        if (missing.Count > 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            Experiment experiment = Experiment.Create(missing.Select(m => m.Configuration), _maxDegreeOfParallelism);
            ExperimentResult result = experiment.Run(cancellationToken: _cancellationToken);
            if (result.Interrupted)
            {
                throw new OperationCanceledException(_cancellationToken);
            }

            Replications += experiment.TaskCount;
            for (int m = 0; m < missing.Count; m++)
            {
                var evaluation = new Evaluation(missing[m].Levels, missing[m].Configuration, result.Configurations[m].Figures, _plan.TotalTerms.IsEmpty ? double.NaN : _plan.Total(missing[m].Levels.AsSpan()));
                _done.Add(Key(missing[m].Levels), evaluation);
                All.Add(evaluation);
            }
        }

        return [.. levels.Select(l => _done[Key(l)])];
    }

    private static string Key(ImmutableArray<int> levels) => string.Join(',', levels);
}
