namespace LineSim.Model;

/// <summary>
/// Where parts come from: an unlimited supply, an arrival process that feeds an input buffer, or deliveries on a
/// schedule into an input buffer.
/// </summary>
public sealed record Source
{
    private Source(Distribution? interarrivalTime, Schedule? schedule, int? inputCapacity)
    {
        InterarrivalTime = interarrivalTime;
        Schedule = schedule;
        InputCapacity = inputCapacity;
    }

    /// <summary>An unlimited supply: the first station always has a part to take and is never starved.</summary>
    public static Source Unlimited { get; } = new(null, null, null);

    /// <summary>The time between arrivals, in seconds; <see langword="null"/> for an unlimited or a scheduled supply.</summary>
    public Distribution? InterarrivalTime { get; }

    /// <summary>The times at which a scheduled supply delivers one part each; <see langword="null"/> for the other supplies.</summary>
    public Schedule? Schedule { get; }

    /// <summary>
    /// The capacity of the input buffer before the first station; <see langword="null"/> when it is unlimited.
    /// When it is full, arrivals hold their next part back and the following interarrival time starts only once that
    /// part has entered; a scheduled supply holds back each delivery that finds it full, and the held-back parts enter
    /// in order as room frees, none lost.
    /// </summary>
    public int? InputCapacity { get; }

    /// <summary>Whether this is the unlimited supply.</summary>
    public bool IsUnlimited => InterarrivalTime is null && Schedule is null;

    /// <summary>Parts arrive one at a time with the given interarrival times into the input buffer.</summary>
    /// <param name="interarrivalTime">The time between arrivals, in seconds.</param>
    /// <param name="inputCapacity">The input buffer's capacity (parts waiting before the first station); <see langword="null"/> for unlimited.</param>
    public static Source Arrivals(Distribution interarrivalTime, int? inputCapacity = null)
    {
        ArgumentNullException.ThrowIfNull(interarrivalTime);
        RequireCapacity(inputCapacity);
        return new Source(interarrivalTime, null, inputCapacity);
    }

    /// <summary>
    /// One part is delivered into the input buffer at each time of <paramref name="schedule"/> (a body every 55 s, or
    /// at listed times). A delivery that finds the input buffer full is held back and enters as soon as there is room;
    /// later deliveries queue behind it in order, and none is lost (<see cref="Results.BufferStatistics.HeldBack"/>
    /// counts them).
    /// </summary>
    /// <param name="schedule">The delivery times, in the line's working time.</param>
    /// <param name="inputCapacity">The input buffer's capacity (parts waiting before the first station); <see langword="null"/> for unlimited.</param>
    public static Source Scheduled(Schedule schedule, int? inputCapacity = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        RequireCapacity(inputCapacity);
        return new Source(null, schedule, inputCapacity);
    }

    private static void RequireCapacity(int? inputCapacity)
    {
        if (inputCapacity < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(inputCapacity), inputCapacity, $"inputCapacity must be 0 or more, got {inputCapacity}.");
        }
    }
}
