namespace LineSim.Tests.Engine;

/// <summary>
/// The obvious model of the event calendar: a list of (time, sequence, timer) entries, searched for the least one.
/// Slow, but plainly right, so the calendar is compared against it.
/// </summary>
internal sealed class ReferenceCalendar
{
    private readonly List<(double Time, long Sequence, int Timer)> _entries = [];
    private long _sequence;

    public int Count => _entries.Count;

    public bool IsScheduled(int timer) => _entries.Exists(e => e.Timer == timer);

    public double TimeOf(int timer) => _entries.Find(e => e.Timer == timer).Time;

    public void Schedule(int timer, double time)
    {
        _entries.RemoveAll(e => e.Timer == timer);
        _entries.Add((time, _sequence++, timer));
    }

    public bool Cancel(int timer) => _entries.RemoveAll(e => e.Timer == timer) > 0;

    public double NextTime => _entries.Min(e => (e.Time, e.Sequence)).Time;

    public int Pop(out double time)
    {
        var first = _entries.OrderBy(e => e.Time).ThenBy(e => e.Sequence).First();
        _entries.Remove(first);
        time = first.Time;
        return first.Timer;
    }
}
