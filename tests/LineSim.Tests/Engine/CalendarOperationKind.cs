namespace LineSim.Tests.Engine;

/// <summary>What a <see cref="CalendarOperation"/> does to the calendar.</summary>
public enum CalendarOperationKind
{
    Schedule,
    Cancel,
    Pop,
}
