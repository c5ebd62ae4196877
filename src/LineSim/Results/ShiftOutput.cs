namespace LineSim.Results;

/// <summary>The output of one shift of the calendar, on one day.</summary>
/// <param name="Shift">The shift's name.</param>
/// <param name="Start">When it started, in seconds of calendar time from the start of the run.</param>
/// <param name="Parts">Parts that left the line during it (breaks included).</param>
public sealed record ShiftOutput(string Shift, double Start, long Parts);
