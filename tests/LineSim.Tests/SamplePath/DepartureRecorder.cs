using LineSim.Execution.Compiled;

namespace LineSim.Tests.SamplePath;

/// <summary>Records every departure of every part from every station, keyed by (station, part number).</summary>
internal sealed class DepartureRecorder : IDepartureObserver
{
    public Dictionary<(int Station, long Part), double> Departures { get; } = [];

    public void OnDeparture(int station, long part, double time) => Departures.Add((station, part), time);
}
