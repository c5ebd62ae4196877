using System.Collections.Immutable;

namespace LineSim.Tests.Engine;

/// <summary>A sequence of calendar operations on a calendar of <paramref name="TimerCount"/> timers.</summary>
public sealed record CalendarScript(int TimerCount, ImmutableArray<CalendarOperation> Operations)
{
    public override string ToString() => $"{TimerCount} timers: {string.Join(' ', Operations)}";
}
