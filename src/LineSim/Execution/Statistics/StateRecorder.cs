using LineSim.Execution.Compiled;
using LineSim.Results;

namespace LineSim.Execution.Statistics;

/// <summary>
/// Records every machine's changes of state (<see cref="StationActivity"/>, and off shift) within a window of calendar
/// time, fed by <see cref="ActivePeriods"/>, which sees every change in working time.
/// </summary>
internal sealed class StateRecorder
{
    private readonly string[] _names;
    private readonly int[] _servers;
    private readonly int[] _first;
    private readonly MachineState[] _state;
    private readonly WorkCalendar? _calendar;
    private readonly double _from;
    private readonly double _to;
    private readonly List<StateChange> _changes = [];
    private bool _opened;
    private double _lastBoundary = double.NaN;
    private double _offFrom = double.NaN;
    private double _offTo = double.NaN;

    public StateRecorder(string[] names, int[] servers, WorkCalendar? calendar, double from, double to)
    {
        _names = names;
        _servers = servers;
        _first = new int[servers.Length];
        int total = 0;
        for (int s = 0; s < servers.Length; s++)
        {
            _first[s] = total;
            total += servers[s];
        }

        _state = new MachineState[total];
        Array.Fill(_state, MachineState.Starved);
        _calendar = calendar;
        _from = from;
        _to = to;

        // Before the first shift nothing works: off shift until it starts.
        double firstShift = calendar?.NextWorking(0) ?? 0;
        if (firstShift > 0)
        {
            _offFrom = 0;
            _offTo = firstShift;
            for (int s = 0; s < servers.Length; s++)
            {
                for (int k = 0; k < servers[s]; k++)
                {
                    Record(firstShift, s, k, MachineState.Starved);
                }
            }
        }
    }

    /// <summary>Machine <paramref name="server"/> (from 0) of station <paramref name="s"/> starts <paramref name="activity"/> at working time <paramref name="working"/>.</summary>
    public void Change(int s, int server, double working, int activity)
    {
        // What happens at the working instant a stretch of work ended happens when work resumes.
        double time = working == _lastBoundary ? _offTo : _calendar?.ToCalendar(working) ?? working;
        Record(time, s, server, (MachineState)activity);
        _state[_first[s] + server] = (MachineState)activity;
    }

    /// <summary>Work stops at working time <paramref name="working"/> until the next working interval.</summary>
    public void Boundary(double working)
    {
        double end = _calendar!.ToCalendar(working);
        double resume = _calendar.NextStartAfter(end);
        for (int s = 0; s < _servers.Length; s++)
        {
            for (int k = 0; k < _servers[s]; k++)
            {
                Record(end, s, k, MachineState.OffShift);
            }
        }

        _lastBoundary = working;
        _offFrom = end;
        _offTo = resume;
        for (int s = 0; s < _servers.Length; s++)
        {
            for (int k = 0; k < _servers[s]; k++)
            {
                Record(resume, s, k, _state[_first[s] + k]);
            }
        }
    }

    /// <summary>The timeline of replication <paramref name="replication"/>, which ended at calendar time <paramref name="end"/>.</summary>
    public StateTimeline ToTimeline(int replication, double end)
    {
        Open();
        return new StateTimeline
        {
            Replication = replication,
            From = _from,
            To = Math.Min(_to, end),
            Stations = [.. _names.Select((name, s) => (name, _servers[s]))],
            Changes = [.. _changes.Where(c => c.Time <= end)],
        };
    }

    private void Record(double time, int s, int server, MachineState state)
    {
        if (time <= _from || time > _to)
        {
            return;
        }

        Open();
        _changes.Add(new StateChange(time, _names[s], server + 1, state));
    }

    /// <summary>Each machine's state at the window's start, once.</summary>
    private void Open()
    {
        if (_opened)
        {
            return;
        }

        _opened = true;
        bool offShift = _from >= _offFrom && _from < _offTo;
        for (int s = 0; s < _servers.Length; s++)
        {
            for (int k = 0; k < _servers[s]; k++)
            {
                _changes.Add(new StateChange(_from, _names[s], k + 1, offShift ? MachineState.OffShift : _state[_first[s] + k]));
            }
        }
    }
}
