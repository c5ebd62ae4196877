using LineSim.Engine;

namespace LineSim.Tests.Engine;

/// <summary>
/// The sorted array of the event calendar at every number of pending timers it holds: up to sixteen (where its count
/// and move always cover sixteen places), across sixteen, and up to its capacity (a block of eight at a time).
/// </summary>
public sealed class SortedTimersTests
{
    [Fact]
    public void Pop_EveryCountUpToCapacity_MatchesReferenceCalendar()
    {
        var random = new Random(5);
        for (int pending = 1; pending <= SortedTimers.Capacity; pending++)
        {
            var timers = new SortedTimers(SortedTimers.Capacity);
            var reference = new ReferenceCalendar();

            // Times on a coarse grid, so that many are equal and their order is the order of scheduling.
            foreach (int timer in Enumerable.Range(0, pending).OrderBy(_ => random.Next()))
            {
                double time = random.Next(pending / 2 + 1);
                timers.Schedule(timer, time);
                reference.Schedule(timer, time);
            }

            // Each popped timer fires again a little later, so the count stays where it is.
            for (int step = 0; step < 3 * pending; step++)
            {
                Assert.Equal(reference.Count, timers.Count);
                Assert.Equal(reference.NextTime, timers.NextTime);
                int expected = reference.Pop(out double expectedTime);
                Assert.Equal((expected, expectedTime), (timers.Pop(out double time), time));
                double next = time + random.Next(pending / 2 + 1);
                timers.Schedule(expected, next);
                reference.Schedule(expected, next);
            }

            Drain(timers, reference);
        }
    }

    [Theory]
    [InlineData(10)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(60)]
    [InlineData(SortedTimers.Capacity)]
    public void CancelAndReschedule_PendingTimersAnywhere_LeaveTheRestInOrder(int pending)
    {
        var random = new Random(pending);
        var timers = new SortedTimers(pending);
        var reference = new ReferenceCalendar();
        for (int timer = 0; timer < pending; timer++)
        {
            double time = random.Next(20);
            timers.Schedule(timer, time);
            reference.Schedule(timer, time);
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
                timers.Schedule(timer, time);
                reference.Schedule(timer, time);
                Assert.Equal(time, timers.TimeOf(timer));
            }

            Assert.Equal(reference.Count, timers.Count);
        }

        Drain(timers, reference);
    }

    [Fact]
    public void Drain_PendingTimers_ComeOutInFiringOrderAndLeaveItEmpty()
    {
        var timers = new SortedTimers(40);
        var reference = new ReferenceCalendar();
        for (int timer = 0; timer < 40; timer++)
        {
            double time = (timer * 7) % 5;
            timers.Schedule(timer, time);
            reference.Schedule(timer, time);
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

    private static void Drain(SortedTimers timers, ReferenceCalendar reference)
    {
        while (reference.Count > 0)
        {
            int expected = reference.Pop(out double expectedTime);
            Assert.Equal((expected, expectedTime), (timers.Pop(out double time), time));
        }

        Assert.Equal(0, timers.Count);
    }
}
