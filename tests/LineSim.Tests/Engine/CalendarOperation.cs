namespace LineSim.Tests.Engine;

/// <summary>One call on an event calendar: schedule (or reschedule) a timer at a time, cancel it, or pop the next event.</summary>
public readonly record struct CalendarOperation(CalendarOperationKind Kind, int Timer, double Time)
{
    public override string ToString() => Kind switch
    {
        CalendarOperationKind.Schedule => $"S{Timer}@{Time}",
        CalendarOperationKind.Cancel => $"C{Timer}",
        _ => "P",
    };
}
