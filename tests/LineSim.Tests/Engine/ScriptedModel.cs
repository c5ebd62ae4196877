using LineSim.Engine;

namespace LineSim.Tests.Engine;

/// <summary>
/// A model for testing the simulator: it records every event it handles and, on each, carries out the next step of a
/// script (schedule a timer after a delay, cancel one, or stop), cycling through the script.
/// </summary>
internal sealed class ScriptedModel
{
    private readonly IReadOnlyList<ScriptStep> _script;
    private int _next;

    public ScriptedModel(int timerCount, IReadOnlyList<ScriptStep> script)
    {
        _script = script;
        Simulator = new Simulator<ScriptedHandler>(new EventCalendar(timerCount), new ScriptedHandler(this));
    }

    public Simulator<ScriptedHandler> Simulator { get; }

    public List<(int Timer, double Time)> Fired { get; } = [];

    public void Handle(int timer)
    {
        Fired.Add((timer, Simulator.Now));
        if (_script.Count == 0)
        {
            return;
        }

        ScriptStep step = _script[_next++ % _script.Count];
        switch (step.Kind)
        {
            case ScriptStepKind.Schedule:
                Simulator.ScheduleIn(step.Timer, step.Delay);
                break;
            case ScriptStepKind.Cancel:
                Simulator.Calendar.Cancel(step.Timer);
                break;
            case ScriptStepKind.Stop:
                Simulator.Stop();
                break;
            default:
                break;
        }
    }
}
