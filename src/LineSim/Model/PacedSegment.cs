namespace LineSim.Model;

/// <summary>
/// A paced (synchronous) segment: the consecutive stations from <paramref name="First"/> to <paramref name="Last"/>
/// in the line's order, each holding one part, index together: every part moves one station on at once.
/// </summary>
/// <param name="Name">A name for reports, unique among the segments.</param>
/// <param name="First">The segment's first station.</param>
/// <param name="Last">The segment's last station; <paramref name="First"/> or a station listed after it.</param>
/// <param name="TaktTime">The segment's takt, in seconds; greater than 0.</param>
/// <remarks>
/// The segment indexes once the takt has elapsed since the last index and every station has finished its part and
/// is up, the last station's part has room downstream, and the first station has a part to take (or at the moment
/// the last of these holds, when the segment is late). Stations inside a segment are single machines that take
/// their parts from the station before, without buffers between them; ordinary buffers decouple segments.
/// </remarks>
public sealed record PacedSegment(string Name, string First, string Last, double TaktTime)
{
    /// <summary>A paced segment whose takt is given as a time span.</summary>
    /// <param name="name">A name for reports, unique among the segments.</param>
    /// <param name="first">The segment's first station.</param>
    /// <param name="last">The segment's last station.</param>
    /// <param name="taktTime">The segment's takt; greater than zero.</param>
    public PacedSegment(string name, string first, string last, TimeSpan taktTime)
        : this(name, first, last, taktTime.TotalSeconds)
    {
    }
}
