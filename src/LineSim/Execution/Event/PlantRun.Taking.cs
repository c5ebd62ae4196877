namespace LineSim.Execution.Event;

// Stations taking parts: from their inputs, rework queues and carriers; blocked servers going ahead.
internal sealed partial class PlantRun<TFeatures>
{
    /// <summary>The servers of <paramref name="s"/> that hold a part they could not pass on, or may not start, go ahead where they now can, longest blocked first.</summary>
    private void PassOnBlocked(int s)
    {
        ref StationSlot station = ref _station[s];
        if (TFeatures.Carriers && _finiteReturns && _outputsOf[s].Length == 0)
        {
            // At an end station a machine is blocked only by a full return.
            DepartBlocked(s);
            return;
        }

        if (!TFeatures.Cells)
        {
            PassOnBlockedServer(station.FirstServer);
            return;
        }

        while (station.Blocked > 0)
        {
            int best = -1;
            int target = NoTarget;
            long since = long.MaxValue;
            for (int m = station.FirstServer; m < station.FirstServer + station.Servers; m++)
            {
                ref ServerSlot server = ref _server[m];
                if ((Stoppable && server.Down) || server.Phase is not (Phase.Finished or Phase.WaitingToStart) || server.BlockedSequence >= since)
                {
                    continue;
                }

                int room = TargetWithRoom(s, server.Target);
                if (room >= 0 && !(TFeatures.Carriers && _finiteReturns && server.Phase == Phase.Finished && ReturnIsFull(m, server.Part, s)))
                {
                    best = m;
                    target = room;
                    since = server.BlockedSequence;
                }
            }

            if (best < 0)
            {
                return;
            }

            GoAhead(best, target);
        }
    }

    /// <summary>The single server <paramref name="m"/> of a station passes on its part, or starts it, if it is blocked and now can.</summary>
    private void PassOnBlockedServer(int m)
    {
        ref ServerSlot server = ref _server[m];
        if ((Stoppable && server.Down) || server.Phase is not (Phase.Finished or Phase.WaitingToStart))
        {
            return;
        }

        int room = TargetWithRoom(server.Station, server.Target);
        if (room >= 0 && !(TFeatures.Carriers && _finiteReturns && server.Phase == Phase.Finished && ReturnIsFull(m, server.Part, server.Station)))
        {
            GoAhead(m, room);
        }
    }

    /// <summary>The machines of end station <paramref name="s"/> whose parts waited for a place on their carriers' full return send them out of the line where there is one now, longest blocked first.</summary>
    private void DepartBlocked(int s)
    {
        ref StationSlot station = ref _station[s];
        while (station.Blocked > 0)
        {
            int best = -1;
            long since = long.MaxValue;
            for (int m = station.FirstServer; m < station.FirstServer + station.Servers; m++)
            {
                ref ServerSlot server = ref _server[m];
                if ((Stoppable && server.Down) || server.Phase != Phase.Finished || (best >= 0 && server.BlockedSequence >= since))
                {
                    continue;
                }

                if (!ReturnIsFull(m, server.Part, s))
                {
                    best = m;
                    since = server.BlockedSequence;
                }
            }

            if (best < 0)
            {
                return;
            }

            Depart(s, _server[best].Part);
            station.Blocked--;
            _server[best].Part = -1;
            Emptied(best);
        }
    }

    /// <summary>Blocked server <paramref name="m"/> passes its finished part into link <paramref name="target"/>, or, waiting to start, reserves a place there and starts.</summary>
    private void GoAhead(int m, int target)
    {
        ref ServerSlot server = ref _server[m];
        if (server.Phase == Phase.Finished)
        {
            PassOn(m, target);
        }
        else
        {
            _station[server.Station].Blocked--;
            server.Target = target;
            _link[target].Reserved++;
            StartProcessing(m, server.Remaining);
        }
    }

    /// <summary>The link among <paramref name="target"/> (or, for <see cref="AnyTarget"/>, the outputs of <paramref name="s"/> in order) that has room; -1 when none.</summary>
    private int TargetWithRoom(int s, int target)
    {
        if (target >= 0)
        {
            return HasRoom(target) ? target : -1;
        }

        foreach (int l in _outputsOf[s])
        {
            if (HasRoom(l))
            {
                return l;
            }
        }

        return -1;
    }

    /// <summary>An idle server of <paramref name="s"/> takes a reworked part, or its inputs' next parts; false when it has none to take.</summary>
    private bool TryTake(int s)
    {
        ref StationSlot station = ref _station[s];
        int m = station.FirstServer;
        while (TFeatures.Cells && (_server[m].Phase != Phase.Empty || (Stoppable && _server[m].Down)))
        {
            m++;
        }

        int part = TakeNext(s);
        if (part < 0)
        {
            return false;
        }

        Begin(m, part);
        return true;
    }

    /// <summary>Takes the next part for station <paramref name="s"/>: a reworked one, or one (or an assembly's set) from its inputs, on a carrier if it boards one; -1 when there is none.</summary>
    private int TakeNext(int s)
    {
        // Every part starts at a boarding station on a free carrier, a part sent back for rework included (it got off
        // its carrier when it was sent back).
        if (!TFeatures.Carriers && !TFeatures.Quality)
        {
            return TakeFromInputs(s);
        }

        int loop = TFeatures.Carriers ? _station[s].BoardsLoop : -1;
        if (loop >= 0 && _loop[loop].Idle == 0)
        {
            return -1;
        }

        ref PartQueue rework = ref _rework[s];
        int part = TFeatures.Quality && rework.Count > 0 ? rework.Dequeue() : TakeFromInputs(s);
        if (part >= 0 && loop >= 0 && _loopOf[part] < 0)
        {
            ref LoopSlot carriers = ref _loop[loop];
            AccountLoop(loop);
            carriers.Idle--;
            carriers.Loaded++;
            _loopOf[part] = loop;
            if (carriers.Finite)
            {
                // A carrier waiting at the return's far end moves into the storage, or boards itself.
                ReturnFreed(loop);
            }
        }

        return part;
    }

    /// <summary>Takes the next part from the inputs of <paramref name="s"/> (a set of parts, for an assembly, kept as one); -1 when they have none.</summary>
    private int TakeFromInputs(int s)
    {
        ref StationSlot station = ref _station[s];
        int part;
        if (!TFeatures.Cells)
        {
            // One input: a supply, or a link whose parts (its quantity of them: the first carries on) are ready.
            int only = station.Input;
            if (TFeatures.Quality && only < 0)
            {
                return -1; // A rework station: it gets parts only as rework.
            }

            ref LinkSlot link = ref _link[only];
            if (link.UnlimitedSupply)
            {
                return NewPart(only);
            }

            if (Ready(ref link) < link.Quantity)
            {
                return -1;
            }

            part = TakeHead(only);
            for (int q = link.Quantity; q > 1; q--)
            {
                UseUp(TakeHead(only));
            }

            return part;
        }

        int[] inputs = _inputsOf[s];
        if (TFeatures.Quality && inputs.Length == 0)
        {
            return -1;
        }

        if (!station.Assembly)
        {
            // A join takes the part that has waited longest; a new part from an unlimited supply counts as arriving now.
            int chosen = -1;
            double oldest = double.PositiveInfinity;
            foreach (int l in inputs)
            {
                ref LinkSlot link = ref _link[l];
                double waitingSince = link.UnlimitedSupply ? Now : Ready(ref link) > 0 ? _queuedAt[_items[l][link.Head]] : double.PositiveInfinity;
                if (waitingSince < oldest)
                {
                    oldest = waitingSince;
                    chosen = l;
                }
            }

            if (chosen < 0)
            {
                return -1;
            }

            part = _link[chosen].UnlimitedSupply ? NewPart(chosen) : TakeHead(chosen);
        }
        else
        {
            foreach (int l in inputs)
            {
                ref LinkSlot link = ref _link[l];
                if (!link.UnlimitedSupply && Ready(ref link) < link.Quantity)
                {
                    return -1;
                }
            }

            part = -1;
            bool mismatch = false;
            foreach (int l in inputs)
            {
                for (int q = _link[l].Quantity; q > 0; q--)
                {
                    int taken = _link[l].UnlimitedSupply ? NewPart(l) : TakeHead(l);
                    if (part < 0)
                    {
                        part = taken;
                    }
                    else
                    {
                        mismatch |= _variant[taken] != _variant[part];
                        UseUp(taken);
                    }
                }
            }

            // The assembly keeps the variant of its first input's part; components of another variant were joined to it.
            if (mismatch && Now > _windowOpens)
            {
                _variantMismatches[s]++;
            }
        }

        return part;
    }

    /// <summary>Whether <see cref="TakeNext"/> would find a part for station <paramref name="s"/>.</summary>
    private bool HasNext(int s)
    {
        ref StationSlot station = ref _station[s];
        return (station.BoardsLoop < 0 || _loop[station.BoardsLoop].Idle > 0) && HasPart(s);
    }

    /// <summary>Whether station <paramref name="s"/> has a part (or an assembly's set) to take, a carrier aside.</summary>
    private bool HasPart(int s)
    {
        ref StationSlot station = ref _station[s];
        if (_rework[s].Count > 0)
        {
            return true;
        }

        if (_inputsOf[s].Length == 0)
        {
            return false;
        }

        foreach (int l in _inputsOf[s])
        {
            ref LinkSlot link = ref _link[l];
            bool ready = link.UnlimitedSupply || Ready(ref link) >= (station.Assembly ? link.Quantity : 1);
            if (ready != station.Assembly)
            {
                return ready; // A join needs one input ready, an assembly every input.
            }
        }

        return station.Assembly;
    }

    /// <summary>Station <paramref name="s"/> passes on what it can, takes what it can, and tells its inputs' sources about room it opened.</summary>
    private void Advance(int s)
    {
        ref StationSlot station = ref _station[s];
        if (TFeatures.Planning && _plans[s].Segment >= 0)
        {
            TryIndex(_plans[s].Segment);
        }
        else
        {
            if (station.Blocked > 0 && !(TFeatures.Planning && _plans[s].Pull >= 0))
            {
                PassOnBlocked(s);
            }

            while (station.IdleUp > 0 && TryTake(s))
            {
            }
        }

        if (TFeatures.Carriers && station.BoardsLoop >= 0)
        {
            NoteBoarding(station.BoardsLoop, s);
        }

        if (TFeatures.Cells && _short[s] is not null)
        {
            AccountShortage(s);
        }

        if (!TFeatures.Cells)
        {
            if (station.Input >= 0)
            {
                OfferRoom(station.Input);
            }

            return;
        }

        foreach (int l in _inputsOf[s])
        {
            OfferRoom(l);
        }
    }

    /// <summary>Where link <paramref name="l"/> has room, its station upstream, if blocked, is woken, or its supply's blocked arrival enters.</summary>
    private void OfferRoom(int l)
    {
        int from = _link[l].From;
        if (from >= 0)
        {
            if (_station[from].Blocked > 0 && HasRoom(l))
            {
                Wake(from);
            }
        }
        else if (_arrivalBlocked[l] && HasRoom(l))
        {
            if (_arrivalRandom[l] is null)
            {
                EnterHeldBack(l);
            }
            else
            {
                _arrivalBlocked[l] = false;
                EnterFromSupply(l);
            }
        }
    }
}
