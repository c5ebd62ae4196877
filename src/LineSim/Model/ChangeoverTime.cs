namespace LineSim.Model;

/// <summary>The setup time for one change of variant at a station.</summary>
/// <param name="From">The variant of the previous part.</param>
/// <param name="To">The variant of the next part.</param>
/// <param name="Time">The setup time, in seconds.</param>
public sealed record ChangeoverTime(string From, string To, Distribution Time);
