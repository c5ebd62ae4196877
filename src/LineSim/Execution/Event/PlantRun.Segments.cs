using System.Runtime.CompilerServices;

namespace LineSim.Execution.Event;

// Paced segments: when a segment indexes, why it waits, and the index itself.
internal sealed partial class PlantRun<TFeatures>
{
    /// <summary>Why a paced segment has not indexed although its takt has elapsed; the first that holds, in this order.</summary>
    private enum StopCause
    {
        None,
        Failure,
        Busy,
        Blocked,
        Starved,
    }

    /// <summary>
    /// Paced segment <paramref name="g"/> indexes if it may: its takt has elapsed, every station is up and done, the
    /// last station's part has room, and the first station has a part to take. Otherwise it records why it waits.
    /// </summary>
    private void TryIndex(int g)
    {
        ref SegmentSlot segment = ref _segment[g];
        double due = segment.LastIndex + segment.TaktTime;
        if (Now < due)
        {
            return;
        }

        StopCause cause = WhySegmentWaits(g);
        if (cause != segment.Cause)
        {
            if (segment.Cause != StopCause.None)
            {
                segment.StopTimes[(int)segment.Cause - 1] += Now - Math.Max(segment.StopSince, _windowStartWorking);
            }

            segment.Cause = cause;
            segment.StopSince = Now;
        }

        if (cause == StopCause.None)
        {
            Index(g, late: Now > due);
        }
    }

    private StopCause WhySegmentWaits(int g)
    {
        ref SegmentSlot segment = ref _segment[g];
        bool busy = false;
        for (int s = segment.First; s <= segment.Last; s++)
        {
            ref ServerSlot server = ref _server[_station[s].FirstServer];
            if (server.Down)
            {
                return StopCause.Failure;
            }

            busy |= server.Phase is Phase.Processing or Phase.Setup;
        }

        if (busy)
        {
            return StopCause.Busy;
        }

        ref ServerSlot last = ref _server[_station[segment.Last].FirstServer];
        if (last.Phase == Phase.Finished && _outputsOf[segment.Last].Length > 0 && TargetWithRoom(segment.Last, last.Target) < 0)
        {
            return StopCause.Blocked;
        }

        return HasNext(segment.First) ? StopCause.None : StopCause.Starved;
    }

    /// <summary>Every part of segment <paramref name="g"/> moves one station on; the first station takes a new one.</summary>
    private void Index(int g, bool late)
    {
        ref SegmentSlot segment = ref _segment[g];
        if (Now > _windowOpens)
        {
            segment.Indexes++;
            if (late)
            {
                segment.LateIndexes++;
            }
        }

        segment.LastIndex = Now;
        _calendar.Schedule(_segmentTimers + g, Now + segment.TaktTime);
        int lastServer = _station[segment.Last].FirstServer;
        ref ServerSlot last = ref _server[lastServer];
        if (last.Phase == Phase.Finished)
        {
            int part = last.Part;
            if (_outputsOf[segment.Last].Length == 0)
            {
                Depart(segment.Last, part);
            }
            else
            {
                Deliver(segment.Last, part, TargetWithRoom(segment.Last, last.Target));
            }

            last.Part = -1;
            _station[segment.Last].Blocked--;
            Emptied(lastServer);
        }

        for (int s = segment.Last - 1; s >= segment.First; s--)
        {
            int from = _station[s].FirstServer;
            ref ServerSlot server = ref _server[from];
            if (server.Phase != Phase.Finished)
            {
                continue;
            }

            int part = server.Part;
            Observer?.OnDeparture(s, _parts.Number(part), Stamp);
            if (TFeatures.Carriers && _loopOf[part] >= 0 && _loop[_loopOf[part]].Release == s)
            {
                ReleaseCarrier(part);
            }

            server.Part = -1;
            _station[s].Blocked--;
            Emptied(from);
            Begin(_station[s + 1].FirstServer, part);
        }

        int next = TakeNext(segment.First);
        Begin(_station[segment.First].FirstServer, next);
    }

    /// <summary>Seconds a paced segment was stopped for each <see cref="StopCause"/> but None, indexed by cause - 1.</summary>
    [InlineArray(4)]
    private struct StopTimes
    {
        private double _element;
    }

    private struct SegmentSlot
    {
        public int First;
        public int Last;
        public double TaktTime;
        public double LastIndex;
        public long Indexes;
        public long LateIndexes;
        public StopCause Cause;
        public double StopSince;
        public StopTimes StopTimes;
    }
}
