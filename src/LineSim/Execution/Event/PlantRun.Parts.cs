using LineSim.Logging;

namespace LineSim.Execution.Event;

// Parts entering and leaving the plant.
internal sealed partial class PlantRun<TFeatures>
{
    /// <summary>A new part enters from the supply of link <paramref name="supply"/>.</summary>
    private int NewPart(int supply)
    {
        int part = _parts.Enter(Stamp);
        if (_variant.Length < _parts.Capacity)
        {
            Array.Resize(ref _enteredAt, _parts.Capacity);
            Array.Resize(ref _queuedAt, _parts.Capacity);
            Array.Resize(ref _loopOf, _parts.Capacity);
            Array.Resize(ref _variant, _parts.Capacity);
        }

        _variant[part] = TFeatures.Planning ? VariantOf(_supplied[supply]++ / _plant.PartsPerSet[supply]) : -1;
        _enteredAt[part] = Now;
        if (TFeatures.Carriers)
        {
            _loopOf[part] = -1;
        }

        AccountWorkInProcess();
        _workInProcess++;
        if (Trace)
        {
            long number = _parts.Number(part);
            _logger.PartEntered(Now, number);
        }

        return part;
    }

    /// <summary>An assembly station used <paramref name="part"/> up as a component.</summary>
    private void UseUp(int part)
    {
        _assembled++;
        LeaveLine(part);
    }

    /// <summary><paramref name="part"/> leaves the line without being counted as output (scrapped, or used up in an assembly).</summary>
    private void LeaveLine(int part)
    {
        if (TFeatures.Carriers && _loopOf[part] >= 0)
        {
            ReleaseCarrier(part);
        }

        AccountWorkInProcess();
        _workInProcess--;
        _parts.Leave(part);
    }

    /// <summary><paramref name="part"/> leaves the line from station <paramref name="s"/>, which feeds no other.</summary>
    private void Depart(int s, int part)
    {
        Observer?.OnDeparture(s, _parts.Number(part), Stamp);
        if (TFeatures.Carriers && _loopOf[part] >= 0)
        {
            ReleaseCarrier(part);
        }

        AccountWorkInProcess();
        _workInProcess--;
        _completed++;
        double clock = Stamp;
        double leadTime = Now - _enteredAt[part];
        double calendarLeadTime = clock - _parts.EntryTime(part);
        _parts.Leave(part);
        if (Trace)
        {
            long number = _parts.Number(part);
            _logger.PartLeft(Now, number, leadTime);
        }

        // Once the part count is reached, parts leaving at the same instant leave, but the window is closed.
        if (Now > _windowOpens && _partsOut < _stopAfterParts)
        {
            _partsOut++;
            _leadTime.Add(leadTime);
            if (TFeatures.Calendar)
            {
                _calendarLeadTime!.Add(calendarLeadTime);
                CountCalendarOutput(clock);
            }

            if (TFeatures.Extras)
            {
                _output?.Add(clock);
            }

            if (TFeatures.Planning && _variant[part] >= 0)
            {
                _variantOutput[_variant[part]]++;
            }

            if (_partsOut >= _stopAfterParts)
            {
                _simulator.Stop();
            }
        }
    }
}
