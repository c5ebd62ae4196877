using LineSim.Model;

namespace LineSim.Execution.Compiled;

/// <summary>A <see cref="Schedule"/> compiled: time k of round r is <see cref="Times"/>[k] + r x <see cref="Period"/> (infinite: one round), in working time.</summary>
internal sealed record ScheduleTimes(double[] Times, double Period)
{
    public static ScheduleTimes Of(Schedule schedule) => new([.. schedule.Times], schedule.Period ?? double.PositiveInfinity);

    /// <summary>The time of the schedule's <paramref name="index"/>-th time (from 0, counting every round); infinity after the last.</summary>
    public double TimeOf(long index)
    {
        long round = index / Times.Length;
        if (round == 0)
        {
            return Times[index];
        }

        return double.IsInfinity(Period) ? double.PositiveInfinity : Times[index - (round * Times.Length)] + (round * Period);
    }
}
