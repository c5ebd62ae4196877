using BenchmarkDotNet.Attributes;
using LineSim.Engine;

namespace LineSim.Benchmarks;

/// <summary>
/// The event calendar alone: <see cref="Timers"/> pending timers, each popped and rescheduled a random delay later,
/// as a line with that many active timers does (4, 32 and 100 on the calendar's sorted array, 300 on its calendar queue). One
/// operation is one pop plus one schedule.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private const int Operations = 100_000;

    private EventCalendar _calendar = null!;
    private double[] _delays = null!;

    [Params(4, 32, 100, 300)]
    public int Timers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _calendar = new EventCalendar(Timers);
        var random = new Random(1);
        _delays = new double[4096];
        for (int i = 0; i < _delays.Length; i++)
        {
            _delays[i] = -Math.Log(1 - random.NextDouble()) * 55;
        }
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public double ScheduleAndPop()
    {
        EventCalendar calendar = _calendar;
        calendar.Clear();
        for (int t = 0; t < Timers; t++)
        {
            calendar.Schedule(t, _delays[t]);
        }

        double now = 0;
        for (int i = 0; i < Operations; i++)
        {
            int timer = calendar.Pop(out now);
            calendar.Schedule(timer, now + _delays[i & 4095]);
        }

        return now;
    }
}
