using LineSim.Engine;
using LineSim.Execution.SamplePath;
using LineSim.Execution.Statistics;
using LineSim.Logging;
using LineSim.Results;
using Microsoft.Extensions.Logging;

namespace LineSim.Execution.Compiled;

/// <summary>
/// Runs a simulation's replications over threads in batches: a serial line's replications on the sample-path engine
/// go several at a time in vector lanes (<see cref="SamplePathLineLanes"/>), every other run one replication at a
/// time. Every replication's result is the one it gets alone, so neither the batches nor the number of threads change
/// any result.
/// </summary>
internal static class ReplicationBatches
{
    /// <summary>The most replications one batch runs together: one 512-bit register of lanes.</summary>
    public const int MaxLanes = 8;

    /// <summary>Runs replications 0 to <see cref="SimulationOptions.Replications"/> - 1, telling <paramref name="finished"/> each result as it is known.</summary>
    /// <param name="line">The line.</param>
    /// <param name="options">The run's options.</param>
    /// <param name="engine">The engine chosen for the line.</param>
    /// <param name="parallel">The threads and cancellation.</param>
    /// <param name="leadTimes">Collects every replication's lead times.</param>
    /// <param name="loggerFactory">Where each replication run in lanes reports that it finished, as one run alone does.</param>
    /// <param name="runAlone">Runs one replication alone.</param>
    /// <param name="finished">Told each result; called from several threads.</param>
    public static void Run(
        CompiledLine line,
        SimulationOptions options,
        EngineKind engine,
        ParallelOptions parallel,
        LeadTimeDistribution leadTimes,
        ILoggerFactory loggerFactory,
        Func<int, ReplicationResult> runAlone,
        Action<ReplicationResult> finished)
    {
        bool lanes = engine == EngineKind.SamplePath && SamplePathLineLanes.Supports(line);
        int[][] batches = Plan(options.Replications, lanes ? MaxLanes : 1, parallel.MaxDegreeOfParallelism);
        Parallel.For(0, batches.Length, parallel, b =>
        {
            int[] batch = batches[b];
            if (batch.Length == 1)
            {
                finished(runAlone(batch[0]));
                return;
            }

            ILogger logger = loggerFactory.CreateLogger("LineSim.Replication");
            foreach (ReplicationResult result in new SamplePathLineLanes(line, options, batch, LaneWidths.For(batch.Length)).Run(options.Duration, leadTimes))
            {
                logger.ReplicationFinished(result.Index, result.EndTime, result.PartsOut, result.EventsProcessed);
                finished(result);
            }
        });
    }

    /// <summary>
    /// Splits replications 0 to <paramref name="count"/> - 1 into runs of consecutive ones, at most
    /// <paramref name="maxLanes"/> each, and small enough that every one of <paramref name="threads"/> threads gets one
    /// where there are replications enough.
    /// </summary>
    public static int[][] Plan(int count, int maxLanes, int threads)
    {
        int perThread = (count + Math.Max(threads, 1) - 1) / Math.Max(threads, 1);
        int size = Math.Clamp(perThread, 1, maxLanes);
        var batches = new int[(count + size - 1) / size][];
        for (int b = 0; b < batches.Length; b++)
        {
            int first = b * size;
            batches[b] = [.. Enumerable.Range(first, Math.Min(size, count - first))];
        }

        return batches;
    }
}
