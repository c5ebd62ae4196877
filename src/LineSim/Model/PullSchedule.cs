using System.Collections.Immutable;

namespace LineSim.Model;

/// <summary>
/// When the downstream of an exit takes a part (the paint shop pulling a body every 55 s): at fixed intervals, or at
/// listed times that may repeat. At each time it takes one finished part, if the exit holds one; a time at which none
/// is ready passes unused. Until then a finished part blocks the exit's machine.
/// </summary>
/// <remarks>Times are the line's working time (seconds from the start of the run, counting only working time under a shift calendar).</remarks>
public sealed record PullSchedule
{
    private PullSchedule(ImmutableArray<double> times, double? period)
    {
        Times = times;
        Period = period;
    }

    /// <summary>The times of the first round, ascending, in seconds.</summary>
    public ImmutableArray<double> Times { get; }

    /// <summary>The time after which <see cref="Times"/> repeat; <see langword="null"/> when they happen once.</summary>
    public double? Period { get; }

    /// <summary>The downstream takes a part every <paramref name="interval"/> seconds, the first at <paramref name="first"/>.</summary>
    /// <param name="interval">The time between pulls, in seconds; greater than 0.</param>
    /// <param name="first">The time of the first pull; 0 or more.</param>
    public static PullSchedule Every(double interval, double first = 0)
    {
        Require.Positive(interval, nameof(interval));
        Require.NonNegative(first, nameof(first));
        return new([first], interval);
    }

    /// <summary>The downstream takes a part at each of <paramref name="times"/>, repeated every <paramref name="repeatEvery"/> seconds if given.</summary>
    /// <param name="times">The times, in seconds: 0 or more, strictly ascending, at least one.</param>
    /// <param name="repeatEvery">The period after which the times repeat; greater than the span of the times; <see langword="null"/> for once.</param>
    public static PullSchedule At(IEnumerable<double> times, double? repeatEvery = null)
    {
        ArgumentNullException.ThrowIfNull(times);
        ImmutableArray<double> list = [.. times];
        if (list.IsEmpty)
        {
            throw new ArgumentException("times must hold at least one time.", nameof(times));
        }

        for (int k = 0; k < list.Length; k++)
        {
            Require.NonNegative(list[k], nameof(times));
            if (k > 0 && list[k] <= list[k - 1])
            {
                throw new ArgumentException($"times must be strictly ascending: {Require.Format(list[k])} follows {Require.Format(list[k - 1])}.", nameof(times));
            }
        }

        if (repeatEvery is { } period)
        {
            Require.Positive(period, nameof(repeatEvery));
            if (period <= list[^1] - list[0])
            {
                throw new ArgumentOutOfRangeException(nameof(repeatEvery), period, $"repeatEvery must be longer than the span of the times ({Require.Format(list[^1] - list[0])}), got {Require.Format(period)}.");
            }
        }

        return new(list, repeatEvery);
    }

    /// <summary>The mean time between pulls in the long run; <see langword="null"/> for times that happen once.</summary>
    public double? MeanInterval => Period / Times.Length;
}
