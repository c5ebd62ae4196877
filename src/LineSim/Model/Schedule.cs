using System.Collections.Immutable;

namespace LineSim.Model;

/// <summary>
/// Times at which something happens once each: at fixed intervals, or at listed times that may repeat. A pulled exit
/// (<see cref="Station.Pull"/>) gives one finished part to its downstream at each time; a scheduled supply
/// (<see cref="Source.Scheduled"/>) delivers one part into its input buffer at each time.
/// </summary>
/// <remarks>Times are the line's working time (seconds from the start of the run, counting only working time under a shift calendar).</remarks>
public sealed record Schedule
{
    private Schedule(ImmutableArray<double> times, double? period)
    {
        Times = times;
        Period = period;
    }

    /// <summary>The times of the first round, ascending, in seconds.</summary>
    public ImmutableArray<double> Times { get; }

    /// <summary>The time after which <see cref="Times"/> repeat; <see langword="null"/> when they happen once.</summary>
    public double? Period { get; }

    /// <summary>A time every <paramref name="interval"/> seconds, the first at 0.</summary>
    /// <param name="interval">The time between two times, in seconds; greater than 0.</param>
    public static Schedule Every(double interval) => Every(interval, 0);

    /// <summary>A time every <paramref name="interval"/> seconds, the first at <paramref name="first"/>.</summary>
    /// <param name="interval">The time between two times, in seconds; greater than 0.</param>
    /// <param name="first">The first time, in seconds; 0 or more.</param>
    public static Schedule Every(double interval, double first)
    {
        Require.Positive(interval, nameof(interval));
        Require.NonNegative(first, nameof(first));
        return new([first], interval);
    }

    /// <summary>A time every <paramref name="interval"/>, the first at 0; the same as <see cref="Every(double)"/> in seconds.</summary>
    /// <param name="interval">The time between two times; greater than zero.</param>
    public static Schedule Every(TimeSpan interval) => Every(interval.TotalSeconds);

    /// <summary>A time every <paramref name="interval"/>, the first at <paramref name="first"/>; the same as <see cref="Every(double, double)"/> in seconds.</summary>
    /// <param name="interval">The time between two times; greater than zero.</param>
    /// <param name="first">The first time; zero or more.</param>
    public static Schedule Every(TimeSpan interval, TimeSpan first) => Every(interval.TotalSeconds, first.TotalSeconds);

    /// <summary>The listed <paramref name="times"/>, once.</summary>
    /// <param name="times">The times, in seconds: 0 or more, strictly ascending, at least one.</param>
    public static Schedule At(IEnumerable<double> times) => Create(times, null);

    /// <summary>The listed <paramref name="times"/>, repeated every <paramref name="repeatEvery"/> seconds.</summary>
    /// <param name="times">The times, in seconds: 0 or more, strictly ascending, at least one.</param>
    /// <param name="repeatEvery">The period after which the times repeat, in seconds; greater than the span of the times.</param>
    public static Schedule At(IEnumerable<double> times, double repeatEvery) => Create(times, repeatEvery);

    private static Schedule Create(IEnumerable<double> times, double? repeatEvery)
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

    /// <summary>The listed <paramref name="times"/>, once; the same as <see cref="At(IEnumerable{double})"/> in seconds.</summary>
    /// <param name="times">The times: zero or more, strictly ascending, at least one.</param>
    public static Schedule At(IEnumerable<TimeSpan> times) => At(Seconds(times));

    /// <summary>The listed <paramref name="times"/>, repeated every <paramref name="repeatEvery"/>; the same as <see cref="At(IEnumerable{double}, double)"/> in seconds.</summary>
    /// <param name="times">The times: zero or more, strictly ascending, at least one.</param>
    /// <param name="repeatEvery">The period after which the times repeat; longer than the span of the times.</param>
    public static Schedule At(IEnumerable<TimeSpan> times, TimeSpan repeatEvery) => At(Seconds(times), repeatEvery.TotalSeconds);

    private static List<double> Seconds(IEnumerable<TimeSpan> times)
    {
        ArgumentNullException.ThrowIfNull(times);
        var seconds = new List<double>();
        foreach (TimeSpan time in times)
        {
            seconds.Add(time.TotalSeconds);
        }

        return seconds;
    }

    /// <summary>The mean time between two times in the long run; <see langword="null"/> for times that happen once.</summary>
    public double? MeanInterval => Period / Times.Length;
}
