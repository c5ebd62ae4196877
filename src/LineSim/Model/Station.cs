namespace LineSim.Model;

/// <summary>A station of the line: one robot or machine that processes one part at a time.</summary>
/// <param name="Name">A name unique within the line; it also keys the station's random streams.</param>
/// <param name="ProcessingTime">The time to process one part, in seconds.</param>
/// <param name="Failures">How the station fails and is repaired; <see langword="null"/> for a station that never fails.</param>
/// <remarks>
/// The random streams of a station are derived from its name, so adding, removing or changing another station
/// leaves this station's random numbers as they were (common random numbers across scenarios).
/// </remarks>
public sealed record Station(string Name, Distribution ProcessingTime, FailureModel? Failures = null);
