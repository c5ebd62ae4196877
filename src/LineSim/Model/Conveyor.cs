namespace LineSim.Model;

/// <summary>
/// An accumulating conveyor between two stations: a part travels <paramref name="TravelTime"/> seconds from one end
/// to the other, parts queue at the far end when the next station cannot take them, and at most
/// <paramref name="Capacity"/> parts are on it at once.
/// </summary>
/// <param name="TravelTime">The time from entry to the far end, in seconds; 0 or more.</param>
/// <param name="Capacity">How many parts fit on the conveyor; 1 or more.</param>
/// <remarks>Parts leave in the order they entered. A part can enter only while there is room.</remarks>
public sealed record Conveyor(double TravelTime, int Capacity)
{
    /// <summary>A conveyor whose travel time is given as a time span.</summary>
    /// <param name="travelTime">The time from entry to the far end; zero or more.</param>
    /// <param name="capacity">How many parts fit on the conveyor; 1 or more.</param>
    public Conveyor(TimeSpan travelTime, int capacity)
        : this(travelTime.TotalSeconds, capacity)
    {
    }

    /// <summary>A conveyor given by its length, the pitch between parts and its speed.</summary>
    /// <param name="length">The conveyor's length, in metres; greater than 0.</param>
    /// <param name="pitch">The space one part takes, in metres; greater than 0 and at most <paramref name="length"/>.</param>
    /// <param name="speed">The conveyor's speed, in metres per second; greater than 0.</param>
    /// <returns>A conveyor with travel time length / speed and capacity floor(length / pitch).</returns>
    public static Conveyor FromLength(double length, double pitch, double speed)
    {
        Require.Positive(length, nameof(length));
        Require.Positive(pitch, nameof(pitch));
        Require.Positive(speed, nameof(speed));
        if (pitch > length)
        {
            throw new ArgumentOutOfRangeException(nameof(pitch), pitch, $"pitch must be at most the length ({Require.Format(length)}), got {Require.Format(pitch)}; not one part would fit.");
        }

        return new Conveyor(length / speed, (int)Math.Min(int.MaxValue, Math.Floor(length / pitch)));
    }
}
