using LineSim.Execution.Compiled;

namespace LineSim.Tests.Network;

/// <summary>
/// Records every time a part leaves a station, keyed by (station, part number); a part sent back for rework leaves a
/// station more than once, so each key holds a list in time order.
/// </summary>
internal sealed class DepartureLog : IDepartureObserver
{
    private readonly Dictionary<(int Station, long Part), List<double>> _departures = [];

    public void OnDeparture(int station, long part, double time)
    {
        if (!_departures.TryGetValue((station, part), out List<double>? times))
        {
            times = [];
            _departures.Add((station, part), times);
        }

        times.Add(time);
    }

    /// <summary>The times <paramref name="part"/> left <paramref name="station"/>; empty when it never did.</summary>
    public IReadOnlyList<double> Of(int station, long part) => _departures.TryGetValue((station, part), out List<double>? times) ? times : [];

    /// <summary>Every (station, part) that a part left at least once.</summary>
    public IEnumerable<(int Station, long Part)> Keys => _departures.Keys;

    /// <summary>The numbers of the parts that left <paramref name="station"/> at least once.</summary>
    public IEnumerable<long> PartsFrom(int station) => _departures.Keys.Where(key => key.Station == station).Select(key => key.Part);
}
