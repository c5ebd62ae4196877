namespace LineSim.Tests.Engine;

/// <summary>A long calendar script with times on every scale (<see cref="EngineArbitraries.WideCalendarScripts"/>).</summary>
public sealed record WideCalendarScript(CalendarScript Script)
{
    public override string ToString() => Script.ToString();
}
