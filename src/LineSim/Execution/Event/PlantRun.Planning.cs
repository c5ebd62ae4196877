using System.Collections.Immutable;
using LineSim.Model;
using LineSim.RandomNumbers;
using LineSim.Results;

namespace LineSim.Execution.Event;

// Variants, and output counted by the shift calendar.
internal sealed partial class PlantRun<TFeatures>
{
    /// <summary>Working time at calendar time <paramref name="calendar"/>.</summary>
    private double ToWorking(double calendar) => _workCalendar?.ToWorking(calendar) ?? calendar;

    /// <summary>
    /// The variant of the <paramref name="k"/>-th part of a supply (from 0): the sequence's k-th, or the k-th draw from the
    /// shares, the same for every supply, as sequenced feeder lines deliver; -1 without variants.
    /// </summary>
    private int VariantOf(long k)
    {
        if (_plant.VariantNames.Length == 0)
        {
            return -1;
        }

        int[] sequence = _plant.VariantSequence;
        if (sequence.Length > 0)
        {
            return sequence[(int)(k % sequence.Length)];
        }

        double[] cumulative = _plant.VariantCumulative;
        double u = RandomStreams.UniformAt(_variantSeed, k);
        for (int v = 0; v < cumulative.Length - 1; v++)
        {
            if (u < cumulative[v])
            {
                return v;
            }
        }

        return cumulative.Length - 1;
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
