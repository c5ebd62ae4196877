using LineSim.Engine;

namespace LineSim.Tests.Engine;

/// <summary>
/// The ladder of the event calendar at every number of pending timers it holds: up to two dozen in its sorted array
/// alone, then with buckets and a top list, setting rungs, bringing buckets near, and dropping its buckets again; with
/// ties, timers that never fire, cancelling and rescheduling anywhere.
/// </summary>
public sealed class LadderTimersTests
{
    [Fact]
    public void Pop_EveryCountUpToCapacity_MatchesReferenceCalendar()
    {
        var random = new Random(5);
        for (int pending = 1; pending <= LadderTimers.Capacity; pending++)
        {
            var timers = new LadderTimers(LadderTimers.Capacity);
            var reference = new ReferenceCalendar();

            // Times on a coarse grid, so that many are equal and their order is the order of scheduling.
            foreach (int timer in Enumerable.Range(0, pending).OrderBy(_ => random.Next()))
            {
                double time = random.Next(pending / 2 + 1);
                ScheduleBoth(timers, reference, timer, time);
            }

            // Each popped timer fires again a little later, so the count stays where it is.
            for (int step = 0; step < 3 * pending; step++)
            {
                Assert.Equal(reference.Count, timers.Count);
                Assert.Equal(reference.NextTime, timers.NextTime);
                int expected = PopBoth(timers, reference, out double time);
                double next = time + random.Next(pending / 2 + 1);
                ScheduleBoth(timers, reference, expected, next);
            }

            Drain(timers, reference);
        }
    }

    [Theory]
    [InlineData(10)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(60)]
    [InlineData(LadderTimers.Capacity)]
    public void CancelAndReschedule_PendingTimersAnywhere_LeaveTheRestInOrder(int pending)
    {
        var random = new Random(pending);
        var timers = new LadderTimers(pending);
        var reference = new ReferenceCalendar();
        for (int timer = 0; timer < pending; timer++)
        {
            double time = random.Next(20);
            ScheduleBoth(timers, reference, timer, time);
        }

        for (int step = 0; step < 10 * pending; step++)
        {
            int timer = random.Next(pending);
            if (step % 3 == 0)
            {
                Assert.Equal(reference.Cancel(timer), timers.Cancel(timer));
                Assert.False(timers.IsScheduled(timer));
            }
            else
            {
                // Scheduling a pending timer moves it: to the back of the timers due at the same time.
                double time = random.Next(20);
                ScheduleBoth(timers, reference, timer, time);
                Assert.Equal(time, timers.TimeOf(timer));
            }

            Assert.Equal(reference.Count, timers.Count);
        }

        Drain(timers, reference);
    }

    [Fact]
    public void Drain_PendingTimers_ComeOutInFiringOrderAndLeaveItEmpty()
    {
        var timers = new LadderTimers(40);
        var reference = new ReferenceCalendar();
        for (int timer = 0; timer < 40; timer++)
        {
            double time = (timer * 7) % 5;
            ScheduleBoth(timers, reference, timer, time);
        }

        var drainedTimers = new int[40];
        var drainedTimes = new double[40];
        Assert.Equal(40, timers.Drain(drainedTimers, drainedTimes));
        for (int i = 0; i < 40; i++)
        {
            int expected = reference.Pop(out double expectedTime);
            Assert.Equal((expected, expectedTime), (drainedTimers[i], drainedTimes[i]));
        }

        Assert.Equal(0, timers.Count);
        Assert.All(Enumerable.Range(0, 40), timer => Assert.False(timers.IsScheduled(timer)));
    }

    [Theory]
    [InlineData(25)]
    [InlineData(40)]
    [InlineData(100)]
    [InlineData(300)]
    [InlineData(LadderTimers.Capacity)]
    public void Pop_HoldModelWithExponentialDelays_MatchesReferenceCalendar(int pending)
    {
        // The reference line's pattern: each event schedules its timer again an exponential delay later, so the
        // buckets fill, come near and are set anew from the top many times. A tenth of the delays are whole seconds,
        // so that timers due at the same time meet in buckets and on the top list.
        var random = new Random(pending);
        var timers = new LadderTimers(pending);
        var reference = new ReferenceCalendar();
        double Delay(int step) => step % 10 == 0
            ? Math.Round(-55 * Math.Log(1 - random.NextDouble()))
            : -55 * Math.Log(1 - random.NextDouble());
        for (int timer = 0; timer < pending; timer++)
        {
            double time = Delay(timer);
            ScheduleBoth(timers, reference, timer, time);
        }

        for (int step = 0; step < 40 * pending; step++)
        {
            int expected = PopBoth(timers, reference, out double time);
            double next = time + Delay(step);
            ScheduleBoth(timers, reference, expected, next);
            if (step % 5 == 0)
            {
                // Another timer, near or far, moves or is cancelled and comes back.
                int other = random.Next(pending);
                double moved = time + Delay(step + 1);
                if (step % 2 == 0)
                {
                    Assert.Equal(reference.Cancel(other), timers.Cancel(other));
                }

                ScheduleBoth(timers, reference, other, moved);
            }

            Assert.Equal(reference.Count, timers.Count);
        }

        Drain(timers, reference);
    }

    [Fact]
    public void Pop_QuickTimersAmongSlowOnes_MatchesReferenceCalendar()
    {
        // A hundred completions a minute apart among a hundred failures hours apart: the first rung's buckets, sized
        // from all of them, hold most of the completions, and the later rungs narrow from what they held.
        var random = new Random(21);
        var timers = new LadderTimers(200);
        var reference = new ReferenceCalendar();
        double Delay(int timer) => -(timer < 100 ? 55 : 7200) * Math.Log(1 - random.NextDouble());
        for (int timer = 0; timer < 200; timer++)
        {
            double time = Delay(timer);
            ScheduleBoth(timers, reference, timer, time);
        }

        for (int step = 0; step < 20_000; step++)
        {
            int expected = PopBoth(timers, reference, out double time);
            double next = time + Delay(expected);
            ScheduleBoth(timers, reference, expected, next);
        }

        Drain(timers, reference);
    }

    [Fact]
    public void Pop_ManyDueAtOneTimeAmongSpreadOnes_FireInSchedulingOrder()
    {
        // Sixty timers due at 10 share a bucket with others, more than a bucket brings near at once; forty more are
        // spread around them.
        var random = new Random(3);
        var timers = new LadderTimers(100);
        var reference = new ReferenceCalendar();
        foreach (int timer in Enumerable.Range(0, 100).OrderBy(_ => random.Next()))
        {
            double time = timer < 60 ? 10 : 20 * random.NextDouble();
            ScheduleBoth(timers, reference, timer, time);
        }

        Drain(timers, reference);
    }

    [Fact]
    public void Pop_AllDueAtOneTime_FireInSchedulingOrder()
    {
        // Timers all due at the same time give buckets no width: they all stay in the sorted array, in order.
        var timers = new LadderTimers(200);
        var reference = new ReferenceCalendar();
        for (int step = 0; step < 400; step++)
        {
            int timer = (step * 37) % 200;
            ScheduleBoth(timers, reference, timer, 5);
        }

        Drain(timers, reference);
    }

    [Fact]
    public void Pop_TimersThatNeverFire_StayBehindTheRestAndKeepTheirOrder()
    {
        // Timers due at infinity (a failure that never comes) sit on the top list through every rung and fire last,
        // in the order they were scheduled; cancelling them leaves the rest in order.
        var random = new Random(9);
        var timers = new LadderTimers(120);
        var reference = new ReferenceCalendar();
        for (int timer = 0; timer < 120; timer++)
        {
            double time = timer % 4 == 0 ? double.PositiveInfinity : -55 * Math.Log(1 - random.NextDouble());
            ScheduleBoth(timers, reference, timer, time);
        }

        for (int step = 0; step < 3000; step++)
        {
            int expected = PopBoth(timers, reference, out double time);
            double next = expected % 8 == 0 ? double.PositiveInfinity : time - (55 * Math.Log(1 - random.NextDouble()));
            ScheduleBoth(timers, reference, expected, next);
            if (step % 50 == 0)
            {
                Assert.Equal(reference.Cancel(step % 120), timers.Cancel(step % 120));
            }
        }

        Drain(timers, reference);
    }

    [Fact]
    public void Pop_PendingCountFallingAndRising_DropsAndSetsBucketsInOrder()
    {
        // From 200 pending down to a handful (the buckets go, every timer near) and back up, three times.
        var random = new Random(13);
        var timers = new LadderTimers(200);
        var reference = new ReferenceCalendar();
        double now = 0;
        var idle = new Stack<int>(Enumerable.Range(0, 200));
        for (int swing = 0; swing < 3; swing++)
        {
            while (idle.Count > 0)
            {
                int timer = idle.Pop();
                double time = now + (30 * random.NextDouble());
                ScheduleBoth(timers, reference, timer, time);
            }

            while (reference.Count > 2)
            {
                int expected = PopBoth(timers, reference, out now);
                idle.Push(expected);
                Assert.Equal(reference.Count, timers.Count);
            }
        }

        Drain(timers, reference);
    }

    [Fact]
    public void Clear_TimersNearInBucketsAndOnTop_LeavesNoneAndStartsAfresh()
    {
        var random = new Random(17);
        var timers = new LadderTimers(150);
        for (int timer = 0; timer < 150; timer++)
        {
            timers.Schedule(timer, timer % 10 == 0 ? double.PositiveInfinity : 1000 * random.NextDouble());
        }

        timers.Pop(out _);
        timers.Clear();

        Assert.Equal(0, timers.Count);
        Assert.All(Enumerable.Range(0, 150), timer => Assert.False(timers.IsScheduled(timer)));
        var reference = new ReferenceCalendar();
        for (int timer = 0; timer < 150; timer++)
        {
            double time = 50 * random.NextDouble();
            ScheduleBoth(timers, reference, timer, time);
        }

        Drain(timers, reference);
    }

    [Fact]
    public void TryPop_HorizonNotANumber_PopsNothing()
    {
        // As the calendar queue: no time is due "at or before" NaN.
        var timers = new LadderTimers(1);
        timers.Schedule(0, 5);

        Assert.False(timers.TryPop(double.NaN, out _, out _));
        Assert.Equal(1, timers.Count);
    }

    private static void Drain(LadderTimers timers, ReferenceCalendar reference)
    {
        while (reference.Count > 0)
        {
            PopBoth(timers, reference, out _);
        }

        Assert.Equal(0, timers.Count);
    }

    /// <summary>Pops the next timer of both and checks that they agree on it and its time.</summary>
    private static int PopBoth(LadderTimers timers, ReferenceCalendar reference, out double time)
    {
        int expected = reference.Pop(out double expectedTime);
        Assert.Equal((expected, expectedTime), (timers.Pop(out time), time));
        return expected;
    }

    private static void ScheduleBoth(LadderTimers timers, ReferenceCalendar reference, int timer, double time)
    {
        timers.Schedule(timer, time);
        reference.Schedule(timer, time);
    }
}
