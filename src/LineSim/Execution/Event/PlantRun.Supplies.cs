namespace LineSim.Execution.Event;

// Supplies that deliver on a schedule: one part at each time; a delivery that finds the input buffer full waits, with
// those after it, until there is room.
internal sealed partial class PlantRun<TFeatures>
{
    /// <summary>The scheduled supply of link <paramref name="l"/> delivers a part: it enters, or waits behind those held back.</summary>
    private void OnDelivery(int l)
    {
        ref SupplySlot supply = ref _supply[l];
        if (supply.Waiting == 0 && HasRoom(l))
        {
            Deliver(-1, NewPart(l), l);
        }
        else
        {
            supply.Waiting++;
            supply.HeldBack++;
            _arrivalBlocked[l] = true;
        }

        supply.Next++;
        ScheduleDelivery(l);
    }

    /// <summary>Link <paramref name="l"/> has room: the deliveries held back enter, in order, as far as it goes.</summary>
    private void EnterHeldBack(int l)
    {
        ref SupplySlot supply = ref _supply[l];
        do
        {
            Deliver(-1, NewPart(l), l);
            supply.Waiting--;
        }
        while (supply.Waiting > 0 && HasRoom(l));

        _arrivalBlocked[l] = supply.Waiting > 0;
    }

    /// <summary>Schedules the next delivery of link <paramref name="l"/>'s supply, if its schedule has one.</summary>
    private void ScheduleDelivery(int l)
    {
        double at = _plant.SupplySchedules[l]!.TimeOf(_supply[l].Next);
        if (!double.IsInfinity(at))
        {
            _calendar.Schedule(_linkTimers + l, Math.Max(at, Now));
        }
    }

    /// <summary>A scheduled supply: the index of its next time (counting every round), the parts due but held back, and those held back in the window.</summary>
    private struct SupplySlot
    {
        public long Next;
        public long Waiting;
        public long HeldBack;
    }
}
