using LineSim.Execution.Statistics;
using LineSim.Results;

namespace LineSim.Experiments;

/// <summary>
/// Sequential replications: runs a simulation's replications, then adds more until the 95% half-width of its JPH is at
/// most a target, or a cap is reached.
/// </summary>
/// <remarks>
/// After each round it estimates the replications needed as n (h / H)², with h the half-width after n replications and
/// H the target, and runs up to that many (at least one more). Replication r is always the same, so the result is
/// bit-identical for a seed whatever the number of threads.
/// </remarks>
public static class Precision
{
    /// <summary>Runs <paramref name="simulation"/> until the JPH half-width is at most <paramref name="halfWidth"/>.</summary>
    /// <param name="simulation">The simulation; its <see cref="SimulationOptions.Replications"/> (at least 2) is the first round.</param>
    /// <param name="halfWidth">The target 95% half-width of JPH, in parts per hour; greater than 0.</param>
    /// <param name="maxReplications">The cap on replications, at least the first round.</param>
    /// <param name="progress">Told the replications finished so far; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops starting new replications (throws).</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range; the message names it.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static PrecisionResult Run(Simulation simulation, double halfWidth, int maxReplications, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        if (!double.IsFinite(halfWidth) || halfWidth <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(halfWidth), halfWidth, $"halfWidth must be greater than 0 parts per hour, got {halfWidth}.");
        }

        int first = Math.Max(2, simulation.Options.Replications);
        if (maxReplications < first)
        {
            throw new ArgumentOutOfRangeException(nameof(maxReplications), maxReplications, $"maxReplications must be at least the first round's {first} replications, got {maxReplications}.");
        }

        var replications = new List<ReplicationResult>();
        var leadTimes = new LeadTimeDistribution();
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = simulation.Options.MaxDegreeOfParallelism ?? Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        int target = first;
        int finished = 0;
        Estimate throughput;
        while (true)
        {
            var round = new ReplicationResult[target - replications.Count];
            int offset = replications.Count;
            Parallel.For(0, round.Length, parallel, k =>
            {
                round[k] = simulation.RunReplication(offset + k, observer: null, leadTimes);
                progress?.Report(Interlocked.Increment(ref finished));
            });
            replications.AddRange(round);

            var values = new double[replications.Count];
            for (int r = 0; r < values.Length; r++)
            {
                values[r] = replications[r].ThroughputPerHour;
            }

            throughput = Estimate.From(values);
            if (!(throughput.HalfWidth > halfWidth) || replications.Count >= maxReplications)
            {
                break;
            }

            double needed = Math.Ceiling(replications.Count * Math.Pow(throughput.HalfWidth / halfWidth, 2));
            target = (int)Math.Min(maxReplications, Math.Max(replications.Count + 1, needed));
        }

        SimulationOptions options = simulation.Options;
        SimulationResult result = SimulationResult.Aggregate(simulation.Line.Name, options.Seed, options.Warmup, simulation.Line.TaktTime, [.. replications]) with
        {
            LeadTimeHistogram = leadTimes.ToBins(),
        };
        return new PrecisionResult(result, halfWidth, maxReplications, !(throughput.HalfWidth > halfWidth));
    }
}
