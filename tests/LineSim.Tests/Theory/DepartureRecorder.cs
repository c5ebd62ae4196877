using LineSim.Execution.Compiled;

namespace LineSim.Tests.Theory;

/// <summary>Records the time each part leaves each station.</summary>
internal sealed class DepartureRecorder(int stations) : IDepartureObserver
{
    private readonly List<double>[] _departures = [.. Enumerable.Range(0, stations).Select(_ => new List<double>())];

    /// <summary>The departure times from <paramref name="station"/>, indexed by part number.</summary>
    public IReadOnlyList<double> From(int station) => _departures[station];

    public void OnDeparture(int station, long part, double time)
    {
        Assert.Equal(_departures[station].Count, part);
        _departures[station].Add(time);
    }
}
