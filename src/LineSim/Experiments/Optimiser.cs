using System.Collections.Concurrent;
using System.Collections.Immutable;
using LineSim.RandomNumbers;
using LineSim.Scenarios;

namespace LineSim.Experiments;

/// <summary>
/// Searches a plan's factors for the configuration that best meets its <see cref="OptimisationGoal"/>: greedy marginal
/// allocation (one unit at a time to the decision that gains most), then simulated annealing at the same total, then
/// (when minimising a total) one unit less while the bound holds; and finally selects the best of the search's best
/// configurations with Kim and Nelson's KN procedure on fresh replications.
/// </summary>
/// <remarks>
/// Every evaluation runs the plan's replications on common random numbers (replication r of every configuration on the
/// same streams), on the engine the plan's run section picks: by default the sample-path engine where it is exact,
/// the fastest. The search is deterministic for a plan and seed, whatever the number of threads.
/// </remarks>
public static class Optimiser
{
    private const int AnnealingRounds = 12;
    private const int ProposalsPerRound = 4;
    private const double Cooling = 0.8;
    private const double Tolerance = 1e-9;

    /// <summary>Runs the search and the final selection.</summary>
    /// <param name="plan">A plan with a <see cref="ExperimentPlan.Goal"/>.</param>
    /// <param name="progress">Told each step of the search; may be <see langword="null"/>.</param>
    /// <param name="maxDegreeOfParallelism">The most replications run at once; <see langword="null"/> for one per processor.</param>
    /// <param name="cancellationToken">Stops the search; the result then holds the best configuration found so far (<see cref="OptimisationResult.Interrupted"/>).</param>
    /// <exception cref="ArgumentException">The plan has no goal.</exception>
    /// <exception cref="ScenarioException">A combination of the factors' values makes the scenario invalid; the error names it.</exception>
    public static OptimisationResult Run(ExperimentPlan plan, IProgress<SearchStep>? progress = null, int? maxDegreeOfParallelism = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        OptimisationGoal goal = plan.Goal ?? throw new ArgumentException("The plan has no optimise section.", nameof(plan));
        var search = new Search(plan, goal, new SearchEvaluations(plan, maxDegreeOfParallelism, cancellationToken), progress);
        int replications = plan.Configurations[0].Options.Replications;
        try
        {
            search.Run();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return search.Result(replications, interrupted: true);
        }

        List<Evaluation> finalists = search.Finalists();
        if (finalists.Count == 0)
        {
            return search.Result(replications, interrupted: false);
        }

        ExperimentFigure figure = goal.Figure ?? goal.Constraint!.Figure;
        bool maximise = goal.Figure is not null ? goal.Maximise : goal.Constraint!.AtLeast is not null;
        var simulations = finalists.Select(f => Simulation.Create(f.Configuration.Line, f.Configuration.Options)).ToArray();
        var tasks = new ConcurrentDictionary<(int, int), ExperimentTaskResult>();
        int n0 = Math.Max(replications, 5);
        SelectionResult selection;
        try
        {
            selection = KimNelson.Select(
                finalists.Count,
                (c, r) => tasks.GetOrAdd((c, r), key => ExperimentTaskResult.From(key.Item1, simulations[key.Item1].RunReplication(key.Item2)))[figure],
                maximise,
                goal.IndifferenceZone,
                goal.ProbabilityOfCorrectSelection,
                n0,
                firstReplication: replications,
                maxReplications: 10 * n0,
                maxDegreeOfParallelism ?? Environment.ProcessorCount,
                cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return search.Result(replications, interrupted: true);
        }

        OptimisedConfiguration Selected(int c)
        {
            ExperimentTaskResult[] runs = [.. tasks.Where(t => t.Key.Item1 == c).OrderBy(t => t.Key.Item2).Select(t => t.Value)];
            return new OptimisedConfiguration(finalists[c].Configuration.Settings, Experiment.Figures(runs, baseline: null), finalists[c].Total, runs.Length);
        }

        return search.Result(replications, interrupted: false) with
        {
            Best = Selected(selection.Best),
            RunnerUp = selection.RunnerUp >= 0 ? Selected(selection.RunnerUp) : null,
            Selection = selection,
            ReplicationsRun = search.Evaluations.Replications + tasks.Count,
        };
    }

    /// <summary>The state of one search: where it stands, and every configuration it evaluated.</summary>
    private sealed class Search(ExperimentPlan plan, OptimisationGoal goal, SearchEvaluations evaluations, IProgress<SearchStep>? progress)
    {
        private readonly List<SearchStep> _steps = [];
        private XoshiroStream _random = new(RandomStreams.SeedFor(plan.Configurations[0].Options.Seed, 0, RandomStreams.StreamId("Optimiser", RandomStreams.Purpose.Routing)));
        private Evaluation _current = null!;

        public SearchEvaluations Evaluations => evaluations;

        private int Decisions => plan.Decisions.Length;

        public void Run()
        {
            _current = evaluations.Evaluate([[.. new int[Decisions]]])[0];
            Record("start", _current);
            Greedy();
            Anneal();
            while (goal.Total is not null && Feasible(_current) && Descend())
            {
                Anneal();
            }
        }

        /// <summary>The finalists: the best feasible configurations, at the least total when the total is the objective.</summary>
        public List<Evaluation> Finalists()
        {
            List<Evaluation> feasible = [.. evaluations.All.Where(Feasible)];
            if (goal.Total is not null && feasible.Count > 0)
            {
                double least = feasible.Min(e => e.Total);
                feasible = [.. feasible.Where(e => e.Total <= least + Tolerance)];
            }

            return [.. feasible.OrderByDescending(Score).Take(goal.Finalists)];
        }

        public OptimisationResult Result(int replications, bool interrupted)
        {
            Evaluation? best = evaluations.All.Where(Feasible).OrderBy(e => goal.Total is null ? 0 : e.Total).ThenByDescending(Score).FirstOrDefault();
            return new OptimisationResult
            {
                Goal = goal,
                Best = interrupted && best is not null ? new OptimisedConfiguration(best.Configuration.Settings, best.Figures, best.Total, replications) : null,
                Steps = [.. _steps],
                ConfigurationsEvaluated = evaluations.All.Count,
                ReplicationsRun = evaluations.Replications,
                SearchReplications = replications,
                Feasible = best is not null,
                Interrupted = interrupted,
            };
        }

        /// <summary>One unit at a time to the decision that gains most, while one gains (or, minimising a total, until the bound holds).</summary>
        private void Greedy()
        {
            while (true)
            {
                bool up = goal.Total is null || !Feasible(_current);
                if (goal.Total is not null && !up)
                {
                    return;
                }

                List<ImmutableArray<int>> moves = [];
                for (int d = 0; d < Decisions; d++)
                {
                    AddIfAllowed(moves, _current.Levels.SetItem(d, _current.Levels[d] + 1));
                    if (goal.Total is null && goal.BudgetAtMost is null)
                    {
                        AddIfAllowed(moves, _current.Levels.SetItem(d, _current.Levels[d] - 1));
                    }
                }

                if (moves.Count == 0)
                {
                    return;
                }

                Evaluation best = Best(evaluations.Evaluate(moves));
                if (goal.Total is null && Score(best) <= Score(_current))
                {
                    return;
                }

                _current = best;
                Record("greedy", _current);
            }
        }

        /// <summary>Simulated annealing over moves that keep the budget (or the total): a unit moved from one decision to another, or one decision changed alone.</summary>
        private void Anneal()
        {
            if (Decisions == 0)
            {
                return;
            }

            Evaluation best = _current;
            double temperature = goal.IndifferenceZone;
            for (int round = 0; round < AnnealingRounds; round++)
            {
                List<ImmutableArray<int>> proposals = [];
                for (int attempt = 0; attempt < 8 * ProposalsPerRound && proposals.Count < ProposalsPerRound; attempt++)
                {
                    int from = (int)(_random.NextDouble() * Decisions);
                    int to = (int)(_random.NextDouble() * Decisions);
                    ImmutableArray<int> levels = from != to && _random.NextDouble() < 0.5
                        ? _current.Levels.SetItem(from, _current.Levels[from] - 1).SetItem(to, _current.Levels[to] + 1)
                        : _current.Levels.SetItem(from, _current.Levels[from] + (_random.NextDouble() < 0.5 ? 1 : -1));
                    if (goal.Total is not null && InRange(levels) && Math.Abs(plan.Total(levels.AsSpan()) - _current.Total) > Tolerance)
                    {
                        continue;
                    }

                    AddIfAllowed(proposals, levels);
                }

                foreach (Evaluation proposal in evaluations.Evaluate(proposals))
                {
                    double gain = Score(proposal) - Score(_current);
                    bool feasibleNow = Feasible(proposal) || !Feasible(_current);
                    if (feasibleNow && (gain >= 0 || _random.NextDouble() < Math.Exp(gain / temperature)))
                    {
                        _current = proposal;
                    }

                    if (Feasible(proposal) && Score(proposal) > Score(best))
                    {
                        best = proposal;
                    }
                }

                temperature *= Cooling;
                Record("anneal", _current);
            }

            _current = best;
        }

        /// <summary>When minimising a total: moves to the best configuration one unit less that still meets the bound; false when none does.</summary>
        private bool Descend()
        {
            List<ImmutableArray<int>> moves = [];
            foreach ((int decision, _) in plan.TotalTerms)
            {
                if (decision >= 0)
                {
                    AddIfAllowed(moves, _current.Levels.SetItem(decision, _current.Levels[decision] - 1));
                }
            }

            Evaluation[] feasible = [.. evaluations.Evaluate(moves).Where(Feasible)];
            if (feasible.Length == 0)
            {
                return false;
            }

            _current = Best(feasible);
            Record("descend", _current);
            return true;
        }

        private void AddIfAllowed(List<ImmutableArray<int>> moves, ImmutableArray<int> levels)
        {
            if (InRange(levels) && (goal.BudgetAtMost is not { } atMost || plan.Total(levels.AsSpan()) <= atMost + Tolerance)
                && !moves.Any(m => m.SequenceEqual(levels)) && !levels.SequenceEqual(_current.Levels))
            {
                moves.Add(levels);
            }
        }

        private bool InRange(ImmutableArray<int> levels)
        {
            for (int d = 0; d < Decisions; d++)
            {
                if (levels[d] < 0 || levels[d] >= plan.Decisions[d].Levels.Length)
                {
                    return false;
                }
            }

            return true;
        }

        private Evaluation Best(IEnumerable<Evaluation> candidates) => candidates.OrderByDescending(Score).First();

        /// <summary>Larger is better: the objective figure, or (minimising a total) how far the bounded figure clears its bound.</summary>
        private double Score(Evaluation evaluation)
        {
            if (goal.Figure is { } figure)
            {
                double mean = evaluation.Figures[figure].Mean;
                return goal.Maximise ? mean : -mean;
            }

            FigureConstraint bound = goal.Constraint!;
            double value = evaluation.Figures[bound.Figure].Mean;
            return bound.AtLeast is { } low ? value - low : bound.AtMost!.Value - value;
        }

        private bool Feasible(Evaluation evaluation) => goal.Constraint is not { } bound || bound.Holds(evaluation.Figures[bound.Figure].Mean);

        private void Record(string phase, Evaluation at)
        {
            var step = new SearchStep(phase, _steps.Count + 1, at.Configuration.Settings, goal.Figure is { } f ? at.Figures[f].Mean : at.Figures[goal.Constraint!.Figure].Mean, at.Total, evaluations.All.Count);
            _steps.Add(step);
            progress?.Report(step);
        }
    }
}
