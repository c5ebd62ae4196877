using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using LineSim.Analysis;
using LineSim.Execution.Statistics;
using LineSim.Logging;
using LineSim.Model;
using LineSim.Results;

namespace LineSim.Execution.Event;

// What the run counts: states, levels, shortages, work in process, and the results.
internal sealed partial class PlantRun<TFeatures>
{
    private void OnWarmupEnd()
    {
        _clockFloor = _warmup;
        FlushStatistics();
        for (int m = 0; m < _serverCount; m++)
        {
            _server[m].Times = default;
            _server[m].WaitedForCrew = 0;
            _server[m].StoppedTime = 0;
        }

        for (int u = 0; u < _unit.Length; u++)
        {
            _unit[u].DownTime = 0;
        }

        for (int s = 0; s < _stationCount; s++)
        {
            _station[s].MaintenanceTime = 0;
        }

        for (int g = 0; g < _segment.Length; g++)
        {
            _segment[g].StopTimes = default;
            _segment[g].StopSince = Now;
        }

        for (int l = 0; l < _links.Length; l++)
        {
            ref LinkSlot link = ref _link[l];
            link.LevelArea = 0;
            link.FullTime = 0;
            link.EmptyTime = 0;
            _supply[l].HeldBack = 0;
        }

        foreach (double[]? times in _shortTime)
        {
            times?.AsSpan().Clear();
        }

        for (int c = 0; c < _crew.Length; c++)
        {
            _crew[c].BusyArea = 0;
            _crew[c].WaitingArea = 0;
        }

        for (int c = 0; c < _loop.Length; c++)
        {
            ref LoopSlot loop = ref _loop[c];
            loop.LoadedArea = 0;
            loop.ReturningArea = 0;
            loop.IdleArea = 0;
            loop.NoneIdleTime = 0;
            loop.BoardWaitingTime = 0;
            loop.BlockedTime = 0;
        }

        _workInProcessArea = 0;

        // The window opens at the end of the warm-up, in calendar time. Clock cannot say so when the warm-up ends off
        // shift before the first working instant of the run: working time 0 maps to the start of the first shift.
        _windowStart = _warmup;
        _windowStartWorking = Now;
        if (Trace)
        {
            _logger.WarmupEnded(Now);
        }
    }

    /// <summary>Puts a server in <paramref name="state"/>, counting the time it spent in the old one.</summary>
    private void SetState(ref ServerSlot server, StationState state)
    {
        double now = Now;
        server.Times[(int)server.State] += now - server.StateSince;
        server.StateSince = now;
        server.State = state;
        if (TFeatures.Bottlenecks)
        {
            Classify(ref server, state);
        }
    }

    /// <summary>Tells the active period method what server <paramref name="server"/>, now in <paramref name="state"/>, does, if that changed.</summary>
    /// <remarks>Inlined, so that where <paramref name="state"/> is a constant its activity is one too, and a call that changes no activity costs one comparison.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Classify(ref ServerSlot server, StationState state)
    {
        int activity = state switch
        {
            StationState.Working => StationActivity.Working,
            StationState.Starved => StationActivity.Starved,
            StationState.Blocked => StationActivity.Blocked,
            StationState.Setup => StationActivity.Setup,
            _ => DownActivity(ref server),
        };
        if (activity != server.Activity)
        {
            ChangeActivity(ref server, activity);
        }
    }

    /// <summary>Tells the active period method what server <paramref name="server"/> now does, if that changed.</summary>
    private void Reclassify(ref ServerSlot server) => Classify(ref server, server.State);

    /// <summary>What a server that is down does, as the active period method sees it.</summary>
    private int DownActivity(ref ServerSlot server)
    {
        if (_station[server.Station].MaintenanceOpen > 0)
        {
            return StationActivity.Maintenance;
        }

        if (server.CrewWaits > 0)
        {
            return StationActivity.WaitingForCrew;
        }

        // A stop after a count of parts (tip dressing) is planned work on the machine, as maintenance is.
        return server.Stopped && server.FailedProfiles == 0 ? StationActivity.Maintenance : StationActivity.Repair;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ChangeActivity(ref ServerSlot server, int activity)
    {
        _activePeriods!.Change(server.Station, server.Number, Now, server.Activity, activity);
        server.Activity = activity;
    }

    /// <summary>Tells the active period method what each server of station <paramref name="s"/> now does.</summary>
    private void ReclassifyStation(int s)
    {
        ref StationSlot station = ref _station[s];
        for (int m = station.FirstServer; m < station.FirstServer + station.Servers; m++)
        {
            Reclassify(ref _server[m]);
        }
    }

    /// <summary>Counts the time link <paramref name="l"/> spent at its current level; call before the level changes.</summary>
    private void AccountLink(int l)
    {
        ref LinkSlot link = ref _link[l];
        double now = Clock;
        double elapsed = now - link.LevelSince;

        // Parts beyond the capacity sit on idle machines' fixtures, not in the buffer.
        int level = Math.Min(link.Count, link.Capacity);
        if (TFeatures.Extras)
        {
            _levels?[l].Add(link.LevelSince, now, level);
        }

        link.LevelArea += level * elapsed;
        // Full and empty add the elapsed time once or not at all, without a branch on the level, which would be a coin
        // toss the processor mispredicts.
        link.FullTime += elapsed * Unsafe.BitCast<bool, byte>(level >= link.Capacity);
        link.EmptyTime += elapsed * Unsafe.BitCast<bool, byte>(level == 0);
        link.LevelSince = now;
    }

    /// <summary>Counts, per input of assembly station <paramref name="s"/>, the time it had an idle machine while the input lacked parts.</summary>
    private void AccountShortage(int s)
    {
        double[] times = _shortTime[s]!;
        bool[] shortOf = _short[s]!;
        double elapsed = Now - _shortSince[s];
        _shortSince[s] = Now;
        bool idle = _station[s].IdleUp > 0;
        int[] inputs = _inputsOf[s];
        for (int k = 0; k < inputs.Length; k++)
        {
            if (shortOf[k])
            {
                times[k] += elapsed;
            }

            ref LinkSlot link = ref _link[inputs[k]];
            shortOf[k] = idle && !link.UnlimitedSupply && Ready(ref link) < link.Quantity;
        }
    }

    private void AccountWorkInProcess()
    {
        double now = Clock;
        _workInProcessArea += _workInProcess * (now - _workInProcessSince);
        _workInProcessSince = now;
    }

    private void FlushStatistics()
    {
        for (int m = 0; m < _serverCount; m++)
        {
            ref ServerSlot server = ref _server[m];
            SetState(ref server, server.State);
            if (server.CrewWaits > 0)
            {
                server.WaitedForCrew += Now - Math.Max(server.WaitingSince, _windowStartWorking);
                server.WaitingSince = Now;
            }

            if (server.Stopped)
            {
                server.StoppedTime += Now - Math.Max(server.StoppedSince, _windowStartWorking);
                server.StoppedSince = Now;
            }
        }

        for (int u = 0; u < _unit.Length; u++)
        {
            ref FailureSlot unit = ref _unit[u];
            if (unit.Failed)
            {
                unit.DownTime += Now - Math.Max(unit.FailedSince, _windowStartWorking);
                unit.FailedSince = Now;
            }
        }

        for (int l = 0; l < _links.Length; l++)
        {
            AccountLink(l);
        }

        for (int s = 0; s < _stationCount; s++)
        {
            if (_short[s] is not null)
            {
                AccountShortage(s);
            }

            ref StationSlot station = ref _station[s];
            if (station.MaintenanceOpen > 0)
            {
                station.MaintenanceTime += (Now - Math.Max(station.MaintenanceSince, _windowStartWorking)) * station.Servers;
                station.MaintenanceSince = Now;
            }
        }

        for (int g = 0; g < _segment.Length; g++)
        {
            ref SegmentSlot segment = ref _segment[g];
            if (segment.Cause != StopCause.None)
            {
                segment.StopTimes[(int)segment.Cause - 1] += Now - Math.Max(segment.StopSince, _windowStartWorking);
                segment.StopSince = Now;
            }
        }

        for (int c = 0; c < _crew.Length; c++)
        {
            AccountCrew(c);
        }

        for (int c = 0; c < _loop.Length; c++)
        {
            AccountLoop(c);
            AccountBoarding(c);
        }

        AccountWorkInProcess();
    }

    private ReplicationResult BuildResult(int replication)
    {
        double end = Clock;
        double observed = end - _windowStart;
        double perSecond = observed > 0 ? 1 / observed : 0;
        double working = Now - _windowStartWorking;
        var totals = new WindowTotals(_line)
        {
            WindowStart = _windowStart,
            End = end,
            WorkingTime = _workCalendar is null ? null : working,
            WorkInProcessArea = _workInProcessArea,
            Released = _parts.Entered,
            Completed = _completed,
            WorkInProcessAtEnd = _workInProcess,
            PartsOut = _partsOut,
            EventsProcessed = _simulator.EventsProcessed,
            ScrappedSinceStart = _scrappedSinceStart,
            Assembled = _assembled,
        };
        for (int s = 0; s < _stationCount; s++)
        {
            ref StationSlot station = ref _station[s];
            double[]? serverWorking = station.Servers > 1 ? new double[station.Servers] : null;
            for (int k = 0; k < station.Servers; k++)
            {
                ref ServerSlot server = ref _server[station.FirstServer + k];
                StationTimes times = server.Times;
                totals.Working[s] += times[(int)StationState.Working];
                totals.Starved[s] += times[(int)StationState.Starved];
                totals.Blocked[s] += times[(int)StationState.Blocked];
                totals.Down[s] += times[(int)StationState.Down];
                totals.Setup[s] += times[(int)StationState.Setup];
                totals.WaitingForCrew[s] += server.WaitedForCrew;
                totals.Stopped[s] += server.StoppedTime;
                serverWorking?[k] = times[(int)StationState.Working];
            }

            totals.ServerWorking[s] = serverWorking!;
            totals.Maintenance[s] = station.MaintenanceTime;
            totals.StarvedByInput[s] = _shortTime[s]!;
            totals.Processed[s] = station.Processed;
            totals.Failures[s] = _failures[s];
            int profiles = _plant.FailureProfiles[s].Length;
            if (profiles > 0)
            {
                var down = new double[profiles];
                var failures = new long[profiles];
                for (int k = 0; k < station.Servers; k++)
                {
                    for (int p = 0; p < profiles; p++)
                    {
                        ref FailureSlot unit = ref _unit[((station.FirstServer + k) * _profiles) + p];
                        down[p] += unit.DownTime;
                        failures[p] += unit.Failures;
                    }
                }

                totals.DownByFailure[s] = down;
                totals.FailuresByProfile[s] = failures;
            }
            totals.Scrapped[s] = _scrapped[s];
            totals.Reworked[s] = _reworked[s];
            totals.VariantMismatches[s] = _variantMismatches[s];
        }

        for (int l = 0; l < _links.Length; l++)
        {
            totals.LevelArea[l] = _link[l].LevelArea;
            totals.FullTime[l] = _link[l].FullTime;
            totals.EmptyTime[l] = _link[l].EmptyTime;
            totals.HeldBack[l] = _supply[l].HeldBack;
        }

        LineModel model = _line.Model;
        totals.Crews = [.. _crew.Select((crew, c) => new CrewStatistics(
            model.Crews[c].Name, crew.Size, crew.BusyArea * perSecond, crew.WaitingArea * perSecond, crew.Repairs))];
        totals.OutputByVariant = [.. _plant.VariantNames.Select((name, v) => new VariantOutput(name, _variantOutput[v]))];
        totals.Segments = [.. _segment.Select((segment, g) => new SegmentStatistics(
            model.Segments[g].Name,
            segment.Indexes,
            segment.LateIndexes,
            segment.StopTimes[(int)StopCause.Busy - 1] * perSecond,
            segment.StopTimes[(int)StopCause.Failure - 1] * perSecond,
            segment.StopTimes[(int)StopCause.Starved - 1] * perSecond,
            segment.StopTimes[(int)StopCause.Blocked - 1] * perSecond))];
        if (_workCalendar is not null)
        {
            // Days and weeks at the end of the window without output still count.
            Pad(_outputPerDay, (int)Math.Ceiling(observed / 86_400));
            Pad(_outputPerWeek, (int)Math.Ceiling(observed / 604_800));
            totals.OutputPerDay = [.. _outputPerDay];
            totals.OutputPerWeek = [.. _outputPerWeek];
            totals.OutputPerShift = ShiftOutputs(_windowStart, end);
        }

        totals.Carriers = [.. _loop.Select((loop, c) => new CarrierStatistics(
            model.Carriers[c].Name, loop.Count, loop.LoadedArea * perSecond, loop.ReturningArea * perSecond, loop.IdleArea * perSecond, loop.NoneIdleTime * perSecond,
            loop.BoardWaitingTime * perSecond, loop.BlockedTime * perSecond))];
        ReplicationResult result = totals.ToResult(_line, replication, EngineKind.Event, _leadTime, _output, _levels, _calendarLeadTime);
        if (_activePeriods is null)
        {
            return result;
        }

        result = result with { Bottlenecks = _activePeriods.ToResults(_line.Names, working) };
        (ImmutableArray<ThroughputLoss> losses, LineOee oee) = ThroughputLosses.Of(result, _line.TaktTime);
        return result with { Losses = losses, Oee = oee };
    }
}
