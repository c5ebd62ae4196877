using LineSim.Results;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace LineSim.Experiments;

/// <summary>
/// MSER-5, the marginal standard error rule on batch means of five (White 1997; White, Cobb and Spratt 2000): it
/// truncates an output series at the point that minimises the squared standard error of the mean of what is left,
/// trading the bias of the transient against the loss of data. LineSim applies it to the output per interval averaged
/// over replications.
/// </summary>
public static class Mser5
{
    /// <summary>The batch size, five observations.</summary>
    public const int BatchSize = 5;

    /// <summary>The fewest batches MSER-5 is applied to; shorter series give no suggestion.</summary>
    public const int MinimumBatches = 10;

    /// <summary>Where to truncate <paramref name="series"/>: the d* in 0 .. m/2 minimising sum over j &gt; d of (Z_j - mean)² / (m - d)², with Z the m batch means of five.</summary>
    /// <param name="series">The observations in time order; a partial last batch is left out.</param>
    /// <exception cref="ArgumentException">The series has fewer than <see cref="MinimumBatches"/> batches, or a value that is not finite.</exception>
    public static Mser5Truncation Truncate(ReadOnlySpan<double> series)
    {
        int m = series.Length / BatchSize;
        if (m < MinimumBatches)
        {
            throw new ArgumentException($"MSER-5 needs at least {MinimumBatches * BatchSize} observations ({MinimumBatches} batches of {BatchSize}), got {series.Length}.", nameof(series));
        }

        var batches = new double[m];
        for (int j = 0; j < m; j++)
        {
            double sum = 0;
            for (int k = 0; k < BatchSize; k++)
            {
                double value = series[(j * BatchSize) + k];
                if (!double.IsFinite(value))
                {
                    throw new ArgumentException($"The series must be finite; observation {(j * BatchSize) + k} is {value}.", nameof(series));
                }

                sum += value;
            }

            batches[j] = sum / BatchSize;
        }

        // Sums from the end, so that every truncation's mean and squared deviations cost O(1).
        double tailSum = 0;
        double tailSquares = 0;
        var statistic = new double[m];
        for (int d = m - 1; d >= 0; d--)
        {
            tailSum += batches[d];
            tailSquares += batches[d] * batches[d];
            int kept = m - d;
            double mean = tailSum / kept;
            statistic[d] = Math.Max(0, tailSquares - (kept * mean * mean)) / ((double)kept * kept);
        }

        int best = 0;
        for (int d = 1; d <= m / 2; d++)
        {
            if (statistic[d] < statistic[best])
            {
                best = d;
            }
        }

        if (best == 0)
        {
            return new Mser5Truncation(m, 0, statistic[0], 0, 0);
        }

        var remainder = new RunningStatistics(batches.AsSpan(best).ToArray());
        double truncatedMean = batches.AsSpan(0, best).ToArray().Average();
        // MSER-5 chose d* among m/2 truncations, the one whose start stands out most: a plain 95% test would find a
        // transient in stationary noise too often, so the level is divided among the m/2 choices (Bonferroni).
        double level = 0.05 / (m / 2);
        double halfWidth = StudentT.InvCDF(0, 1, m - best - 1, 1 - (level / 2)) * remainder.StandardDeviation * Math.Sqrt((1.0 / best) + (1.0 / (m - best)));
        return new Mser5Truncation(m, best, statistic[best], truncatedMean - remainder.Mean, halfWidth);
    }

    /// <summary>
    /// The warm-up MSER-5 suggests for a run, in seconds: the run's own warm-up plus the truncation of its throughput
    /// over time (averaged over replications); <see langword="null"/> when the run counted no output per interval
    /// (<see cref="SimulationOptions.OutputInterval"/>) or too few intervals.
    /// </summary>
    /// <param name="result">The run's results.</param>
    public static WarmupSuggestion? SuggestWarmup(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.OutputInterval is not { } interval || result.ThroughputOverTime.Length < MinimumBatches * BatchSize)
        {
            return null;
        }

        var series = new double[result.ThroughputOverTime.Length];
        for (int k = 0; k < series.Length; k++)
        {
            series[k] = result.ThroughputOverTime[k].Mean;
        }

        Mser5Truncation truncation = Truncate(series);
        return new WarmupSuggestion(result.Warmup + (truncation.TruncatedObservations * interval), interval, truncation);
    }

    /// <summary>
    /// Picks a warm-up for a line by MSER-5: runs a pilot of the same replications from time 0 over the warm-up and
    /// window of <paramref name="options"/> together, counting output in intervals of
    /// <see cref="SimulationOptions.OutputInterval"/> (or a hundredth of the run, at most an hour), and truncates its
    /// throughput over time.
    /// </summary>
    /// <param name="line">The line.</param>
    /// <param name="options">How the line is run; its run length must be a duration.</param>
    /// <param name="progress">Told how many of the pilot's replications are done, as <see cref="Simulation.Run"/> tells it; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the pilot (throws).</param>
    /// <exception cref="ArgumentException">The options end the run by a part count, or the line or options are invalid.</exception>
    public static WarmupSuggestion EstimateWarmup(Model.LineModel line, SimulationOptions options, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(options);
        if (options.PartCount is not null)
        {
            throw new ArgumentException("MSER-5 picks a warm-up for a run of a fixed duration; these options end the run after a part count.", nameof(options));
        }

        double length = options.Warmup + (options.Duration ?? SimulationOptions.DefaultDuration);
        double interval = options.OutputInterval ?? Math.Min(3_600, length / 100);
        SimulationOptions pilot = options with { Warmup = 0, Duration = length, OutputInterval = interval };
        SimulationResult result = Simulation.Create(line, pilot).Run(progress, cancellationToken);
        return SuggestWarmup(result)
            ?? throw new ArgumentException($"The run of {length} s counts {result.ThroughputOverTime.Length} intervals of {interval} s, fewer than MSER-5's {MinimumBatches * BatchSize}; give a smaller output interval.", nameof(options));
    }
}
