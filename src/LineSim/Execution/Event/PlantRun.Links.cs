namespace LineSim.Execution.Event;

// Links: buffers, conveyors and supplies; the room in them and the parts put in and taken out.
internal sealed partial class PlantRun<TFeatures>
{
    private static int Ready(ref LinkSlot link) => TFeatures.Conveyors && link.IsConveyor ? link.Ready : link.Count;

    /// <summary>Takes the first part out of link <paramref name="l"/>.</summary>
    private int TakeHead(int l)
    {
        ref LinkSlot link = ref _link[l];
        AccountLink(l);
        int[] items = _items[l];
        int part = items[link.Head];
        link.Head = (link.Head + 1) & (items.Length - 1);
        link.Count--;
        if (TFeatures.Conveyors && link.IsConveyor)
        {
            link.Ready--;
        }

        return part;
    }

    /// <summary>Whether link <paramref name="l"/> can take one more part now.</summary>
    private bool HasRoom(int l)
    {
        ref LinkSlot link = ref _link[l];
        if (link.UnlimitedSupply)
        {
            return false;
        }

        // In long: an unlimited input buffer has capacity int.MaxValue.
        long free = (long)link.Capacity - link.Count - link.Reserved;
        if (free > 0)
        {
            return true;
        }

        int s = link.To;
        ref StationSlot station = ref _station[s];
        if (TFeatures.Conveyors && link.IsConveyor && !station.Assembly)
        {
            return false;
        }

        // Parts sent back for rework take the idle machines, and at a boarding station the free carriers, first.
        long idle = station.IdleUp;
        if (TFeatures.Carriers && station.BoardsLoop >= 0)
        {
            idle = Math.Min(idle, _loop[station.BoardsLoop].Idle);
        }

        if (TFeatures.Quality)
        {
            idle -= _rework[s].Count;
        }

        if (idle <= 0)
        {
            return false;
        }

        // A station of one input takes its parts as an assembly of one does (a join's quantity is 1).
        if (!TFeatures.Cells || station.Assembly)
        {
            // Each idle machine's fixture holds the input's quantity; from a conveyor, only parts that reached its end,
            // whose places on the conveyor are then free.
            long fixtures = idle * link.Quantity;
            return free + (TFeatures.Conveyors && link.IsConveyor ? Math.Min(link.Ready, fixtures) : fixtures) > 0;
        }

        // A join's idle machines are shared by its inputs: parts beyond any input's capacity already claim them.
        foreach (int other in _inputsOf[s])
        {
            ref LinkSlot input = ref _link[other];
            idle -= Math.Max(0, (long)input.Count + input.Reserved - input.Capacity);
        }

        return idle > 0;
    }

    /// <summary>Puts <paramref name="part"/> from station <paramref name="from"/> (-1: a supply) into link <paramref name="l"/>, which has room.</summary>
    private void Deliver(int from, int part, int l)
    {
        if (from >= 0)
        {
            Observer?.OnDeparture(from, _parts.Number(part), Stamp);
            if (TFeatures.Carriers && _loopOf[part] is int loop and >= 0 && _loop[loop].Release == from)
            {
                ReleaseCarrier(part);
            }
        }

        ref LinkSlot link = ref _link[l];
        AccountLink(l);
        int[] items = _items[l];
        if (link.Count == items.Length)
        {
            items = _items[l] = PartQueue.Grow(items, link.Head, link.Count);
            if (_readyAt[l] is { } readyAt)
            {
                _readyAt[l] = PartQueue.Grow(readyAt, link.Head, link.Count);
            }

            link.Head = 0;
        }

        int tail = (link.Head + link.Count) & (items.Length - 1);
        items[tail] = part;
        if (TFeatures.Cells)
        {
            _queuedAt[part] = Now;
        }

        link.Count++;
        if (TFeatures.Conveyors && link.IsConveyor)
        {
            double due = Now + link.Travel;
            _readyAt[l]![tail] = due;
            if (link.Count - 1 == link.Ready)
            {
                // The only part still travelling: its arrival is the link's next event.
                if (link.Travel > 0)
                {
                    _calendar.Schedule(_linkTimers + l, due);
                    return;
                }

                link.Ready++;
            }
            else
            {
                return;
            }
        }

        // A station without an idle machine can do nothing with the part yet; in a plant of single machines, one input
        // each and none of the features that look at arrivals, it need not be woken for it.
        int to = _link[l].To;
        if (TFeatures.Cells || TFeatures.Planning || TFeatures.Carriers || _station[to].IdleUp > 0)
        {
            Wake(to);
        }
    }

    /// <summary>The first part still travelling on conveyor <paramref name="l"/> has reached its end (with any due at the same instant).</summary>
    private void OnConveyorEnd(int l)
    {
        ref LinkSlot link = ref _link[l];
        double[] readyAt = _readyAt[l]!;
        while (link.Ready < link.Count)
        {
            double due = readyAt[(link.Head + link.Ready) & (readyAt.Length - 1)];
            if (due > Now)
            {
                _calendar.Schedule(_linkTimers + l, due);
                break;
            }

            link.Ready++;
        }

        Wake(_link[l].To);
    }

    private void OnArrival(int l)
    {
        if (_arrivalRandom[l] is null)
        {
            OnDelivery(l);
        }
        else if (HasRoom(l))
        {
            EnterFromSupply(l);
        }
        else
        {
            _arrivalBlocked[l] = true;
        }
    }

    /// <summary>A part from the supply of link <paramref name="l"/> enters it; the next interarrival time starts.</summary>
    private void EnterFromSupply(int l)
    {
        Deliver(-1, NewPart(l), l);
        _calendar.Schedule(_linkTimers + l, Now + _links[l].Supply!.InterarrivalTime!.Sample(_arrivalRandom[l]!));
    }
}
