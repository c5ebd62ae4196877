using System.Collections.Immutable;

namespace LineSim.Tests.Engine;

/// <summary>
/// A run of the simulator: timers scheduled at the start, the script the model follows on each event, and the horizon.
/// </summary>
public sealed record SimulatorScript(int TimerCount, ImmutableArray<(int Timer, double Time)> Initial, ImmutableArray<ScriptStep> Steps, double Horizon)
{
    public override string ToString() =>
        $"{TimerCount} timers, horizon {Horizon}, initial [{string.Join(' ', Initial)}], steps [{string.Join(' ', Steps)}]";
}
