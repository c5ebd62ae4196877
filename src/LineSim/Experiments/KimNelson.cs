using LineSim.Results;

namespace LineSim.Experiments;

/// <summary>
/// Kim and Nelson's fully sequential procedure KN (Kim, S.-H. and Nelson, B. L., 2001, "A fully sequential procedure
/// for indifference-zone selection in simulation", ACM TOMACS 11(3)): after n0 replications of every candidate, one
/// more replication of each surviving candidate at a time, eliminating a candidate once its mean falls behind another's
/// by more than a shrinking allowance, until one is left. Paired differences make it valid on common random numbers.
/// </summary>
internal static class KimNelson
{
    /// <summary>Selects the candidate with the largest mean of <paramref name="sample"/> (the smallest when not <paramref name="maximise"/>).</summary>
    /// <param name="candidates">The number of candidates; 1 or more.</param>
    /// <param name="sample">The figure of candidate c in replication r; called in parallel, and the same (c, r) always gives the same value.</param>
    /// <param name="maximise">Whether larger is better.</param>
    /// <param name="delta">The indifference zone, greater than 0.</param>
    /// <param name="probability">The probability of correct selection, in (0.5, 1).</param>
    /// <param name="n0">The first-stage replications of every candidate; 2 or more.</param>
    /// <param name="firstReplication">The index of the first replication to run.</param>
    /// <param name="maxReplications">The most replications of one candidate.</param>
    /// <param name="maxDegreeOfParallelism">The most replications run at once.</param>
    /// <param name="cancellationToken">Stops the procedure (throws).</param>
    public static SelectionResult Select(int candidates, Func<int, int, double> sample, bool maximise, double delta, double probability, int n0, int firstReplication, int maxReplications, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        var values = new List<double>[candidates];
        for (int c = 0; c < candidates; c++)
        {
            values[c] = [];
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };
        void Run(List<int> survivors, int from, int count)
        {
            var batch = new double[survivors.Count * count];
            Parallel.For(0, batch.Length, parallel, t => batch[t] = sample(survivors[t / count], firstReplication + from + (t % count)));
            for (int t = 0; t < batch.Length; t++)
            {
                values[survivors[t / count]].Add(maximise ? batch[t] : -batch[t]);
            }
        }

        var alive = Enumerable.Range(0, candidates).ToList();
        Run(alive, 0, n0);
        bool capped = false;
        if (candidates > 1)
        {
            // eta and h^2 of the procedure for k candidates, first-stage size n0 and error alpha (equation 1 of the paper).
            double alpha = 1 - probability;
            double eta = 0.5 * (Math.Pow(2 * alpha / (candidates - 1), -2.0 / (n0 - 1)) - 1);
            double h2 = 2 * eta * (n0 - 1);
            var s2 = new double[candidates, candidates];
            for (int i = 0; i < candidates; i++)
            {
                for (int l = 0; l < candidates; l++)
                {
                    s2[i, l] = PairedVariance(values[i], values[l], n0);
                }
            }

            int r = n0;
            while (true)
            {
                var means = new double[candidates];
                foreach (int i in alive)
                {
                    means[i] = Mean(values[i], r);
                }

                List<int> survivors = [.. alive.Where(i => alive.All(l => l == i || means[i] >= means[l] - Allowance(s2[i, l], h2, delta, r)))];
                alive = survivors;
                if (alive.Count <= 1)
                {
                    break;
                }

                if (r >= maxReplications)
                {
                    capped = true;
                    break;
                }

                Run(alive, r, 1);
                r++;
            }
        }

        int best = alive.OrderByDescending(i => Mean(values[i], values[i].Count)).ThenBy(i => i).First();
        int runnerUp = Enumerable.Range(0, candidates).Where(i => i != best).OrderByDescending(i => Mean(values[i], values[i].Count)).ThenBy(i => i).DefaultIfEmpty(-1).First();
        return new SelectionResult
        {
            Best = best,
            RunnerUp = runnerUp,
            IndifferenceZone = delta,
            ProbabilityOfCorrectSelection = probability,
            FirstReplication = firstReplication,
            Estimates = [.. values.Select(v => Estimate.From([.. v.Select(x => maximise ? x : -x)]))],
            ReplicationCounts = [.. values.Select(v => v.Count)],
            StoppedAtCap = capped,
        };
    }

    /// <summary>W_il(r) = max(0, delta / (2 r) (h^2 S^2_il / delta^2 - r)).</summary>
    private static double Allowance(double s2, double h2, double delta, int r) => Math.Max(0, delta / (2.0 * r) * ((h2 * s2 / (delta * delta)) - r));

    private static double Mean(List<double> values, int count)
    {
        double sum = 0;
        for (int k = 0; k < count; k++)
        {
            sum += values[k];
        }

        return sum / count;
    }

    /// <summary>The sample variance of the first n0 differences of two candidates' values.</summary>
    private static double PairedVariance(List<double> a, List<double> b, int n0)
    {
        double mean = 0;
        for (int k = 0; k < n0; k++)
        {
            mean += a[k] - b[k];
        }

        mean /= n0;
        double sum = 0;
        for (int k = 0; k < n0; k++)
        {
            double d = a[k] - b[k] - mean;
            sum += d * d;
        }

        return sum / (n0 - 1);
    }
}
