using LineSim.Logging;

namespace LineSim.Execution.Event;

// What stops a machine: failures, repairs by a crew, and planned maintenance.
internal sealed partial class PlantRun<TFeatures>
{
    private void Fail(int m)
    {
        ref ServerSlot server = ref _server[m];
        int s = server.Station;
        ref StationSlot station = ref _station[s];
        bool inWindow = Now > _windowOpens;
        if (_failuresInCalendarTime && !server.FailsInOperation)
        {
            // Due off shift, it takes effect when work resumes, and belongs to the window that holds that moment. That
            // instant of working time also ends the shift before: what is due then (a part's last second of work) goes
            // first, so the failure waits behind every event already due now, once.
            double effect = Math.Max(Stamp, _workCalendar!.NextWorking(server.FailureDueAt));
            if (effect > Stamp && !server.FailureHeldBack)
            {
                server.FailureHeldBack = true;
                _calendar.Schedule(Timer(m, FailureTimer), Now);
                return;
            }

            server.FailureHeldBack = false;
            server.FailedAt = effect;
            inWindow = effect > _windowOpensCalendar && effect <= _windowEnds;
        }

        server.Failed = true;

        if (inWindow)
        {
            _failures[s]++;
        }

        if (!server.Down)
        {
            Halt(m);
        }

        int crew = station.Crew;
        if (crew >= 0 && _crew[crew].Busy == _crew[crew].Size)
        {
            AccountCrew(crew);
            _crew[crew].Waiting++;
            _crewQueue[crew].Enqueue(m);
            server.WaitingForCrew = true;
            server.WaitingSince = Now;
            if (TFeatures.Bottlenecks)
            {
                Reclassify(ref server);
            }
            if (Trace)
            {
                _logger.StationWaitsForCrew(Now, _line.Names[s], _line.Model.Crews[crew].Name);
            }
        }
        else
        {
            StartRepair(m);
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
    /// When the next time-dependent failure of server <paramref name="m"/> happens, in working time: <paramref name="timeToFailure"/>
    /// seconds of working time from now, or, counted in calendar time, from calendar time <paramref name="from"/>; one
    /// due off shift happens when work resumes.
    /// </summary>
    private double FailureDue(int m, double timeToFailure, double from)
    {
        if (!_failuresInCalendarTime)
        {
            return Now + timeToFailure;
        }

        double due = from + timeToFailure;
        _server[m].FailureDueAt = due;
        return Math.Max(Now, _workCalendar!.ToWorking(due));
    }

    private void StartRepair(int m)
    {
        ref ServerSlot server = ref _server[m];
        int s = server.Station;
        int crew = _station[s].Crew;
        if (crew >= 0)
        {
            AccountCrew(crew);
            _crew[crew].Busy++;
            if (Now > _windowOpens)
            {
                _crew[crew].Repairs++;
            }
        }

        if (server.WaitingForCrew)
        {
            server.WaitingForCrew = false;
            server.WaitedForCrew += Now - Math.Max(server.WaitingSince, _windowStartWorking);
            if (TFeatures.Bottlenecks)
            {
                Reclassify(ref server);
            }
        }

        double repaired = Now + _line.Failures[s]!.TimeToRepair.Sample(_repairRandom[m]!);
        _calendar.Schedule(Timer(m, RepairTimer), repaired);
        if (Trace)
        {
            _logger.StationFailed(Now, _line.Names[s], repaired);
        }
    }

    private void OnRepaired(int m)
    {
        ref ServerSlot server = ref _server[m];
        int s = server.Station;
        server.Failed = false;
        if (Trace)
        {
            _logger.StationRepaired(Now, _line.Names[s]);
        }

        int crew = _station[s].Crew;
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

        double timeToFailure = _line.Failures[s]!.TimeToFailure.Sample(_failureRandom[m]!);
        if (server.FailsInOperation)
        {
            server.TimeToFailure = timeToFailure;
        }
        else
        {
            // Counted in calendar time from the end of the repair: for a failure that took effect when work resumed and
            // was repaired at once, that moment, not the end of the shift before, whose working time it shares (the
            // night would count again, and a failure due in it again at once, for ever).
            _calendar.Schedule(Timer(m, FailureTimer), FailureDue(m, timeToFailure, from: Math.Max(Stamp, server.FailedAt)));
        }

        if (_station[s].MaintenanceOpen == 0)
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
                if (!_server[m].Failed)
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
