using LineSim.Cli.Reporting;
using LineSim.Experiments;
using LineSim.Results;
using LineSim.Scenarios;

namespace LineSim.Cli.Commands;

/// <summary>
/// Runs the replications of <c>linesim run</c> as its options ask: after a warm-up picked by MSER-5
/// (<c>--warmup auto</c>), until a JPH half-width is reached (<c>--precision</c>), or the scenario's number; and warns
/// when MSER-5 finds the output still transient after a given warm-up.
/// </summary>
internal static class ReplicationRunner
{
    /// <summary>The longest window whose output the warm-up check counts per hour when the scenario asks for no intervals.</summary>
    private const double MostCountedDuration = 100_000 * 3_600.0;

    /// <summary>
    /// The events per second one thread is first taken to run: a conservative figure for the event engine on a line with
    /// failures (see docs/performance.md). A run that may be long at this speed is measured with a short pilot.
    /// </summary>
    private const double AssumedEventsPerSecond = 5e6;

    /// <summary>A run expected to take longer than this, in seconds, is announced with its estimate.</summary>
    private const double LongRun = 600;

    /// <summary>About how many estimated events the pilot that measures the speed runs (a tenth of a second or so).</summary>
    private const double PilotEvents = 200_000;

    /// <summary>
    /// Warns, before the progress bar starts, of a run whose estimated events take more than ten minutes at the speed
    /// measured on this machine: a pilot of the same scenario, one replication cut to about <see cref="PilotEvents"/>
    /// events, run twice (the first compiles the code), for runs that could be long at <see cref="AssumedEventsPerSecond"/>.
    /// </summary>
    internal static void WarnIfLong(Simulation simulation, CliConsole console)
    {
        int threads = Math.Max(1, Math.Min(simulation.Options.Replications, simulation.Options.MaxDegreeOfParallelism ?? Environment.ProcessorCount));
        if (simulation.EstimatedEvents / (AssumedEventsPerSecond * threads) <= LongRun / 10)
        {
            return;
        }

        double rate = MeasuredEventsPerSecond(simulation) ?? AssumedEventsPerSecond;
        double seconds = simulation.EstimatedEvents / (rate * threads);
        if (seconds > LongRun)
        {
            console.Error.WriteLine(FormattableString.Invariant(
                $"linesim: warning: a long run: about {simulation.EstimatedEvents:G3} events (replications x horizon / mean time of each process that moves the clock), about {Format.Seconds(seconds)} at the {rate:G2} events per second measured here on each of {threads} threads; Ctrl-C stops it and reports the replications finished."));
        }
    }

    /// <summary>Estimated events per second of a short pilot of the simulation's scenario on one thread; <see langword="null"/> when the pilot cannot run.</summary>
    private static double? MeasuredEventsPerSecond(Simulation simulation)
    {
        SimulationOptions options = simulation.Options;
        double share = Math.Min(1, PilotEvents * options.Replications / simulation.EstimatedEvents);
        SimulationOptions pilot = options with
        {
            Replications = 1,
            Warmup = 0,
            Duration = options.PartCount is null ? share * (options.Warmup + (options.Duration ?? SimulationOptions.DefaultDuration)) : null,
            PartCount = options.PartCount is { } parts ? Math.Max(1, (long)(share * parts)) : null,
            OutputInterval = null,
        };
        try
        {
            Simulation run = Simulation.Create(simulation.Line, pilot);
            run.RunReplication(0);
            long started = System.Diagnostics.Stopwatch.GetTimestamp();
            run.RunReplication(0);
            double elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
            return elapsed > 0 && run.EstimatedEvents > 0 ? run.EstimatedEvents / elapsed : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The result and what to say about how it was run; or no result and the exit code.</summary>
    public static (SimulationResult? Result, int ExitCode) Run(Simulation simulation, RunArguments arguments, CliConsole console, List<string> notes)
    {
        bool progressBar = console.ErrorIsTerminal && !arguments.Json;
        try
        {
            SimulationOptions options = simulation.Options;
            if (arguments.AutoWarmup)
            {
                WarmupSuggestion picked;
                using (ProgressBar? pilot = progressBar ? new ProgressBar(console.Error, options.Replications, "pilot replications (MSER-5)") : null)
                {
                    picked = Mser5.EstimateWarmup(simulation.Line, options, pilot, console.Interrupt.Token);
                }

                notes.Add($"Warm-up {Format.Seconds(picked.Warmup)} picked by MSER-5 on the JPH per {Format.Span(picked.Interval)} of a pilot run from time 0"
                    + (picked.Truncation.AtSearchLimit ? "; at the end of its search (the first half of the run), so the transient may be longer: run longer" : string.Empty) + ".");
                options = options with { Warmup = picked.Warmup };
            }

            // The output per interval, counted only for the check when the scenario does not ask for it.
            // (Not over more than about eleven years, whose intervals of an hour would take more memory than the check is worth.)
            bool counted = options.OutputInterval is null && options.Duration is <= MostCountedDuration && !arguments.AutoWarmup;
            if (counted)
            {
                options = options with { OutputInterval = Math.Min(3_600, options.Duration!.Value / 100) };
            }

            simulation = Simulation.Create(simulation.Line, options);
            WarnIfLong(simulation, console);
            SimulationResult result;
            if (arguments.Precision is { } halfWidth)
            {
                int cap = arguments.MaxReplications ?? Math.Max(RunArguments.DefaultMaxReplications, options.Replications);
                PrecisionResult precise;
                using (ProgressBar? progress = progressBar ? new ProgressBar(console.Error, cap, "replications (at most)") : null)
                {
                    precise = Precision.Run(simulation, halfWidth, cap, progress, console.Interrupt.Token);
                }

                result = precise.Result;
                string reached = Format.Fixed(result.ThroughputPerHour.HalfWidth, 2);
                notes.Add(precise.Reached
                    ? $"Precision: the JPH half-width is {reached}, at most the {Format.Number(halfWidth)} asked for, after {result.Replications} replications."
                    : $"Precision: stopped at the cap of {cap} replications with a JPH half-width of {reached}, above the {Format.Number(halfWidth)} asked for (--max-replications raises the cap).");
            }
            else
            {
                using ProgressBar? progress = progressBar ? new ProgressBar(console.Error, options.Replications) : null;
                result = simulation.Run(progress, console.Interrupt.Token);
            }

            if (!arguments.AutoWarmup && Mser5.SuggestWarmup(result) is { Truncation.IsSignificant: true } suggestion)
            {
                console.Error.WriteLine($"linesim: warning: the warm-up of {Format.Seconds(result.Warmup)} looks short: MSER-5 on the JPH per {Format.Span(suggestion.Interval)} suggests {Format.Seconds(suggestion.Warmup)}; --warmup auto picks it.");
            }

            return (counted ? WithoutOutputSeries(result) : result, ExitCodes.Success);
        }
        catch (OperationCanceledException) when (console.Interrupt.Token.IsCancellationRequested)
        {
            console.Error.WriteLine("linesim: interrupted before any replication finished; nothing to report.");
            return (null, console.Interrupt.ExitCode);
        }
        catch (ArgumentException exception)
        {
            console.Error.WriteLine($"linesim: {exception.Message.Split(" (Parameter '")[0]}");
            return (null, ExitCodes.InvalidInput);
        }
        catch (MemoryLimitExceededException exception)
        {
            console.Error.WriteLine($"linesim: {ScenarioLoader.ErrorAt(exception.Message, simulation.Line)}");
            return (null, ExitCodes.InvalidInput);
        }
    }

    private static SimulationResult WithoutOutputSeries(SimulationResult result) => result with
    {
        ThroughputOverTime = [],
        ThroughputPerWorkingHourOverTime = [],
        OutputInterval = null,
        Buffers = [.. result.Buffers.Select(b => b with { AverageLevelOverTime = [] })],
        InputBuffer = result.InputBuffer is { } input ? input with { AverageLevelOverTime = [] } : null,
    };
}
