using FsCheck.Xunit;
using LineSim.Engine;

namespace LineSim.Tests.Engine;

public sealed class EventCalendarTests
{
    [Fact]
    public void Pop_SimultaneousEvents_FireInSchedulingOrder()
    {
        var calendar = new EventCalendar(5);
        foreach (int timer in new[] { 3, 0, 4, 1, 2 })
        {
            calendar.Schedule(timer, 10);
        }

        var popped = new List<int>();
        while (calendar.Count > 0)
        {
            popped.Add(calendar.Pop(out double time));
            Assert.Equal(10, time);
        }

        Assert.Equal([3, 0, 4, 1, 2], popped);
    }

    [Fact]
    public void Pop_MixedTimes_EarliestFirstThenFifo()
    {
        var calendar = new EventCalendar(6);
        calendar.Schedule(0, 5);
        calendar.Schedule(1, 2);
        calendar.Schedule(2, 5);
        calendar.Schedule(3, 1);
        calendar.Schedule(4, 2);
        calendar.Schedule(5, 5);

        Assert.Equal(1, calendar.NextTime);
        var popped = new List<(int, double)>();
        while (calendar.Count > 0)
        {
            int timer = calendar.Pop(out double time);
            popped.Add((timer, time));
        }

        Assert.Equal([(3, 1.0), (1, 2.0), (4, 2.0), (0, 5.0), (2, 5.0), (5, 5.0)], popped);
    }

    [Fact]
    public void Cancel_PendingTimer_RemovesItAndReturnsTrue()
    {
        var calendar = new EventCalendar(3);
        calendar.Schedule(0, 1);
        calendar.Schedule(1, 2);
        calendar.Schedule(2, 3);

        Assert.True(calendar.Cancel(0));
        Assert.False(calendar.IsScheduled(0));
        Assert.Equal(2, calendar.Count);
        Assert.Equal(1, calendar.Pop(out double first));
        Assert.Equal(2, first);
        Assert.Equal(2, calendar.Pop(out double second));
        Assert.Equal(3, second);
    }

    [Fact]
    public void Cancel_TimerNotPending_ReturnsFalseAndChangesNothing()
    {
        var calendar = new EventCalendar(2);
        calendar.Schedule(1, 4);

        Assert.False(calendar.Cancel(0));
        calendar.Pop(out _);
        Assert.False(calendar.Cancel(1));
        Assert.Equal(0, calendar.Count);
    }

    [Fact]
    public void Schedule_PendingTimer_MovesItInsteadOfAddingASecondEvent()
    {
        var calendar = new EventCalendar(2);
        calendar.Schedule(0, 1);
        calendar.Schedule(1, 2);
        calendar.Schedule(0, 3);

        Assert.Equal(2, calendar.Count);
        Assert.Equal(3, calendar.TimeOf(0));
        Assert.Equal(1, calendar.Pop(out _));
        Assert.Equal(0, calendar.Pop(out double time));
        Assert.Equal(3, time);
    }

    [Fact]
    public void Schedule_RescheduleToTheSameTime_RanksAfterTimersAlreadyThere()
    {
        var calendar = new EventCalendar(3);
        calendar.Schedule(0, 5);
        calendar.Schedule(1, 5);
        calendar.Schedule(2, 5);
        calendar.Schedule(0, 5);

        Assert.Equal(1, calendar.Pop(out _));
        Assert.Equal(2, calendar.Pop(out _));
        Assert.Equal(0, calendar.Pop(out _));
    }

    [Fact]
    public void Schedule_RescheduleEarlier_FiresFirst()
    {
        var calendar = new EventCalendar(3);
        calendar.Schedule(0, 5);
        calendar.Schedule(1, 6);
        calendar.Schedule(2, 7);
        calendar.Schedule(2, 1);

        Assert.Equal(1, calendar.NextTime);
        Assert.Equal(2, calendar.Pop(out _));
    }

    [Fact]
    public void Clear_PendingTimers_EmptiesTheCalendarAndRestartsTheSequence()
    {
        var calendar = new EventCalendar(3);
        calendar.Schedule(2, 1);
        calendar.Schedule(1, 1);
        calendar.Clear();

        Assert.Equal(0, calendar.Count);
        Assert.False(calendar.IsScheduled(1));
        Assert.False(calendar.IsScheduled(2));

        calendar.Schedule(1, 1);
        calendar.Schedule(2, 1);
        Assert.Equal(1, calendar.Pop(out _));
        Assert.Equal(2, calendar.Pop(out _));
    }

    [Fact]
    public void TimerCount_NewCalendar_IsTheNumberAskedFor()
    {
        Assert.Equal(7, new EventCalendar(7).TimerCount);
        Assert.Throws<ArgumentOutOfRangeException>(() => new EventCalendar(-1));
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(EngineArbitraries)], Replay = "(20240611,987654321)")]
    public void Pop_AnyScript_MatchesSortedListModel(CalendarScript script)
    {
        var calendar = new EventCalendar(script.TimerCount);
        var reference = new ReferenceCalendar();
        foreach (CalendarOperation operation in script.Operations)
        {
            switch (operation.Kind)
            {
                case CalendarOperationKind.Schedule:
                    calendar.Schedule(operation.Timer, operation.Time);
                    reference.Schedule(operation.Timer, operation.Time);
                    break;
                case CalendarOperationKind.Cancel:
                    Assert.Equal(reference.Cancel(operation.Timer), calendar.Cancel(operation.Timer));
                    break;
                default:
                    if (reference.Count > 0)
                    {
                        Assert.Equal(reference.NextTime, calendar.NextTime);
                        int expected = reference.Pop(out double expectedTime);
                        int actual = calendar.Pop(out double actualTime);
                        Assert.Equal(expected, actual);
                        Assert.Equal(expectedTime, actualTime);
                    }

                    break;
            }

            Assert.Equal(reference.Count, calendar.Count);
            for (int timer = 0; timer < script.TimerCount; timer++)
            {
                Assert.Equal(reference.IsScheduled(timer), calendar.IsScheduled(timer));
                if (reference.IsScheduled(timer))
                {
                    Assert.Equal(reference.TimeOf(timer), calendar.TimeOf(timer));
                }
            }
        }

        // Drain: what is left also comes out in (time, sequence) order.
        while (reference.Count > 0)
        {
            Assert.Equal(reference.Pop(out double expectedTime), calendar.Pop(out double actualTime));
            Assert.Equal(expectedTime, actualTime);
        }

        Assert.Equal(0, calendar.Count);
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(EngineArbitraries)], Replay = "(20261128,424243)")]
    public void Pop_WideScript_MatchesPriorityQueue(WideCalendarScript wide)
    {
        CalendarScript script = wide.Script;
        var calendar = new EventCalendar(script.TimerCount);
        var reference = new PriorityQueue<int, (double Time, long Sequence)>();
        var pending = new (double Time, long Sequence)?[script.TimerCount];
        long sequence = 0;
        foreach (CalendarOperation operation in script.Operations)
        {
            switch (operation.Kind)
            {
                case CalendarOperationKind.Schedule:
                    calendar.Schedule(operation.Timer, operation.Time);
                    pending[operation.Timer] = (operation.Time, sequence++);
                    reference.Enqueue(operation.Timer, pending[operation.Timer]!.Value);
                    break;
                case CalendarOperationKind.Cancel:
                    Assert.Equal(pending[operation.Timer] is not null, calendar.Cancel(operation.Timer));
                    pending[operation.Timer] = null;
                    break;
                default:
                    if (PopReference(reference, pending, out int expected, out double expectedTime))
                    {
                        int actual = calendar.Pop(out double actualTime);
                        Assert.Equal((expected, expectedTime), (actual, actualTime));
                    }

                    break;
            }
        }

        while (PopReference(reference, pending, out int expected, out double expectedTime))
        {
            Assert.Equal((expected, expectedTime), (calendar.Pop(out double actualTime), actualTime));
        }

        Assert.Equal(0, calendar.Count);
    }

    [Fact]
    public void Pop_HoldModelOverManyScales_MatchesPriorityQueue()
    {
        // 1,000 timers: most fire every few seconds, some every few hours (failures), a few once a week; ties from
        // times rounded to whole seconds. The queue retunes its width as the mix changes halfway through.
        const int Timers = 1000;
        var calendar = new EventCalendar(Timers);
        var reference = new PriorityQueue<int, (double Time, long Sequence)>();
        var random = new Random(7);
        long sequence = 0;
        double Delay(int timer, bool late) => timer % 100 == 0 ? 604800 * random.NextDouble()
            : timer % 10 == 0 ? 7200 * random.NextDouble()
            : Math.Round(-Math.Log(1 - random.NextDouble()) * (late ? 5 : 55));
        for (int timer = 0; timer < Timers; timer++)
        {
            double time = Delay(timer, late: false);
            calendar.Schedule(timer, time);
            reference.Enqueue(timer, (time, sequence++));
        }

        for (int step = 0; step < 200_000; step++)
        {
            reference.TryDequeue(out int expected, out var key);
            int actual = calendar.Pop(out double time);
            Assert.Equal((expected, key.Time), (actual, time));
            if (step % 7 != 0 || calendar.Count < Timers / 2)
            {
                double next = time + Delay(actual, late: step > 100_000);
                calendar.Schedule(actual, next);
                reference.Enqueue(actual, (next, sequence++));
            }
        }
    }

    [Fact]
    public void Pop_PendingCountSwingingAcrossTheLadderAndQueueSizes_MatchesPriorityQueue()
    {
        // The number of pending timers swings between a handful and 700 five times, so the calendar moves its timers
        // from the ladder to the queue and back, with ties (whole seconds) pending at each move.
        const int Timers = 700;
        var calendar = new EventCalendar(Timers);
        var reference = new PriorityQueue<int, (double Time, long Sequence)>();
        var random = new Random(11);
        long sequence = 0;
        double now = 0;
        var idle = new Stack<int>(Enumerable.Range(0, Timers).Reverse());
        for (int swing = 0; swing < 5; swing++)
        {
            while (idle.Count > 0)
            {
                int timer = idle.Pop();
                double time = now + Math.Round(100 * random.NextDouble());
                calendar.Schedule(timer, time);
                reference.Enqueue(timer, (time, sequence++));
            }

            while (calendar.Count > 3)
            {
                reference.TryDequeue(out int expected, out var key);
                int actual = calendar.Pop(out now);
                Assert.Equal((expected, key.Time), (actual, now));
                idle.Push(actual);
                if (random.Next(3) == 0)
                {
                    // Some fire again, often at a time already taken.
                    int timer = idle.Pop();
                    double time = now + Math.Round(10 * random.NextDouble());
                    calendar.Schedule(timer, time);
                    reference.Enqueue(timer, (time, sequence++));
                }
            }
        }

        while (reference.TryDequeue(out int expected, out var key))
        {
            Assert.Equal((expected, key.Time), (calendar.Pop(out double time), time));
        }
    }

    /// <summary>Pops the reference's next entry that is still pending (cancelled and rescheduled entries stay in it).</summary>
    private static bool PopReference(PriorityQueue<int, (double Time, long Sequence)> reference, (double Time, long Sequence)?[] pending, out int timer, out double time)
    {
        while (reference.TryDequeue(out timer, out var key))
        {
            if (pending[timer] == key)
            {
                pending[timer] = null;
                time = key.Time;
                return true;
            }
        }

        time = 0;
        return false;
    }
}
