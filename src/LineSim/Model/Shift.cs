using System.Collections.Immutable;

namespace LineSim.Model;

/// <summary>One shift of a weekly <see cref="ShiftCalendar"/>: on each of its days it runs from <paramref name="Start"/> for <paramref name="Length"/> seconds, less its breaks.</summary>
/// <param name="Name">A name for reports (e.g. "Early").</param>
/// <param name="Days">The days of the week it runs on.</param>
/// <param name="Start">Its start, in seconds after midnight (6 h = 21,600).</param>
/// <param name="Length">Its length in seconds, breaks included; at most one day. A shift may run past midnight.</param>
public sealed record Shift(string Name, ImmutableArray<DayOfWeek> Days, double Start, double Length)
{
    /// <summary>A shift whose start and length are given as time spans.</summary>
    /// <param name="name">A name for reports (e.g. "Early").</param>
    /// <param name="days">The days of the week it runs on.</param>
    /// <param name="start">Its start, after midnight (<c>TimeSpan.FromHours(6)</c>).</param>
    /// <param name="length">Its length, breaks included; at most one day.</param>
    public Shift(string name, ImmutableArray<DayOfWeek> days, TimeSpan start, TimeSpan length)
        : this(name, days, start.TotalSeconds, length.TotalSeconds)
    {
    }

    /// <summary>Breaks within the shift, when nothing moves.</summary>
    /// <value>Defaults to none.</value>
    public ImmutableArray<ShiftBreak> Breaks { get; init; } = [];
}
