using FsCheck;
using FsCheck.Fluent;

namespace LineSim.Tests.Engine;

/// <summary>
/// Generators of calendar and simulator scripts. Times are drawn from a handful of values (quarters from 0 to 5) so
/// that many events tie, which is where ordering bugs hide.
/// </summary>
public static class EngineArbitraries
{
    private static readonly Gen<double> s_time = Gen.Choose(0, 20).Select(q => q / 4.0);

    public static Arbitrary<CalendarScript> CalendarScripts()
    {
        Gen<CalendarScript> gen =
            from timers in Gen.Choose(1, 12)
            from count in Gen.Choose(0, 200)
            from operations in Gen.ArrayOf(Operation(timers), count)
            select new CalendarScript(timers, [.. operations]);
        return Arb.From(gen);
    }

    /// <summary>
    /// Long scripts over up to 300 timers with times on every scale, from ties to 1e15 s and infinity, so that the
    /// calendar's ladder sets rungs of every width, fills its top list and drops its buckets again.
    /// </summary>
    public static Arbitrary<WideCalendarScript> WideCalendarScripts()
    {
        Gen<double> time = Gen.Frequency(
            (3, s_time),
            (6, Gen.Zip(Gen.Choose(1, 1000), Gen.Choose(-3, 9)).Select(p => p.Item1 * Math.Pow(10, p.Item2))),
            (1, Gen.Elements(1e15, double.PositiveInfinity, 0.0)));
        Gen<WideCalendarScript> gen =
            from timers in Gen.Choose(1, 300)
            from count in Gen.Choose(0, 3000)
            from operations in Gen.ArrayOf(
                Gen.Frequency(
                    (5, Gen.Zip(Gen.Choose(0, timers - 1), time).Select(p => new CalendarOperation(CalendarOperationKind.Schedule, p.Item1, p.Item2))),
                    (1, Gen.Choose(0, timers - 1).Select(t => new CalendarOperation(CalendarOperationKind.Cancel, t, 0))),
                    (4, Gen.Constant(new CalendarOperation(CalendarOperationKind.Pop, 0, 0)))),
                count)
            select new WideCalendarScript(new CalendarScript(timers, [.. operations]));
        return Arb.From(gen);
    }

    public static Arbitrary<SimulatorScript> SimulatorScripts()
    {
        Gen<SimulatorScript> gen =
            from timers in Gen.Choose(1, 8)
            from initialCount in Gen.Choose(0, 8)
            from initial in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, timers - 1), s_time), initialCount)
            from stepCount in Gen.Choose(0, 30)
            from steps in Gen.ArrayOf(Step(timers), stepCount)
            from horizon in Gen.Choose(0, 60).Select(q => q / 4.0)
            select new SimulatorScript(timers, [.. initial.Select(p => (p.Item1, p.Item2))], [.. steps], horizon);
        return Arb.From(gen);
    }

    private static Gen<CalendarOperation> Operation(int timers) =>
        Gen.Frequency(
            (5, Gen.Zip(Gen.Choose(0, timers - 1), s_time).Select(p => new CalendarOperation(CalendarOperationKind.Schedule, p.Item1, p.Item2))),
            (1, Gen.Choose(0, timers - 1).Select(t => new CalendarOperation(CalendarOperationKind.Cancel, t, 0))),
            (3, Gen.Constant(new CalendarOperation(CalendarOperationKind.Pop, 0, 0))));

    // Delays are mostly 0 or small so that events scheduled while handling one tie with events already pending.
    private static Gen<ScriptStep> Step(int timers) =>
        Gen.Frequency(
            (6, Gen.Zip(Gen.Choose(0, timers - 1), Gen.Elements(0.0, 0.0, 0.25, 0.5, 1.0, 2.0)).Select(p => new ScriptStep(ScriptStepKind.Schedule, p.Item1, p.Item2))),
            (2, Gen.Choose(0, timers - 1).Select(t => new ScriptStep(ScriptStepKind.Cancel, t, 0))),
            (1, Gen.Constant(new ScriptStep(ScriptStepKind.Nothing, 0, 0))));
}
