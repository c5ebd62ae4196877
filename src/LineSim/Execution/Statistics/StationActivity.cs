namespace LineSim.Execution.Statistics;

/// <summary>
/// What a machine of a station is doing, as the active period method sees it (<see cref="ActivePeriods"/>): the first
/// five make it active, the last two inactive. Off shift does not appear: the event engine's clock skips it.
/// </summary>
internal static class StationActivity
{
    public const int Working = 0;
    public const int Repair = 1;
    public const int WaitingForCrew = 2;
    public const int Setup = 3;
    public const int Maintenance = 4;
    public const int Starved = 5;
    public const int Blocked = 6;

    /// <summary>The number of the above.</summary>
    public const int Count = 7;

    /// <summary>The number of active ones, which come first.</summary>
    public const int ActiveCount = 5;

    /// <summary>Where time a paced segment's station, the last bottleneck, waited for the segment's takt is counted, beside the above.</summary>
    public const int PacedStop = 7;

    /// <summary>The causes time on the momentary bottleneck is counted under: the activities and <see cref="PacedStop"/>.</summary>
    public const int Causes = 8;
}
