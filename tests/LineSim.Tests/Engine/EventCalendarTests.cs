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
}
