using System.Runtime.CompilerServices;
using LineSim.Execution.SamplePath;

namespace LineSim.Execution.Event;

/// <summary>
/// The arithmetic of operation-dependent failures in the event engines: whether a machine's next event while it
/// processes is its completion or a failure. The sample paths fold the same arithmetic into a part's time
/// (<see cref="SamplePathTime.FoldFailures"/>), so every engine gives bit-identical times.
/// </summary>
internal static class OperationFailures
{
    /// <summary>
    /// The time from now to a processing machine's next event, given <paramref name="work"/> seconds to do: a failure
    /// when its processing time left before one, <paramref name="timeToFailure"/>, is strictly shorter (then
    /// <paramref name="remaining"/> is the work left after it), its completion otherwise (then the time to failure
    /// shrinks by the work).
    /// </summary>
    /// <param name="failsInOperation">Whether the machine has operation-dependent failures; if not, the work is done in one go.</param>
    /// <param name="timeToFailure">The processing time left before the next failure.</param>
    /// <param name="remaining">Set to the work left after the failure, when one comes first; untouched otherwise.</param>
    /// <param name="work">The work to do.</param>
    /// <param name="failureFirst">Whether the next event is a failure.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double UntilNextEvent(bool failsInOperation, ref double timeToFailure, ref double remaining, double work, out bool failureFirst)
    {
        if (failsInOperation && timeToFailure < work)
        {
            remaining = work - timeToFailure;
            failureFirst = true;
            return timeToFailure;
        }

        timeToFailure -= work;
        failureFirst = false;
        return work;
    }
}
