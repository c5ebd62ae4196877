namespace LineSim.Tests.SamplePath;

/// <summary>Measures what one replication allocates on this thread, for a short and a ten-times-longer run.</summary>
internal static class RunLengthAllocation
{
    /// <summary>
    /// A few KB covers what the runtime may allocate on this thread for reasons other than the run's length (a type
    /// loaded lazily on the first path through a rare branch); ten times more parts are hundreds of thousands more
    /// completions, so even one allocation per thousand completions would exceed it.
    /// </summary>
    public const long Allowance = 4_096;

    /// <summary>
    /// The bytes each simulation's replication 0 allocates, after one run of each to warm up. What grows with the
    /// run's length is allocated at every try; what the runtime allocates once in a while (a type loaded lazily, a
    /// method compiled again with its profile) is not: up to three tries, until one allocates no more than
    /// <see cref="Allowance"/> over the short run.
    /// </summary>
    public static (long ShortBytes, long LongBytes) Measure(Simulation shorter, Simulation longer)
    {
        shorter.RunReplication(0);
        longer.RunReplication(0);
        long shortBytes = 0;
        long longBytes = long.MaxValue;
        for (int attempt = 0; attempt < 3 && longBytes > shortBytes + Allowance; attempt++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            shorter.RunReplication(0);
            shortBytes = GC.GetAllocatedBytesForCurrentThread() - before;
            before = GC.GetAllocatedBytesForCurrentThread();
            longer.RunReplication(0);
            longBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        return (shortBytes, longBytes);
    }
}
