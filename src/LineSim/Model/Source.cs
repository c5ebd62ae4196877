namespace LineSim.Model;

/// <summary>Where parts come from: an unlimited supply, or an arrival process that feeds an input buffer.</summary>
public sealed record Source
{
    private Source(Distribution? interarrivalTime, int? inputCapacity)
    {
        InterarrivalTime = interarrivalTime;
        InputCapacity = inputCapacity;
    }

    /// <summary>An unlimited supply: the first station always has a part to take and is never starved.</summary>
    public static Source Unlimited { get; } = new(null, null);

    /// <summary>The time between arrivals, in seconds; <see langword="null"/> for an unlimited supply.</summary>
    public Distribution? InterarrivalTime { get; }

    /// <summary>
    /// The capacity of the input buffer before the first station; <see langword="null"/> when it is unlimited.
    /// When it is full, the source holds its next part back and the following interarrival time starts only once
    /// that part has entered.
    /// </summary>
    public int? InputCapacity { get; }

    /// <summary>Whether this is the unlimited supply.</summary>
    public bool IsUnlimited => InterarrivalTime is null;

    /// <summary>Parts arrive one at a time with the given interarrival times into the input buffer.</summary>
    /// <param name="interarrivalTime">The time between arrivals, in seconds.</param>
    /// <param name="inputCapacity">The input buffer's capacity (parts waiting before the first station); <see langword="null"/> for unlimited.</param>
    public static Source Arrivals(Distribution interarrivalTime, int? inputCapacity = null)
    {
        ArgumentNullException.ThrowIfNull(interarrivalTime);
        if (inputCapacity < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(inputCapacity), inputCapacity, $"inputCapacity must be 0 or more, got {inputCapacity}.");
        }

        return new Source(interarrivalTime, inputCapacity);
    }
}
