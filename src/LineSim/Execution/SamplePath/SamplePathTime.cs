using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using System.Runtime.Intrinsics;
using LineSim.Model;

namespace LineSim.Execution.SamplePath;

/// <summary>
/// The arithmetic both sample-path engines share: branch-free maxima, the time of an interval inside the observation
/// window, and operation-dependent failures folded into the time of the part they interrupt.
/// </summary>
internal static class SamplePathTime
{
    /// <summary>
    /// The larger of two times, without a branch (which the processor would mispredict half the time here). For the
    /// engines' times (never NaN) it is exactly one of them, so results stay bit-identical.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Max(double a, double b) =>
        Sse2.IsSupported
            ? Sse2.MaxScalar(Vector128.CreateScalarUnsafe(a), Vector128.CreateScalarUnsafe(b)).ToScalar()
            : a > b ? a : b;

    /// <summary>Adds to <paramref name="total"/> the part of [<paramref name="from"/>, <paramref name="to"/>) inside the window (<paramref name="windowStart"/>, <paramref name="windowEnd"/>].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddInside(ref double total, double from, double to, double windowStart, double windowEnd)
    {
        double lower = from > windowStart ? from : windowStart;
        double upper = to < windowEnd ? to : windowEnd;
        if (upper > lower)
        {
            total += upper - lower;
        }
    }

    /// <summary>
    /// Adds one part's time at a station that does not lie wholly inside the window (<paramref name="windowStart"/>,
    /// <paramref name="windowEnd"/>]: working from <paramref name="start"/> to <paramref name="done"/> (unless failures
    /// count it, <paramref name="addWorking"/> false), blocked from <paramref name="take"/> to the start before service or
    /// from the completion to <paramref name="departure"/> after; counts the completion by the window's end, and the
    /// part as processed when it also completed after <paramref name="countsOpen"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddPartAcrossWindow(
        bool beforeService,
        bool addWorking,
        double take,
        double start,
        double done,
        double departure,
        double windowStart,
        double countsOpen,
        double windowEnd,
        ref double working,
        ref double blocked,
        ref long completions,
        ref long processed)
    {
        if (addWorking)
        {
            AddInside(ref working, start, done, windowStart, windowEnd);
        }

        if (beforeService)
        {
            AddInside(ref blocked, take, start, windowStart, windowEnd);
        }
        else
        {
            AddInside(ref blocked, done, departure, windowStart, windowEnd);
        }

        if (done <= windowEnd)
        {
            completions++;
            if (done > countsOpen)
            {
                processed++;
            }
        }
    }

    /// <summary>
    /// Processes <paramref name="work"/> seconds from <paramref name="start"/> on a machine whose processing time left
    /// before its next failure is <paramref name="timeToFailure"/>, failing whenever that runs out first, with the event
    /// engine's arithmetic (t = t + ttf; t = t + repair; w = w - ttf; the repair drawn at the failure, the next time to
    /// failure at the repair's end; otherwise ttf = ttf - w); returns the completion time. Adds the working and down time
    /// inside the window (<paramref name="windowStart"/>, <paramref name="windowEnd"/>], and counts the failures after
    /// <paramref name="countsOpen"/> and by the window's end. Once a repair ends after the window, the rest of the work
    /// is added unbroken: the part completes after the run's end either way.
    /// </summary>
    public static double FoldFailures(
        FailureModel failures,
        Random failureRandom,
        Random repairRandom,
        ref double timeToFailure,
        double start,
        double work,
        double windowStart,
        double countsOpen,
        double windowEnd,
        ref double working,
        ref double down,
        ref long failureCount)
    {
        double t = start;
        double remaining = work;
        double left = timeToFailure;
        while (left < remaining)
        {
            remaining -= left;
            double failed = t + left;
            AddInside(ref working, t, failed, windowStart, windowEnd);
            if (failed > countsOpen && failed <= windowEnd)
            {
                failureCount++;
            }

            double repaired = failed + failures.TimeToRepair.Sample(repairRandom);
            AddInside(ref down, failed, repaired, windowStart, windowEnd);
            left = failures.TimeToFailure.Sample(failureRandom);
            t = repaired;
            if (t > windowEnd)
            {
                // The part finishes after the run ends, which nothing observes: folding the failures left in its
                // work (10^13 of them for a 1e15 s operation failing every 100 s) would only keep the run from ending.
                timeToFailure = left;
                return t + remaining;
            }
        }

        timeToFailure = left - remaining;
        double done = t + remaining;
        AddInside(ref working, t, done, windowStart, windowEnd);
        return done;
    }
}
