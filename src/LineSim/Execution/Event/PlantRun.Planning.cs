using System.Collections.Immutable;
using LineSim.Engine;
using LineSim.Model;
using LineSim.Results;

namespace LineSim.Execution.Event;

// Variants, and output counted by the shift calendar.
internal sealed partial class PlantRun<TFeatures>
{
    /// <summary>Working time at calendar time <paramref name="calendar"/>.</summary>
    private double ToWorking(double calendar) => _workCalendar?.ToWorking(calendar) ?? calendar;

    private static (string[] Names, int[] Sequence, double[] Cumulative) CompileMix(ProductMix? mix)
    {
        if (mix is null)
        {
            return ([], [], []);
        }

        string[] names = [.. mix.Variants];
        if (!mix.Sequence.IsDefaultOrEmpty)
        {
            return (names, [.. mix.Sequence.Select(v => Array.IndexOf(names, v))], []);
        }

        double sum = 0;
        return (names, [], [.. mix.Shares.Select(share => sum += share.Share)]);
    }

    private void CompileVariants(LineModel model, int s, long seed, int replication)
    {
        Station station = model.Stations[s];
        int count = _variantNames.Length;
        if (count == 0)
        {
            return;
        }

        if (!station.ProcessingTimeByVariant.IsEmpty)
        {
            _variantProcessing[s] = [.. _variantNames.Select(v => station.ProcessingTimeByVariant.GetValueOrDefault(v))];
        }

        if (station.Setup is { } setup)
        {
            var times = new Distribution?[count * count];
            for (int from = 0; from < count; from++)
            {
                for (int to = 0; to < count; to++)
                {
                    ChangeoverTime? entry = setup.Matrix.IsDefault ? null : setup.Matrix.FirstOrDefault(e => e.From == _variantNames[from] && e.To == _variantNames[to]);
                    times[(from * count) + to] = from == to ? null : entry?.Time ?? setup.Time;
                }
            }

            _setupTime[s] = times;
            _setupRandom[s] = RandomStreams.Create(seed, replication, RandomStreams.StreamId(station.Name, RandomStreams.Purpose.Setup));
        }

        if (station.Routing is { Rule: RoutingRule.ByVariant } routing)
        {
            var targets = new int[count];
            int[] outputs = _outputsOf[s];
            for (int v = 0; v < count; v++)
            {
                int t = routing.Targets.IndexOf(routing.Targets.FirstOrDefault(r => !r.Variants.IsDefault && r.Variants.Contains(_variantNames[v]))
                    ?? routing.Targets.First(r => r.Variants.IsDefaultOrEmpty));
                targets[v] = outputs[t];
            }

            _variantTarget[s] = targets;
        }
    }

    /// <summary>
    /// How many parts of the supply of link <paramref name="l"/> go into one part of the first assembly they reach: the
    /// quantity of the assembly's input they reach it by, followed through stations with a single output; 1 when they
    /// reach none (or the path splits).
    /// </summary>
    private int PartsPerSet(int l)
    {
        for (int steps = 0; steps <= _stationCount; steps++)
        {
            int s = _links[l].To;
            if (_station[s].Assembly && _inputsOf[s].Length > 1)
            {
                return _links[l].Quantity;
            }

            if (_outputsOf[s].Length != 1)
            {
                return 1;
            }

            l = _outputsOf[s][0];
        }

        return 1;
    }

    /// <summary>
    /// The variant of the <paramref name="k"/>-th part of a supply (from 0): the sequence's k-th, or the k-th draw from the
    /// shares, the same for every supply, as sequenced feeder lines deliver; -1 without variants.
    /// </summary>
    private int VariantOf(long k)
    {
        if (_variantNames.Length == 0)
        {
            return -1;
        }

        if (_variantSequence.Length > 0)
        {
            return _variantSequence[(int)(k % _variantSequence.Length)];
        }

        double u = RandomStreams.UniformAt(_variantSeed, k);
        for (int v = 0; v < _variantCumulative.Length - 1; v++)
        {
            if (u < _variantCumulative[v])
            {
                return v;
            }
        }

        return _variantCumulative.Length - 1;
    }

    private static void Pad(List<long> counts, int length)
    {
        while (counts.Count < length)
        {
            counts.Add(0);
        }
    }

    /// <summary>Counts a part that left at calendar time <paramref name="clock"/> in its day, week and shift.</summary>
    private void CountCalendarOutput(double clock)
    {
        // Days and weeks are (start, end], as the window and the output intervals are: a part leaving at midnight counts
        // for the day ending, and one leaving at the end of the window for the window's last day.
        double sinceStart = clock - _windowStart;
        int day = Math.Max(0, (int)Math.Ceiling(sinceStart / 86_400) - 1);
        int week = Math.Max(0, (int)Math.Ceiling(sinceStart / 604_800) - 1);
        Pad(_outputPerDay, day + 1);
        Pad(_outputPerWeek, week + 1);

        _outputPerDay[day]++;
        _outputPerWeek[week]++;
        if (ShiftAt(clock) is { } shift)
        {
            _outputPerShift[shift.Start] = _outputPerShift.GetValueOrDefault(shift.Start) + 1;
        }
    }

    /// <summary>The shift running at calendar time <paramref name="clock"/> (name and start), if any; at a change of shift, the one ending.</summary>
    private (string Name, double Start)? ShiftAt(double clock)
    {
        // Shifts do not overlap, so at most two hold the instant: at a change of shift the one ending, which started first,
        // whatever the order the calendar lists them in.
        (string Name, double Start)? running = null;
        int today = (int)Math.Floor(clock / 86_400);
        for (int day = today - 1; day <= today; day++)
        {
            foreach (Shift shift in _line.Model.Calendar!.Shifts)
            {
                double start = (day * 86_400.0) + shift.Start;
                if (shift.Days.Contains((DayOfWeek)(((day % 7) + 1) % 7)) && clock >= start && clock <= start + shift.Length
                    && (running is null || start < running.Value.Start))
                {
                    running = (shift.Name, start);
                }
            }
        }

        return running;
    }

    /// <summary>Every shift that starts in [<paramref name="from"/>, <paramref name="to"/>) and has working time, with its output.</summary>
    private ImmutableArray<ShiftOutput> ShiftOutputs(double from, double to)
    {
        var shifts = new List<ShiftOutput>();
        for (int day = (int)Math.Floor(from / 86_400); day * 86_400.0 < to; day++)
        {
            foreach (Shift shift in _line.Model.Calendar!.Shifts.OrderBy(shift => shift.Start))
            {
                double start = (day * 86_400.0) + shift.Start;
                if (start >= from && start < to && shift.Days.Contains((DayOfWeek)(((day % 7) + 1) % 7))
                    && _workCalendar!.ToWorking(start + shift.Length) > _workCalendar.ToWorking(start))
                {
                    shifts.Add(new ShiftOutput(shift.Name, start, _outputPerShift.GetValueOrDefault(start)));
                }
            }
        }

        return [.. shifts];
    }
}
