namespace LineSim.Model;

/// <summary>
/// A stop after a count of parts: after every <paramref name="Every"/> parts a machine of the station finished, it
/// stops for <paramref name="Duration"/> (tip dressing of a welding gun every 200 welds, a tool change, a cleaning).
/// </summary>
/// <param name="Name">What the stop is ("Tip dressing"), naming it in the results; unique within the station.</param>
/// <param name="Every">The parts between stops; 1 or more.</param>
/// <param name="Duration">How long each stop takes, in seconds.</param>
/// <remarks>
/// The count is per machine, of the parts it finished processing; the stop begins when the last of them finishes. That
/// part goes on at once if there is room; otherwise it waits on the machine until the stop ends. A stopped machine takes
/// no part; a failure during the stop is repaired alongside it. The machine counts as down, and the time is reported
/// apart as <see cref="Results.StationStatistics.Stopped"/>, a part of down.
/// </remarks>
public sealed record CountStop(string Name, int Every, Distribution Duration)
{
    /// <summary>A stop of a fixed duration given as a time span (<see cref="Distribution.Constant(TimeSpan)"/>).</summary>
    /// <param name="name">What the stop is, naming it in the results; unique within the station.</param>
    /// <param name="every">The parts between stops; 1 or more.</param>
    /// <param name="duration">How long each stop takes.</param>
    public CountStop(string name, int every, TimeSpan duration)
        : this(name, every, Distribution.Constant(duration))
    {
    }

    /// <summary>Counts only the parts of this variant (see <see cref="LineModel.Variants"/>); <see langword="null"/> counts every part.</summary>
    /// <value>Defaults to <see langword="null"/>.</value>
    public string? Variant { get; init; }
}
