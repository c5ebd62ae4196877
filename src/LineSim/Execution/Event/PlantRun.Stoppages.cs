using LineSim.Logging;
using LineSim.Model;
using LineSim.RandomNumbers;

namespace LineSim.Execution.Event;

// What stops a machine: failures of each profile, repairs by a crew, and planned maintenance (count-based stops: PlantRun.CountStops.cs).
internal sealed partial class PlantRun<TFeatures>
{
    /// <summary>Prepares server <paramref name="m"/>'s failure profiles and count-based stops: their random streams and counters.</summary>
    private void PrepareStoppages(int m, long seed, int replication)
    {
        ref ServerSlot server = ref _server[m];
        int s = server.Station;
        FailureModel[] profiles = _plant.FailureProfiles[s];
        server.Fails = profiles.Length > 0;
        for (int p = 0; p < profiles.Length; p++)
        {
            int u = (m * _profiles) + p;
            _unit[u].InOperation = profiles[p].Mode == FailureMode.OperationDependent;
            server.FailsInOperation |= _unit[u].InOperation;
            _failureRandom[u] = RandomStreams.Create(seed, replication, _plant.UnitFailureStreams[u]);
            _repairRandom[u] = RandomStreams.Create(seed, replication, _plant.UnitRepairStreams[u]);
        }

        if (_plant.Stops[s].Length > 0)
        {
            _stopRandom[m] = RandomStreams.Create(seed, replication, _plant.ServerStopStreams[m]);
            _stopCounts[m] = new int[_plant.Stops[s].Length];
        }
    }

    /// <summary>Draws the first time to failure of each failure profile of server <paramref name="m"/>.</summary>
    private void StartFailures(int m)
    {
        ref ServerSlot server = ref _server[m];
        FailureModel[] profiles = _plant.FailureProfiles[server.Station];
        for (int p = 0; p < profiles.Length; p++)
        {
            int u = (m * _profiles) + p;
            double timeToFailure = profiles[p].TimeToFailure.Sample(_failureRandom[u]!);
            if (!_unit[u].InOperation)
            {
                // Counted in calendar time, from time 0 of the run: Monday 00:00, not the first shift's start.
                _calendar.Schedule(Timer(m, FailureTimer(p)), FailureDue(u, timeToFailure, from: 0));
            }
            else if (_profiles == 1)
            {
                server.TimeToFailure = timeToFailure;
            }
            else
            {
                _unit[u].TimeToFailure = timeToFailure;
            }
        }

        if (_profiles > 1 && server.FailsInOperation)
        {
            NextOperationFailure(m);
        }
    }

    /// <summary>With several profiles: which operation-dependent failure of server <paramref name="m"/> comes first, and after how much processing.</summary>
    private void NextOperationFailure(int m)
    {
        ref ServerSlot server = ref _server[m];
        int first = m * _profiles;
        int profiles = _plant.FailureProfiles[server.Station].Length;
        server.TimeToFailure = double.PositiveInfinity;
        for (int p = 0; p < profiles; p++)
        {
            if (_unit[first + p].InOperation && _unit[first + p].TimeToFailure < server.TimeToFailure)
            {
                server.TimeToFailure = _unit[first + p].TimeToFailure;
                server.NextFailure = p;
            }
        }
    }

    /// <summary>With several profiles: server <paramref name="m"/> processed <paramref name="work"/> seconds, which every operation-dependent profile counts.</summary>
    private void CountOperation(int m, double work)
    {
        int first = m * _profiles;
        int profiles = _plant.FailureProfiles[_server[m].Station].Length;
        for (int p = 0; p < profiles; p++)
        {
            if (_unit[first + p].InOperation)
            {
                _unit[first + p].TimeToFailure -= work;
            }
        }
    }

    /// <summary>Failure profile <paramref name="p"/> of server <paramref name="m"/> fails.</summary>
    private void Fail(int m, int p)
    {
        int u = (m * _profiles) + p;
        ref FailureSlot unit = ref _unit[u];
        ref ServerSlot server = ref _server[m];
        int s = server.Station;
        bool inWindow = Now > _windowOpens;
        if (_failuresInCalendarTime && !unit.InOperation)
        {
            // Due off shift, it takes effect when work resumes, and belongs to the window that holds that moment. That
            // instant of working time also ends the shift before: what is due then (a part's last second of work) goes
            // first, so the failure waits behind every event already due now, once.
            double effect = Math.Max(Stamp, _workCalendar!.NextWorking(unit.FailureDueAt));
            if (effect > Stamp && !unit.FailureHeldBack)
            {
                unit.FailureHeldBack = true;
                _calendar.Schedule(Timer(m, FailureTimer(p)), Now);
                return;
            }

            unit.FailureHeldBack = false;
            unit.FailedAt = effect;
            inWindow = effect > _windowOpensCalendar && effect <= _windowEnds;
        }

        unit.Failed = true;
        unit.FailedSince = Now;
        server.FailedProfiles++;

        if (inWindow)
        {
            _failures[s]++;
            unit.Failures++;
        }

        if (!server.Down)
        {
            Halt(m);
        }

        int crew = _plant.ProfileCrews[s][p];
        if (crew >= 0 && _crew[crew].Busy == _crew[crew].Size)
        {
            AccountCrew(crew);
            _crew[crew].Waiting++;
            _crewQueue[crew].Enqueue(u);
            unit.WaitingForCrew = true;
            if (server.CrewWaits++ == 0)
            {
                server.WaitingSince = Now;
                if (TFeatures.Bottlenecks)
                {
                    Reclassify(ref server);
                }
            }

            if (Trace)
            {
                _logger.StationWaitsForCrew(Now, _line.Names[s], _line.Model.Crews[crew].Name);
            }
        }
        else
        {
            StartRepair(u);
        }

        Wake(s);
    }

    /// <summary>
    /// Server <paramref name="m"/> stops (a failure, or maintenance): a pending completion is frozen with the time it
    /// had left, and the server counts as down.
    /// </summary>
    private void Halt(int m)
    {
        ref ServerSlot server = ref _server[m];
        if (server.CompletionPending)
        {
            int timer = Timer(m, CompletionTimer);
            server.Frozen = _calendar.TimeOf(timer) - Now;
            _calendar.Cancel(timer);
            server.CompletionPending = false;
            server.IsFrozen = true;
        }

        if (server.Phase == Phase.Empty)
        {
            _station[server.Station].IdleUp--;
            if (TFeatures.Carriers && _station[server.Station].BoardsLoop >= 0)
            {
                NoteBoarding(_station[server.Station].BoardsLoop, server.Station);
            }
        }

        server.Down = true;
        SetState(ref server, StationState.Down);
    }

    /// <summary>Server <paramref name="m"/> goes on with what it was doing when it stopped.</summary>
    private void Unhalt(int m)
    {
        ref ServerSlot server = ref _server[m];
        server.Down = false;
        switch (server.Phase)
        {
            case Phase.Processing when !server.IsFrozen:
                // An operation-dependent failure interrupted the part, which resumes with a new time to failure.
                StartProcessing(m, server.Remaining);
                break;
            case Phase.Processing:
            case Phase.Setup:
                SetState(ref server, server.Phase == Phase.Setup ? StationState.Setup : StationState.Working);
                server.IsFrozen = false;
                ScheduleCompletion(m, Now + server.Frozen);
                break;
            case Phase.Finished:
            case Phase.WaitingToStart:
                SetState(ref server, StationState.Blocked);
                break;
            default:
                _station[server.Station].IdleUp++;
                SetState(ref server, StationState.Starved);
                break;
        }

        Wake(server.Station);
    }

    /// <summary>
    /// When the next time-dependent failure of failure unit <paramref name="u"/> happens, in working time: <paramref name="timeToFailure"/>
    /// seconds of working time from now, or, counted in calendar time, from calendar time <paramref name="from"/>; one
    /// due off shift happens when work resumes.
    /// </summary>
    private double FailureDue(int u, double timeToFailure, double from)
    {
        if (!_failuresInCalendarTime)
        {
            return Now + timeToFailure;
        }

        double due = from + timeToFailure;
        _unit[u].FailureDueAt = due;
        return Math.Max(Now, _workCalendar!.ToWorking(due));
    }

    /// <summary>Failure unit <paramref name="u"/> (a server's failure profile) is repaired from now, by a technician of its crew if it has one.</summary>
    private void StartRepair(int u)
    {
        int m = u / _profiles;
        int p = u - (m * _profiles);
        ref ServerSlot server = ref _server[m];
        int s = server.Station;
        int crew = _plant.ProfileCrews[s][p];
        if (crew >= 0)
        {
            AccountCrew(crew);
            _crew[crew].Busy++;
            if (Now > _windowOpens)
            {
                _crew[crew].Repairs++;
            }
        }

        if (_unit[u].WaitingForCrew)
        {
            _unit[u].WaitingForCrew = false;
            if (--server.CrewWaits == 0)
            {
                server.WaitedForCrew += Now - Math.Max(server.WaitingSince, _windowStartWorking);
                if (TFeatures.Bottlenecks)
                {
                    Reclassify(ref server);
                }
            }
        }

        double repaired = Now + _plant.FailureProfiles[s][p].TimeToRepair.Sample(_repairRandom[u]!);
        _calendar.Schedule(Timer(m, RepairTimer(p)), repaired);
        if (Trace)
        {
            _logger.StationFailed(Now, _line.Names[s], repaired);
        }
    }

    private void OnRepaired(int m, int p)
    {
        int u = (m * _profiles) + p;
        ref FailureSlot unit = ref _unit[u];
        ref ServerSlot server = ref _server[m];
        int s = server.Station;
        unit.Failed = false;
        unit.DownTime += Now - Math.Max(unit.FailedSince, _windowStartWorking);
        server.FailedProfiles--;
        if (Trace)
        {
            _logger.StationRepaired(Now, _line.Names[s]);
        }

        int crew = _plant.ProfileCrews[s][p];
        if (crew >= 0)
        {
            AccountCrew(crew);
            _crew[crew].Busy--;
            if (_crewQueue[crew].Count > 0)
            {
                _crew[crew].Waiting--;
                StartRepair(_crewQueue[crew].Dequeue());
            }
        }

        double timeToFailure = _plant.FailureProfiles[s][p].TimeToFailure.Sample(_failureRandom[u]!);
        if (!unit.InOperation)
        {
            // Counted in calendar time from the end of the repair: for a failure that took effect when work resumed and
            // was repaired at once, that moment, not the end of the shift before, whose working time it shares (the
            // night would count again, and a failure due in it again at once, for ever).
            _calendar.Schedule(Timer(m, FailureTimer(p)), FailureDue(u, timeToFailure, from: Math.Max(Stamp, unit.FailedAt)));
        }
        else if (_profiles == 1)
        {
            server.TimeToFailure = timeToFailure;
        }
        else
        {
            unit.TimeToFailure = timeToFailure;
            NextOperationFailure(m);
        }

        if (server.FailedProfiles == 0 && _station[s].MaintenanceOpen == 0 && !server.Stopped)
        {
            Unhalt(m);
        }
    }

    /// <summary>A maintenance window of a station opens or closes.</summary>
    private void OnMaintenance(int w)
    {
        ref MaintenanceSlot window = ref _maintenance[w];
        int s = window.Station;
        ref StationSlot station = ref _station[s];
        window.Open = !window.Open;
        if (window.Open)
        {
            if (station.MaintenanceOpen++ == 0)
            {
                station.MaintenanceSince = Now;
                for (int m = station.FirstServer; m < station.FirstServer + station.Servers; m++)
                {
                    if (!_server[m].Down)
                    {
                        Halt(m);
                    }
                }

                if (TFeatures.Bottlenecks)
                {
                    ReclassifyStation(s);
                }

                Wake(s);
            }

            _calendar.Schedule(_maintenanceTimers + w, window.End);
            return;
        }

        if (--station.MaintenanceOpen == 0)
        {
            station.MaintenanceTime += (Now - Math.Max(station.MaintenanceSince, _windowStartWorking)) * station.Servers;
            for (int m = station.FirstServer; m < station.FirstServer + station.Servers; m++)
            {
                if (_server[m].FailedProfiles == 0 && !_server[m].Stopped)
                {
                    Unhalt(m);
                }
            }

            if (TFeatures.Bottlenecks)
            {
                ReclassifyStation(s);
            }
        }

        window.Occurrence++;
        ScheduleMaintenance(w);
    }

    /// <summary>Schedules the next occurrence of maintenance window <paramref name="w"/> that takes any working time.</summary>
    private void ScheduleMaintenance(int w)
    {
        ref MaintenanceSlot window = ref _maintenance[w];
        for (int skipped = 0; skipped < MaxSkippedWindows; skipped++)
        {
            double start = window.First + (window.Occurrence * window.Every);
            double from = ToWorking(start);
            double to = ToWorking(start + window.Duration);
            if (to > from)
            {
                window.End = to;
                _calendar.Schedule(_maintenanceTimers + w, Math.Max(from, Now));
                return;
            }

            window.Occurrence++;
        }

        // Windows that keep falling outside working time cost nothing; stop looking for one that does not.
    }

    /// <summary>Counts the crew's busy and waiting time since the last change, in working time: nobody repairs off shift.</summary>
    private void AccountCrew(int c)
    {
        ref CrewSlot crew = ref _crew[c];
        double now = Now;
        double elapsed = now - crew.Since;
        crew.BusyArea += crew.Busy * elapsed;
        crew.WaitingArea += crew.Waiting * elapsed;
        crew.Since = now;
    }

    /// <summary>One maintenance window of a station: its occurrences start at First + k x Every (calendar time).</summary>
    private struct MaintenanceSlot
    {
        public int Station;
        public double First;
        public double Every;
        public double Duration;
        public int Occurrence;
        public bool Open;

        /// <summary>When the open occurrence ends, in working time.</summary>
        public double End;
    }

    private struct CrewSlot
    {
        public int Size;
        public int Busy;
        public int Waiting;
        public long Repairs;
        public double Since;
        public double BusyArea;
        public double WaitingArea;
    }
}
