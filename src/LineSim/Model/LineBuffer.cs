namespace LineSim.Model;

/// <summary>A finite buffer between a station and the next one in flow order.</summary>
/// <param name="After">The name of the station the buffer follows.</param>
/// <param name="Capacity">How many parts can wait in it, not counting parts on the machines; 0 or more.</param>
/// <remarks>A pair of consecutive stations without a <see cref="LineBuffer"/> has a buffer of capacity 0.</remarks>
public sealed record LineBuffer(string After, int Capacity);
