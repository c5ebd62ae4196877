namespace LineSim.Execution.Event;

// Exits pulled by their downstream on a schedule: at each pull the exit gives up one finished part, if it holds one.
internal sealed partial class PlantRun<TFeatures>
{
    /// <summary>The downstream of a pulled exit takes a part: the one blocked longest on a machine that is up.</summary>
    private void OnPull(int p)
    {
        int s = _plant.Pulls[p].Station;
        ref StationSlot station = ref _station[s];
        int best = -1;
        long since = long.MaxValue;
        for (int m = station.FirstServer; m < station.FirstServer + station.Servers; m++)
        {
            ref ServerSlot server = ref _server[m];
            if (server.Phase == Phase.Finished && !(Stoppable && server.Down) && (best < 0 || server.BlockedSequence < since)
                && !(TFeatures.Carriers && _finiteReturns && ReturnIsFull(m, server.Part, s)))
            {
                best = m;
                since = server.BlockedSequence;
            }
        }

        if (best >= 0)
        {
            Depart(s, _server[best].Part);
            station.Blocked--;
            _server[best].Part = -1;
            Emptied(best);
        }

        _pull[p].Next++;
        SchedulePull(p);
    }

    /// <summary>Schedules pull <paramref name="p"/>'s next time, if it has one.</summary>
    private void SchedulePull(int p)
    {
        double at = _plant.Pulls[p].Schedule.TimeOf(_pull[p].Next);
        if (!double.IsInfinity(at))
        {
            _calendar.Schedule(_pullTimers + p, Math.Max(at, Now));
        }
    }

    /// <summary>How far a pulled exit's schedule has come: the index of its next time, counting every round.</summary>
    private struct PullSlot
    {
        public long Next;
    }
}
