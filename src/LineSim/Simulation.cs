using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using LineSim.Execution.Compiled;
using LineSim.Execution.Event;
using LineSim.Execution.SamplePath;
using LineSim.Execution.Statistics;
using LineSim.Logging;
using LineSim.Model;
using LineSim.Results;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;

namespace LineSim;

/// <summary>
/// Runs replications of a line: build one with <see cref="Create"/>, which validates the line and the options once,
/// then call <see cref="Run"/>.
/// </summary>
/// <remarks>
/// Replications run in parallel; each has its own random streams derived from (seed, replication, stream), so the
/// results are bit-identical whatever the degree of parallelism. A <see cref="Simulation"/> can be run any number of
/// times, also from several threads at once, and gives the same results each time.
/// </remarks>
public sealed class Simulation
{
    private readonly CompiledLine _line;
    private readonly PlantRuns _plantRuns;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;

    private Simulation(CompiledLine line, SimulationOptions options, EngineKind engine, ILoggerFactory loggerFactory)
    {
        EstimatedEvents = RunTimeRules.EstimatedEvents(line.Model, options);
        _line = line;
        _plantRuns = new PlantRuns(line, options, loggerFactory.CreateLogger("LineSim.Replication").IsEnabled(LogLevel.Trace));
        Options = options;
        Engine = engine;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<Simulation>();
    }

    /// <summary>The line being simulated.</summary>
    public LineModel Line => _line.Model;

    /// <summary>The options of the run.</summary>
    public SimulationOptions Options { get; }

    /// <summary>The engine that runs the replications.</summary>
    /// <remarks>
    /// <see cref="EngineSelection.Auto"/> picks <see cref="EngineKind.SamplePath"/> wherever it is exact (serial lines,
    /// and assembly lines of feeder lines merging at assembly stations through buffers, of single machines without
    /// time-dependent failures), which gives the same departure times as the event engine much faster, and
    /// <see cref="EngineKind.Event"/> otherwise: for every plant with cells, joins, routing, quality checks, conveyors,
    /// carriers, repair crews, several exits or planning features; <see cref="WhySamplePathCannotRun"/> says why.
    /// </remarks>
    public EngineKind Engine { get; }

    /// <summary>
    /// A rough count of the events all replications will take, from the scenario alone: for each time that moves the
    /// clock (processing on each machine, time to failure, arrivals, maintenance), the run's horizon over its mean,
    /// summed, times the replications. An upper bound more than a forecast (a starved station makes fewer); it tells a
    /// long run from a short one before it starts.
    /// </summary>
    public double EstimatedEvents { get; }

    /// <summary>Validates <paramref name="line"/> and <paramref name="options"/> and prepares the simulation.</summary>
    /// <param name="line">The line to simulate.</param>
    /// <param name="options">Run length, replications and seed; <see langword="null"/> for the defaults.</param>
    /// <param name="loggerFactory">Where to log; <see langword="null"/> for none. Information announces the run, Debug each replication, Trace every event of the event engine (the sample-path engine, which <see cref="EngineSelection.Auto"/> picks where it is exact, has no events to log: choose <see cref="EngineSelection.Event"/> to trace).</param>
    /// <exception cref="ArgumentException">
    /// The line or the options are invalid; the message lists every problem. Also thrown when the run would need more
    /// memory than <see cref="SimulationOptions.MemoryLimit"/>, when a time that moves the clock is below its resolution at
    /// the run's horizon (or a gamma shape below 0.01 draws zeros), and when the options force
    /// <see cref="EngineSelection.SamplePath"/> for a line where it is not exact; the message names the station.
    /// </exception>
    public static Simulation Create(LineModel line, SimulationOptions? options = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(line);
        options ??= new SimulationOptions();
        IReadOnlyList<string> problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("The simulation options are invalid:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", problems), nameof(options));
        }

        if (options.Duration is null && options.PartCount is null)
        {
            options = options with { Duration = SimulationOptions.DefaultDuration };
        }

        if (options.PartCount is not null && line.Stations.FirstOrDefault(station => station?.Pull is { Period: null }) is { } pulled)
        {
            throw new ArgumentException($"PartCount: the pulls of station '{pulled.Name}' end after their last time, after which no part leaves it; a run until a number of parts might never end. Give a Duration, or a pull that repeats.", nameof(options));
        }

        if (options.PartCount is not null && FiniteSupply(line) is { } supplyAt)
        {
            throw new ArgumentException($"PartCount: {supplyAt} delivers on a schedule that ends after its last time, after which no part enters; a run until a number of parts might never end. Give a Duration, or a schedule that repeats.", nameof(options));
        }

        var compiled = new CompiledLine(line);
        if (RunMemory.Of(compiled, options).Refusal(RunMemory.LimitOf(options)) is { } refusal)
        {
            throw new ArgumentException($"{refusal.Option}: {refusal.Message}", nameof(options));
        }

        List<string> stalls = RunTimeRules.Problems(line, options);
        if (RunTimeRules.PartCountProblem(line, options) is { } endless)
        {
            stalls.Add($"PartCount: {endless}.");
        }

        if (stalls.Count > 0)
        {
            throw new ArgumentException("The run could not make progress:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", stalls), nameof(line));
        }

        EngineKind engine = options.Engine switch
        {
            EngineSelection.Event => EngineKind.Event,
            _ when options.AnalyseBottlenecks => EngineKind.Event,
            EngineSelection.SamplePath when compiled.SamplePathRefusal is { } reason =>
                throw new ArgumentException($"Engine: SamplePath was requested, but {char.ToLowerInvariant(reason[0])}{reason[1..]} Use EngineSelection.Auto or EngineSelection.Event for this line.", nameof(options)),
            EngineSelection.SamplePath => EngineKind.SamplePath,
            _ => compiled.IsSamplePathExact ? EngineKind.SamplePath : EngineKind.Event,
        };

        return new Simulation(compiled, options, engine, loggerFactory ?? NullLoggerFactory.Instance);
    }

    /// <summary>Why the sample-path engine cannot run <paramref name="line"/> exactly, naming the station or element; <see langword="null"/> when it can.</summary>
    /// <param name="line">The line to ask about.</param>
    /// <exception cref="ArgumentException">The line is invalid; the message lists every problem.</exception>
    public static string? WhySamplePathCannotRun(LineModel line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new CompiledLine(line).SamplePathRefusal;
    }

    /// <summary>Runs every replication and summarises them.</summary>
    /// <param name="progress">
    /// Told how many replications are done: the whole number of those finished as each one finishes, and in between, at
    /// most ten times a second, that number plus the fractions of those under way (so that a bar can move within long
    /// replications); may be <see langword="null"/>.
    /// </param>
    /// <param name="cancellationToken">
    /// Stops the run after the replications under way: the result then holds those that finished, and
    /// <see cref="SimulationResult.Interrupted"/> is <see langword="true"/>.
    /// </param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before any replication finished.</exception>
    /// <exception cref="MemoryLimitExceededException">An unlimited input buffer outgrew what <see cref="SimulationOptions.MemoryLimit"/> leaves; the message names it.</exception>
    public SimulationResult Run(IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        int count = Options.Replications;
        _logger.SimulationStarting(_line.Model.Name, Engine, count, Options.Seed, Options.Warmup);
        var stopwatch = Stopwatch.StartNew();
        var replications = new ReplicationResult?[count];
        var leadTimes = new LeadTimeDistribution();
        ReplicationProgress? runProgress = progress is null ? null : new ReplicationProgress(progress, count);
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism ?? Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        bool interrupted = false;
        try
        {
            ReplicationBatches.Run(_line, Options, Engine, parallel, leadTimes, _loggerFactory, r => RunReplication(r, observer: null, leadTimes, runProgress), result =>
            {
                replications[result.Index] = result;
                runProgress?.Finished(result.Index);
            });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The batches under way have finished; the others never started.
            interrupted = true;
        }
        catch (AggregateException exception) when (exception.InnerException is MemoryLimitExceededException limit)
        {
            ExceptionDispatchInfo.Throw(limit);
        }

        ImmutableArray<ReplicationResult> done = [.. replications.OfType<ReplicationResult>()];
        if (done.IsEmpty)
        {
            throw new OperationCanceledException("The run was cancelled before any replication finished.", cancellationToken);
        }

        SimulationResult result = SimulationResult.Aggregate(_line.Model.Name, Options.Seed, Options.Warmup, _line.TaktTime, done) with
        {
            LeadTimeHistogram = leadTimes.ToBins(),
            Interrupted = interrupted,
        };
        _logger.SimulationFinished(_line.Model.Name, result.ThroughputPerHour.Mean, count, stopwatch.ElapsedMilliseconds);
        return result;
    }

    /// <summary>
    /// Runs serial lines on the general event engine for plants (<see cref="PlantRun{TFeatures}"/>) instead of the serial one,
    /// so that tests can compare the two.
    /// </summary>
    internal bool ForceNetworkRun { get; set; }

    /// <summary>
    /// Runs replication <paramref name="index"/> alone on the event engine's plant run, recording every machine's state
    /// over a window of calendar time: for a station-state timeline, or to analyse the states elsewhere. The run is the
    /// one <see cref="SimulationOptions.AnalyseBottlenecks"/> makes, whatever the options say.
    /// </summary>
    /// <param name="index">The replication's index, from 0.</param>
    /// <param name="from">The window's start, in seconds of calendar time from the replication's start; 0 or more.</param>
    /// <param name="to">The window's end, in seconds of calendar time; greater than <paramref name="from"/>.</param>
    /// <returns>The replication's results (with its bottlenecks) and the timeline.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative, or the window is empty or not finite.</exception>
    public (ReplicationResult Result, StateTimeline Timeline) RecordStates(int index, double from, double to)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        if (!double.IsFinite(from) || from < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(from), from, "from: the window's start must be 0 or more seconds.");
        }

        if (!double.IsFinite(to) || to <= from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "to: the window's end must be a number of seconds after its start.");
        }

        SimulationOptions options = Options with { AnalyseBottlenecks = true, Engine = EngineSelection.Event };
        var recorder = new StateRecorder(
            _line.Names,
            [.. _line.Plant.Stations.Select(s => s.Servers)],
            _line.Model.Calendar is { } calendar ? new WorkCalendar(calendar) : null,
            from,
            to);
        ILogger logger = _loggerFactory.CreateLogger("LineSim.Replication");
        ReplicationResult result = new PlantRuns(_line, options, trace: false).Run(_line, options, index, logger, observer: null, leadTimes: null, progress: null, recorder);
        return (result, recorder.ToTimeline(index, result.EndTime));
    }

    /// <summary>Runs replication <paramref name="index"/> alone; the same index always gives the same result.</summary>
    /// <param name="index">The replication's index, from 0.</param>
    public ReplicationResult RunReplication(int index) => RunReplication(index, observer: null);

    /// <param name="index">The replication's index, from 0.</param>
    /// <param name="observer">Sees every part leave every station; may be <see langword="null"/>.</param>
    /// <param name="leadTimes">Collects the replication's lead times with the others'; may be <see langword="null"/>.</param>
    /// <param name="progress">Told how far the replication has come now and then; may be <see langword="null"/>.</param>
    internal ReplicationResult RunReplication(int index, IDepartureObserver? observer, LeadTimeDistribution? leadTimes = null, ReplicationProgress? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ILogger logger = _loggerFactory.CreateLogger("LineSim.Replication");
        ReplicationResult result = Engine == EngineKind.SamplePath
            ? _line.Topology.IsSerial
                ? new SamplePathLineRun(_line, Options, index, observer).Run(index, Options.Duration, leadTimes, progress)
                : new SamplePathAssemblyRun(_line, Options, index, observer).Run(index, Options.Duration, leadTimes, progress)
            : _line.Topology.IsSerial && !ForceNetworkRun && !Options.AnalyseBottlenecks
                ? EventLineRun.Run(_line, Options, index, logger, observer, leadTimes, progress)
                : _plantRuns.Run(_line, Options, index, logger, observer, leadTimes, progress);

        logger.ReplicationFinished(index, result.EndTime, result.PartsOut, result.EventsProcessed);
        return result;
    }

    /// <summary>The model path of the first supply whose schedule does not repeat; <see langword="null"/> when there is none.</summary>
    private static string? FiniteSupply(LineModel line)
    {
        if (line.Source?.Schedule is { Period: null })
        {
            return "the line's source";
        }

        foreach (Station? station in line.Stations.IsDefault ? [] : line.Stations)
        {
            foreach (StationInput? input in station is null || station.Inputs.IsDefault ? [] : station.Inputs)
            {
                if (input?.Supply?.Schedule is { Period: null })
                {
                    return $"the supply of station '{station!.Name}'";
                }
            }
        }

        return null;
    }
}
