using FsCheck.Xunit;

namespace LineSim.Tests.Engine;

public sealed class SimulatorTests
{
    private static ScriptedModel Model(int timers, params ScriptStep[] script) => new(timers, script);

    [Fact]
    public void RunUntil_EventAtExactlyTheHorizon_IsProcessed()
    {
        ScriptedModel model = Model(2);
        model.Simulator.Calendar.Schedule(0, 10);
        model.Simulator.Calendar.Schedule(1, 10.000001);

        bool reached = model.Simulator.RunUntil(10);

        Assert.True(reached);
        Assert.Equal([(0, 10.0)], model.Fired);
        Assert.Equal(10, model.Simulator.Now);
        Assert.Equal(1, model.Simulator.EventsProcessed);
        Assert.True(model.Simulator.Calendar.IsScheduled(1));
    }

    [Fact]
    public void RunUntil_EventAtInfinityWithAnInfiniteHorizon_NeverHappens()
    {
        // A repair drawn as infinity in a run until a part count: popping it put the clock at infinity, and the next
        // time computed from it was infinity less infinity, which corrupted the calendar.
        ScriptedModel model = Model(2);
        model.Simulator.Calendar.Schedule(0, 5);
        model.Simulator.Calendar.Schedule(1, double.PositiveInfinity);

        Assert.True(model.Simulator.RunUntil(double.PositiveInfinity));

        Assert.Equal([(0, 5.0)], model.Fired);
        Assert.True(model.Simulator.Calendar.IsScheduled(1));
    }

    [Fact]
    public void RunUntilWithProgress_EventAtInfinityWithAnInfiniteHorizon_NeverHappens()
    {
        ScriptedModel model = Model(2);
        model.Simulator.Calendar.Schedule(0, 5);
        model.Simulator.Calendar.Schedule(1, double.PositiveInfinity);

        Assert.True(model.Simulator.RunUntil(double.PositiveInfinity, _ => { }));

        Assert.Equal([(0, 5.0)], model.Fired);
    }

    [Fact]
    public void RunUntil_LastEventBeforeHorizon_ClockEndsAtHorizon()
    {
        ScriptedModel model = Model(1);
        model.Simulator.Calendar.Schedule(0, 3);

        Assert.True(model.Simulator.RunUntil(50));
        Assert.Equal(50, model.Simulator.Now);
    }

    [Fact]
    public void RunUntil_EmptyCalendar_ClockMovesToHorizon()
    {
        ScriptedModel model = Model(1);

        Assert.True(model.Simulator.RunUntil(7.5));
        Assert.Equal(7.5, model.Simulator.Now);
        Assert.Equal(0, model.Simulator.EventsProcessed);
    }

    [Fact]
    public void RunUntil_CalledTwice_ContinuesWhereItStopped()
    {
        ScriptedModel model = Model(3);
        model.Simulator.Calendar.Schedule(0, 1);
        model.Simulator.Calendar.Schedule(1, 5);
        model.Simulator.Calendar.Schedule(2, 9);

        model.Simulator.RunUntil(5);
        Assert.Equal(5, model.Simulator.Now);
        Assert.Equal(2, model.Simulator.EventsProcessed);

        model.Simulator.RunUntil(20);
        Assert.Equal([(0, 1.0), (1, 5.0), (2, 9.0)], model.Fired);
        Assert.Equal(20, model.Simulator.Now);
        Assert.Equal(3, model.Simulator.EventsProcessed);
    }

    [Fact]
    public void RunUntil_HandlerStops_ReturnsFalseWithClockAtThatEvent()
    {
        ScriptedModel model = Model(3, new ScriptStep(ScriptStepKind.Nothing, 0, 0), new ScriptStep(ScriptStepKind.Stop, 0, 0));
        model.Simulator.Calendar.Schedule(0, 1);
        model.Simulator.Calendar.Schedule(1, 2);
        model.Simulator.Calendar.Schedule(2, 3);

        bool reached = model.Simulator.RunUntil(100);

        Assert.False(reached);
        Assert.Equal(2, model.Simulator.Now);
        Assert.Equal(2, model.Simulator.EventsProcessed);
        Assert.Equal([(0, 1.0), (1, 2.0)], model.Fired);
        Assert.True(model.Simulator.Calendar.IsScheduled(2));
    }

    [Fact]
    public void RunUntil_AfterStop_ResumesWithTheNextEvent()
    {
        ScriptedModel model = Model(2, new ScriptStep(ScriptStepKind.Stop, 0, 0));
        model.Simulator.Calendar.Schedule(0, 1);
        model.Simulator.Calendar.Schedule(1, 2);

        Assert.False(model.Simulator.RunUntil(10));
        Assert.False(model.Simulator.RunUntil(10));
        Assert.True(model.Simulator.RunUntil(10));
        Assert.Equal([(0, 1.0), (1, 2.0)], model.Fired);
        Assert.Equal(10, model.Simulator.Now);
    }

    [Fact]
    public void ScheduleIn_ZeroDelayWhileHandling_RunsAfterEventsAlreadyDueNow()
    {
        // Timer 0 fires at 1 and schedules timer 2 with no delay; timer 1 was already due at 1, so it fires first.
        var nothing = new ScriptStep(ScriptStepKind.Nothing, 0, 0);
        ScriptedModel model = Model(3, new ScriptStep(ScriptStepKind.Schedule, 2, 0), nothing, nothing, nothing);
        model.Simulator.Calendar.Schedule(0, 1);
        model.Simulator.Calendar.Schedule(1, 1);

        model.Simulator.RunUntil(1);

        Assert.Equal([(0, 1.0), (1, 1.0), (2, 1.0)], model.Fired);
    }

    [Fact]
    public void EventsProcessed_SelfReschedulingTimer_CountsEveryEvent()
    {
        ScriptedModel model = Model(1, new ScriptStep(ScriptStepKind.Schedule, 0, 1));
        model.Simulator.Calendar.Schedule(0, 0);

        model.Simulator.RunUntil(999);

        // Events at 0, 1, ..., 999.
        Assert.Equal(1000, model.Simulator.EventsProcessed);
        Assert.Equal(1000, model.Fired.Count);
        Assert.Equal(1000, model.Simulator.Calendar.TimeOf(0));
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(EngineArbitraries)], Replay = "(31415926,271828183)")]
    public void RunUntil_AnyScript_MatchesReferenceAndReplaysIdentically(SimulatorScript script)
    {
        List<(int Timer, double Time)> first = Run(script);
        List<(int Timer, double Time)> second = Run(script);
        List<(int Timer, double Time)> expected = RunReference(script);

        Assert.Equal(expected, first);
        Assert.Equal(first, second);
        for (int i = 1; i < first.Count; i++)
        {
            Assert.True(first[i].Time >= first[i - 1].Time, $"time went backwards at event {i}");
        }

        Assert.All(first, e => Assert.True(e.Time <= script.Horizon));
    }

    private const int EventLimit = 2_000;

    private static List<(int Timer, double Time)> Run(SimulatorScript script)
    {
        var model = new ScriptedModel(script.TimerCount, WithLimit(script));
        foreach ((int timer, double time) in script.Initial)
        {
            model.Simulator.Calendar.Schedule(timer, time);
        }

        bool reached = model.Simulator.RunUntil(script.Horizon);
        Assert.Equal(model.Fired.Count, model.Simulator.EventsProcessed);
        if (reached)
        {
            Assert.Equal(script.Horizon, model.Simulator.Now);
        }

        return model.Fired;
    }

    // A zero-delay self-rescheduling script would loop forever at one instant: stop after a fixed number of events.
    private static List<ScriptStep> WithLimit(SimulatorScript script)
    {
        var steps = new List<ScriptStep>();
        if (script.Steps.Length == 0)
        {
            return steps;
        }

        for (int i = 0; i < EventLimit - 1; i++)
        {
            steps.Add(script.Steps[i % script.Steps.Length]);
        }

        steps.Add(new ScriptStep(ScriptStepKind.Stop, 0, 0));
        return steps;
    }

    private static List<(int Timer, double Time)> RunReference(SimulatorScript script)
    {
        var calendar = new ReferenceCalendar();
        foreach ((int timer, double time) in script.Initial)
        {
            calendar.Schedule(timer, time);
        }

        var fired = new List<(int, double)>();
        while (calendar.Count > 0 && calendar.NextTime <= script.Horizon && fired.Count < EventLimit)
        {
            int timer = calendar.Pop(out double now);
            fired.Add((timer, now));
            if (script.Steps.Length == 0)
            {
                continue;
            }

            ScriptStep step = script.Steps[(fired.Count - 1) % script.Steps.Length];
            if (step.Kind == ScriptStepKind.Schedule)
            {
                calendar.Schedule(step.Timer, now + step.Delay);
            }
            else if (step.Kind == ScriptStepKind.Cancel)
            {
                calendar.Cancel(step.Timer);
            }
        }

        return fired;
    }
}
