namespace LineSim.Execution.Compiled;

/// <summary>
/// How far a run's replications have come, for a progress bar that moves within long replications: each engine tells
/// the fraction of its replication done every few thousand events (or batch of parts), each finished replication counts
/// one, and the sum goes to the user's <see cref="IProgress{T}"/> as each replication finishes and otherwise at most
/// ten times a second.
/// </summary>
/// <remarks>Engines on several threads report at once; each writes only its own replication's slot.</remarks>
/// <param name="target">The user's progress.</param>
/// <param name="replications">The run's replications.</param>
/// <param name="reportEveryMilliseconds">The least time between two reports of replications under way.</param>
internal sealed class ReplicationProgress(IProgress<double> target, int replications, long reportEveryMilliseconds = 100)
{
    private readonly double[] _done = new double[replications];
    private long _finished;
    private long _nextReport = Environment.TickCount64 + reportEveryMilliseconds;

    /// <summary>Replication <paramref name="replication"/> is at <paramref name="now"/> of a run to <paramref name="horizon"/> (infinite: a run to a part count), with <paramref name="partsOut"/> of <paramref name="partCount"/> parts out.</summary>
    public void At(int replication, double now, double horizon, long partsOut, long partCount)
    {
        double fraction = double.IsFinite(horizon) ? now / horizon : (double)partsOut / partCount;
        _done[replication] = Math.Clamp(fraction, 0, 0.999);
        long time = Environment.TickCount64;
        long next = Volatile.Read(ref _nextReport);
        if (time >= next && Interlocked.CompareExchange(ref _nextReport, time + reportEveryMilliseconds, next) == next)
        {
            target.Report(Sum());
        }
    }

    /// <summary>Replication <paramref name="replication"/> has finished.</summary>
    public void Finished(int replication)
    {
        _done[replication] = 0;
        long finished = Interlocked.Increment(ref _finished);

        // Every finished replication is told at once (a caller may count on whole ones); the sum of those under way only now and then.
        target.Report(Environment.TickCount64 >= Volatile.Read(ref _nextReport) ? Sum() : finished);
    }

    private double Sum()
    {
        double underWay = 0;
        foreach (double fraction in _done)
        {
            underWay += fraction;
        }

        return Interlocked.Read(ref _finished) + underWay;
    }
}
