using System.Collections.Immutable;
using LineSim.Results;

namespace LineSim.Experiments;

/// <summary>
/// Runs several configurations of a line on common random numbers: replication r of every configuration draws the
/// same random streams, so that differences between configurations are paired. Build one with <see cref="Create"/>.
/// </summary>
/// <remarks>
/// The work is split into tasks, one per (configuration, replication), numbered configuration by configuration
/// (<c>task = configuration × replications + replication</c>). Tasks run in parallel; <see cref="Aggregate(IReadOnlyList{ExperimentTaskResult?})"/> orders
/// them by number, so results are bit-identical whatever the number of threads, and whatever runs the tasks.
/// Thread-safe: tasks may run from any thread.
/// </remarks>
public sealed class Experiment
{
    private readonly Simulation[] _simulations;
    private readonly ImmutableArray<ConfigurationOutline> _outlines;

    private Experiment(ImmutableArray<ExperimentConfiguration> configurations, Simulation[] simulations, int? maxDegreeOfParallelism)
    {
        Configurations = configurations;
        MaxDegreeOfParallelism = maxDegreeOfParallelism;
        _simulations = simulations;
        _outlines = [.. configurations.Select(ConfigurationOutline.Of)];
        Replications = configurations[0].Options.Replications;
        Seed = configurations[0].Options.Seed;
    }

    /// <summary>The configurations, in order.</summary>
    public ImmutableArray<ExperimentConfiguration> Configurations { get; }

    /// <summary>The replications of each configuration.</summary>
    public int Replications { get; }

    /// <summary>The seed of every configuration.</summary>
    public long Seed { get; }

    /// <summary>The number of tasks: configurations × replications.</summary>
    public int TaskCount => Configurations.Length * Replications;

    /// <summary>The most tasks run at once; results do not depend on it.</summary>
    /// <value><see langword="null"/>: one per processor.</value>
    public int? MaxDegreeOfParallelism { get; }

    /// <summary>Validates every configuration and prepares the experiment.</summary>
    /// <param name="configurations">The configurations; at least one, all with the same seed and replications.</param>
    /// <param name="maxDegreeOfParallelism">The most tasks run at once; <see langword="null"/> for one per processor. Results do not depend on it.</param>
    /// <exception cref="ArgumentException">
    /// There is no configuration, a line or its options are invalid (the message names the configuration), or the
    /// configurations' seeds or replications differ.
    /// </exception>
    public static Experiment Create(IEnumerable<ExperimentConfiguration> configurations, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(configurations);
        ImmutableArray<ExperimentConfiguration> list = [.. configurations];
        if (maxDegreeOfParallelism is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, $"maxDegreeOfParallelism must be at least 1, got {maxDegreeOfParallelism}.");
        }

        if (list.IsEmpty)
        {
            throw new ArgumentException("An experiment needs at least one configuration.", nameof(configurations));
        }

        var simulations = new Simulation[list.Length];
        for (int c = 0; c < list.Length; c++)
        {
            ExperimentConfiguration configuration = list[c] ?? throw new ArgumentException($"Configuration {c} is null.", nameof(configurations));
            if (configuration.Options.Seed != list[0].Options.Seed || configuration.Options.Replications != list[0].Options.Replications)
            {
                throw new ArgumentException(
                    $"Configuration {c} '{configuration.Name}' has seed {configuration.Options.Seed} and {configuration.Options.Replications} replications, the first '{list[0].Name}' seed {list[0].Options.Seed} and {list[0].Options.Replications}: every configuration runs on the same seed and replications, so that they share their random numbers.",
                    nameof(configurations));
            }

            try
            {
                simulations[c] = Simulation.Create(configuration.Line, configuration.Options);
            }
            catch (ArgumentException exception)
            {
                throw new ArgumentException($"Configuration {c} '{configuration.Name}': {exception.Message}", nameof(configurations), exception);
            }
        }

        return new Experiment(list, simulations, maxDegreeOfParallelism);
    }

    /// <summary>Runs task <paramref name="task"/> (one replication of one configuration); the same task always gives the same result.</summary>
    /// <param name="task">The task's number, from 0 to <see cref="TaskCount"/> - 1.</param>
    public ExperimentTaskResult RunTask(int task)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(task);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(task, TaskCount);
        (int configuration, int replication) = Math.DivRem(task, Replications);
        return ExperimentTaskResult.From(configuration, _simulations[configuration].RunReplication(replication));
    }

    /// <summary>Runs <paramref name="tasks"/> in parallel; each result is the same whatever else runs, in this process or another.</summary>
    /// <param name="tasks">The tasks' numbers, each from 0 to <see cref="TaskCount"/> - 1.</param>
    /// <param name="progress">Told the number of tasks finished so far, as each finishes; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops starting new tasks and throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The results, in the order of <paramref name="tasks"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A task's number is out of range.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before every task finished.</exception>
    public ImmutableArray<ExperimentTaskResult> RunTasks(IReadOnlyList<int> tasks, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        foreach (int task in tasks)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(task, nameof(tasks));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(task, TaskCount, nameof(tasks));
        }

        var results = new ExperimentTaskResult[tasks.Count];
        int finished = 0;
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = MaxDegreeOfParallelism ?? Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        Parallel.For(0, tasks.Count, parallel, k =>
        {
            results[k] = RunTask(tasks[k]);
            progress?.Report(Interlocked.Increment(ref finished));
        });
        return ImmutableArray.Create(results);
    }

    /// <summary>Runs every task in parallel and aggregates them.</summary>
    /// <param name="progress">Told the number of tasks finished so far, as each finishes; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops starting new tasks; the result then holds the configurations that finished (<see cref="ExperimentResult.Interrupted"/>).</param>
    public ExperimentResult Run(IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var tasks = new ExperimentTaskResult?[TaskCount];
        int finished = 0;
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = MaxDegreeOfParallelism ?? Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        try
        {
            Parallel.For(0, TaskCount, parallel, task =>
            {
                tasks[task] = RunTask(task);
                progress?.Report(Interlocked.Increment(ref finished));
            });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Keep what finished: Aggregate takes the configurations whose replications are all there.
        }

        return Aggregate(tasks);
    }

    /// <summary>
    /// The experiment's results from its tasks' results, indexed by task number (<see langword="null"/> for a task that
    /// did not run): the configurations whose replications all finished, each with its figures, bottleneck and paired
    /// difference to the first configuration. A pure function of its input.
    /// </summary>
    /// <param name="tasks">One entry per task, <see cref="TaskCount"/> in all.</param>
    /// <exception cref="ArgumentException">The list does not have one entry per task, or an entry is not the task at its index.</exception>
    public ExperimentResult Aggregate(IReadOnlyList<ExperimentTaskResult?> tasks) => Aggregate(Seed, Replications, _outlines, tasks);

    /// <summary>The aggregation of <see cref="Aggregate(IReadOnlyList{ExperimentTaskResult?})"/> from what it needs of the configurations, as a merge of shards has it.</summary>
    internal static ExperimentResult Aggregate(long seed, int replications, IReadOnlyList<ConfigurationOutline> configurations, IReadOnlyList<ExperimentTaskResult?> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        if (tasks.Count != configurations.Count * replications)
        {
            throw new ArgumentException($"Expected {configurations.Count * replications} task results, got {tasks.Count}.", nameof(tasks));
        }

        int n = replications;
        ImmutableArray<ExperimentTaskResult>? first = null;
        var results = ImmutableArray.CreateBuilder<ConfigurationResult>();
        for (int c = 0; c < configurations.Count; c++)
        {
            var done = ImmutableArray.CreateBuilder<ExperimentTaskResult>(n);
            for (int r = 0; r < n && tasks[(c * n) + r] is { } task; r++)
            {
                if (task.Configuration != c || task.Replication != r)
                {
                    throw new ArgumentException($"Task {(c * n) + r} should be configuration {c}, replication {r}; got configuration {task.Configuration}, replication {task.Replication}.", nameof(tasks));
                }

                done.Add(task);
            }

            if (done.Count < n)
            {
                continue;
            }

            ImmutableArray<ExperimentTaskResult> all = done.MoveToImmutable();
            if (c == 0)
            {
                first = all;
            }

            results.Add(new ConfigurationResult
            {
                Index = c,
                Name = configurations[c].Name,
                Settings = configurations[c].Settings,
                Figures = Figures(all, baseline: null),
                Difference = c == 0 || first is null ? null : Figures(all, first.Value),
                Bottleneck = Bottleneck(configurations[c].Stations, all),
                Replications = all,
            });
        }

        return new ExperimentResult { Seed = seed, Replications = n, ConfigurationCount = configurations.Count, Configurations = results.ToImmutable() };
    }

    /// <summary>The figures of <paramref name="tasks"/>, or their differences to <paramref name="baseline"/> replication by replication.</summary>
    internal static ExperimentFigures Figures(IReadOnlyList<ExperimentTaskResult> tasks, IReadOnlyList<ExperimentTaskResult>? baseline)
    {
        var values = new double[tasks.Count];
        Estimate Over(ExperimentFigure figure)
        {
            for (int r = 0; r < values.Length; r++)
            {
                values[r] = tasks[r][figure] - (baseline is null ? 0 : baseline[r][figure]);
            }

            return Estimate.From(values);
        }

        return new ExperimentFigures(Over(ExperimentFigure.ThroughputPerHour), Over(ExperimentFigure.TaktAttainment), Over(ExperimentFigure.WorkInProcess), Over(ExperimentFigure.LeadTime));
    }

    private static string Bottleneck(ImmutableArray<string> stations, ImmutableArray<ExperimentTaskResult> tasks)
    {
        int best = 0;
        double bestLoad = double.NegativeInfinity;
        for (int s = 0; s < stations.Length; s++)
        {
            double load = 0;
            foreach (ExperimentTaskResult task in tasks)
            {
                load += task.StationLoads[s];
            }

            if (load > bestLoad)
            {
                best = s;
                bestLoad = load;
            }
        }

        return stations[best];
    }
}
