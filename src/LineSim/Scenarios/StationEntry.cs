using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>A station as read from a scenario, with the capacity of the buffer before it.</summary>
/// <param name="Station">The station.</param>
/// <param name="BufferBefore">The capacity of the buffer between the previous station and this one; <see langword="null"/> when not given.</param>
internal sealed record StationEntry(Station Station, int? BufferBefore);
