using LineSim.Logging;
using LineSim.Model;

namespace LineSim.Execution.Event;

// Processing: a part started, its setup, its routing, its end and the quality check; the server emptied.
internal sealed partial class PlantRun<TFeatures>
{
    /// <summary>Server <paramref name="m"/> takes <paramref name="part"/>, and starts it or, blocking before service, waits for a downstream place.</summary>
    private void Begin(int m, int part)
    {
        ref ServerSlot server = ref _server[m];
        int s = server.Station;
        ref StationSlot station = ref _station[s];
        station.IdleUp--;
        server.Part = part;
        Distribution? own = TFeatures.Planning && _variant[part] >= 0 ? _plans[s].VariantProcessing?[_variant[part]] : null;
        double work = own is null ? _processing[s].Next() : _processing[s].Next(own);
        server.Target = NoTarget;
        if (BeforeService && _outputsOf[s].Length > 0 && !(TFeatures.Planning && _plans[s].Segment >= 0))
        {
            int target = ChooseTarget(s, part);
            int room = TargetWithRoom(s, target);
            if (room < 0)
            {
                server.Target = target;
                server.Remaining = work;
                server.Phase = Phase.WaitingToStart;
                server.BlockedSequence = ++_blockSequence;
                station.Blocked++;
                SetState(ref server, StationState.Blocked);
                return;
            }

            server.Target = room;
            _link[room].Reserved++;
        }

        if (TFeatures.Planning)
        {
            Start(m, work);
        }
        else
        {
            StartProcessing(m, work);
        }
    }

    private void Start()
    {
        for (int m = 0; m < _serverCount; m++)
        {
            if (_server[m].Fails)
            {
                StartFailures(m);
            }
        }

        if (_warmup > 0)
        {
            _calendar.Schedule(_warmupTimer, _warmupWorking);
        }

        for (int w = 0; w < _maintenance.Length; w++)
        {
            ScheduleMaintenance(w);
        }

        for (int p = 0; p < _pull.Length; p++)
        {
            SchedulePull(p);
        }

        for (int l = 0; l < _links.Length; l++)
        {
            if (_arrivalRandom[l] is { } random)
            {
                _calendar.Schedule(_linkTimers + l, _links[l].Supply!.InterarrivalTime!.Sample(random));
            }
            else if (_plant.SupplySchedules[l] is not null)
            {
                ScheduleDelivery(l);
            }
        }

        for (int s = 0; s < _stationCount; s++)
        {
            Wake(s);
        }

        Settle();
    }

    private void ScheduleCompletion(int m, double due)
    {
        _calendar.Schedule(Timer(m, CompletionTimer), due);
        _server[m].CompletionPending = true;
    }

    /// <summary>The output link for <paramref name="part"/> at <paramref name="s"/> under its routing; <see cref="AnyTarget"/> for the first with space.</summary>
    private int ChooseTarget(int s, int part)
    {
        if (!TFeatures.Cells)
        {
            return _station[s].Output;
        }

        int[] outputs = _outputsOf[s];
        if (outputs.Length == 1)
        {
            return outputs[0];
        }

        ref StationSlot station = ref _station[s];
        switch (station.Rule)
        {
            case RoutingRule.Probability:
                double[] cumulative = _plans[s].RoutingCumulative!;
                double u = _routingRandom[s]!.NextDouble();
                for (int t = 0; t < cumulative.Length - 1; t++)
                {
                    if (u < cumulative[t])
                    {
                        return outputs[t];
                    }
                }

                return outputs[^1];
            case RoutingRule.RoundRobin:
                int next = station.NextTarget;
                station.NextTarget = next + 1 == outputs.Length ? 0 : next + 1;
                return outputs[next];
            case RoutingRule.ByVariant:
                int variant = _variant[part];
                return _plans[s].VariantTargets![Math.Max(0, variant)];
            default:
                return AnyTarget;
        }
    }

    /// <summary>Processes <paramref name="work"/> seconds on server <paramref name="m"/>, or up to its next operation-dependent failure.</summary>
    private void StartProcessing(int m, double work)
    {
        ref ServerSlot server = ref _server[m];
        server.Phase = Phase.Processing;
        SetState(ref server, StationState.Working);
        double due;
        if (TFeatures.Failures && _profiles > 1 && server.FailsInOperation)
        {
            // Every operation-dependent profile counts the processing up to the completion or the first of their failures.
            double before = server.TimeToFailure;
            due = Now + OperationFailures.UntilNextEvent(true, ref server.TimeToFailure, ref server.Remaining, work, out server.CompletionIsFailure);
            CountOperation(m, server.CompletionIsFailure ? before : work);
        }
        else
        {
            due = Now + (TFeatures.Failures
                ? OperationFailures.UntilNextEvent(server.FailsInOperation, ref server.TimeToFailure, ref server.Remaining, work, out server.CompletionIsFailure)
                : work);
        }

        ScheduleCompletion(m, due);
        if (Trace)
        {
            long number = _parts.Number(server.Part);
            _logger.ProcessingStarted(Now, _line.Names[server.Station], number, due);
        }
    }

    private void OnProcessingFinished(int m)
    {
        ref ServerSlot server = ref _server[m];
        int s = server.Station;
        ref StationSlot station = ref _station[s];
        int part = server.Part;
        bool inWindow = Now > _windowOpens;
        if (inWindow)
        {
            station.Processed++;
        }

        if (Trace)
        {
            long number = _parts.Number(part);
            _logger.ProcessingFinished(Now, _line.Names[s], number);
        }

        if (TFeatures.Planning && _stopCounts[m] is not null)
        {
            CountTowardsStops(m, part);
        }

        if (BeforeService && server.Target >= 0)
        {
            // The reserved place is the part's to use now, or, if it failed its check, free again.
            _link[server.Target].Reserved--;
        }

        Random? quality = TFeatures.Quality ? _qualityRandom[s] : null;
        double u = quality is null ? 0 : quality.NextDouble();
        if (TFeatures.Quality && u >= _plans[s].Yield)
        {
            FailedCheck(s, part, (u - _plans[s].Yield) / (1 - _plans[s].Yield), inWindow);
            server.Part = -1;
            Emptied(m);
            return;
        }

        server.Phase = Phase.Finished;
        station.Blocked++;
        if (TFeatures.Cells)
        {
            // Orders the station's blocked servers; a single server needs no order.
            server.BlockedSequence = ++_blockSequence;
        }

        if (TFeatures.Planning && _plans[s].Segment >= 0)
        {
            // A paced station holds its part until the segment indexes.
            if (s == _segment[_plans[s].Segment].Last && _outputsOf[s].Length > 0)
            {
                server.Target = ChooseTarget(s, part);
            }

            SetBlocked(ref server);
            Wake(s);
            return;
        }

        if (TFeatures.Cells ? _outputsOf[s].Length == 0 : station.Output < 0)
        {
            if (TFeatures.Planning && _plans[s].Pull >= 0)
            {
                // The downstream takes the part at its next pull.
                SetBlocked(ref server);
                return;
            }

            if (TFeatures.Carriers && _finiteReturns && ReturnIsFull(m, part, s))
            {
                SetBlocked(ref server);
                return;
            }

            Depart(s, part);
            station.Blocked--;
            server.Part = -1;
            Emptied(m);
            return;
        }

        if (!BeforeService)
        {
            server.Target = ChooseTarget(s, part);
        }

        int target = TargetWithRoom(s, server.Target);
        if (target >= 0 && !(TFeatures.Carriers && _finiteReturns && ReturnIsFull(m, part, s)))
        {
            PassOn(m, target);
            return;
        }

        SetBlocked(ref server);
        if (Trace)
        {
            long number = _parts.Number(part);
            _logger.StationBlocked(Now, _line.Names[s], number);
        }
    }

    /// <summary>A server holding a finished part it cannot pass on is blocked, unless a count-based stop began with the part.</summary>
    private void SetBlocked(ref ServerSlot server)
    {
        if (!(Stoppable && server.Down))
        {
            SetState(ref server, StationState.Blocked);
        }
    }

    /// <summary>A part failed the quality check of <paramref name="s"/>: <paramref name="v"/>, uniform on [0, 1), picks rework or scrap.</summary>
    private void FailedCheck(int s, int part, double v, bool inWindow)
    {
        double[] cumulative = _plans[s].ReworkCumulative;
        for (int r = 0; r < cumulative.Length; r++)
        {
            if (v < cumulative[r])
            {
                int to = _plans[s].ReworkTargets[r];
                if (inWindow)
                {
                    _reworked[s]++;
                }

                if (Trace)
                {
                    long number = _parts.Number(part);
                    _logger.PartSentToRework(Now, _line.Names[s], number, _line.Names[to]);
                }

                Observer?.OnDeparture(s, _parts.Number(part), Stamp);

                // Sent back to the boarding station of its carrier loop, or before it, the part gets off its carrier here
                // and boards a free one there like any other part; riding on, parts sent back could hold every carrier
                // while the boarding station waits for a free one, and the line would stop for good.
                int loop = TFeatures.Carriers ? _loopOf[part] : -1;
                if (loop >= 0 && _plant.Loops[loop].ReachesBoard[to])
                {
                    ReleaseCarrier(part);
                }

                _rework[to].Enqueue(part);
                Wake(to);
                return;
            }
        }

        if (inWindow)
        {
            _scrapped[s]++;
        }

        if (Trace)
        {
            long number = _parts.Number(part);
            _logger.PartScrapped(Now, _line.Names[s], number);
        }

        _scrappedSinceStart++;
        LeaveLine(part);
    }

    /// <summary>Server <paramref name="m"/>, holding a finished part, passes it into link <paramref name="l"/>, which has room.</summary>
    private void PassOn(int m, int l)
    {
        ref ServerSlot server = ref _server[m];
        int s = server.Station;
        Deliver(s, server.Part, l);
        server.Part = -1;
        _station[s].Blocked--;
        Emptied(m);
    }

    /// <summary>Server <paramref name="m"/> holds no part now; unless it is down it is idle, and its station takes its next part.</summary>
    private void Emptied(int m)
    {
        ref ServerSlot server = ref _server[m];
        server.Phase = Phase.Empty;
        server.Target = NoTarget;
        if (!(Stoppable && server.Down))
        {
            _station[server.Station].IdleUp++;
            SetState(ref server, StationState.Starved);
        }

        Wake(server.Station);
    }

    /// <summary>Server <paramref name="m"/> starts its part: after a setup, when the part's variant differs from the last one it made and the station has one.</summary>
    private void Start(int m, double work)
    {
        ref ServerSlot server = ref _server[m];
        int s = server.Station;
        int variant = _variant[server.Part];
        int last = server.LastVariant;
        server.LastVariant = variant;
        Distribution?[]? setups = _plans[s].SetupTimes;
        if (setups is null || last < 0 || variant < 0 || last == variant || setups[(last * _plant.VariantNames.Length) + variant] is not { } setup)
        {
            StartProcessing(m, work);
            return;
        }

        server.Phase = Phase.Setup;
        server.Remaining = work;
        SetState(ref server, StationState.Setup);
        ScheduleCompletion(m, Now + setup.Sample(_setupRandom[s]!));
    }
}
