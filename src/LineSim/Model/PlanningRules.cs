using System.Globalization;

namespace LineSim.Model;

/// <summary>
/// Checks what a line's planning adds to it: the product mix and what refers to variants, paced segments, the shift
/// calendar and maintenance windows. Problems name the element and field, as <see cref="LineModel.Validate"/> does.
/// </summary>
internal static class PlanningRules
{
    private const double Day = 86_400;

    public static void Validate(LineModel line, List<string> problems)
    {
        HashSet<string> variants = ValidateMix(line.Variants, problems);
        for (int s = 0; s < line.Stations.Length; s++)
        {
            if (line.Stations[s] is { } station)
            {
                ValidateStation(station, LineTopology.StationPath(s, station), line.Variants is not null, variants, problems);
            }
        }

        ValidateSegments(line, problems);
        if (line.Calendar is { } calendar)
        {
            ValidateCalendar(calendar, problems);
        }
    }

    private static HashSet<string> ValidateMix(ProductMix? mix, List<string> problems)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (mix is null)
        {
            return names;
        }

        if (!mix.Sequence.IsDefault && mix.Sequence.Length > ModelLimits.SequenceLength)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"Variants.Sequence: must hold at most {ModelLimits.SequenceLength:N0} entries (ModelLimits.SequenceLength), got {mix.Sequence.Length:N0}."));
        }

        if (!mix.Sequence.IsDefaultOrEmpty)
        {
            for (int k = 0; k < mix.Sequence.Length; k++)
            {
                if (string.IsNullOrWhiteSpace(mix.Sequence[k]))
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"Variants.Sequence[{k}]: must name a variant."));
                }
                else
                {
                    names.Add(mix.Sequence[k]);
                }
            }

            return names;
        }

        if (mix.Shares.IsDefaultOrEmpty)
        {
            problems.Add("Variants: give the variants' shares or a sequence, got neither.");
            return names;
        }

        double sum = 0;
        for (int k = 0; k < mix.Shares.Length; k++)
        {
            string at = string.Create(CultureInfo.InvariantCulture, $"Variants.Shares[{k}]");
            VariantShare share = mix.Shares[k];
            if (share is null)
            {
                problems.Add($"{at}: must not be null.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(share.Variant) || !names.Add(share.Variant))
            {
                problems.Add($"{at}.Variant: must be a name no other share has, got '{share.Variant}'.");
            }

            if (!double.IsFinite(share.Share) || share.Share < 0 || share.Share > 1)
            {
                problems.Add($"{at}.Share: must be between 0 and 1, got {Require.Format(share.Share)}.");
            }

            sum += share.Share;
        }

        if (Math.Abs(sum - 1) > 1e-9)
        {
            // Rounded as far as the tolerance, so that 0.7 + 0.2 reads 0.9.
            problems.Add($"Variants.Shares: the shares must sum to 1, got {Require.Format(Math.Round(sum, 9))}.");
        }

        return names;
    }

    private static void ValidateStation(Station station, string at, bool hasMix, HashSet<string> variants, List<string> problems)
    {
        void Known(string? variant, string where)
        {
            if (!hasMix)
            {
                problems.Add($"{where}: names variant '{variant}', but the line has no variants.");
            }
            else if (variant is null || !variants.Contains(variant))
            {
                problems.Add($"{where}: unknown variant '{variant}'; the variants are {string.Join(", ", variants.Select(v => $"'{v}'"))}.");
            }
        }

        if (station.ProcessingTimeByVariant is null)
        {
            problems.Add($"{at}.ProcessingTimeByVariant: must not be null; leave it out (or empty) for a station whose times do not depend on the variant.");
        }
        else if (station.ProcessingTimeByVariant is { } byVariant)
        {
            foreach ((string variant, Distribution time) in byVariant.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                Known(variant, $"{at}.ProcessingTimeByVariant['{variant}']");
                if (time is null)
                {
                    problems.Add($"{at}.ProcessingTimeByVariant['{variant}']: must not be null.");
                }
            }
        }

        if (station.Setup is { } setup && !setup.Matrix.IsDefault)
        {
            for (int k = 0; k < setup.Matrix.Length; k++)
            {
                string entryAt = string.Create(CultureInfo.InvariantCulture, $"{at}.Setup.Matrix[{k}]");
                if (setup.Matrix[k] is not { } entry)
                {
                    problems.Add($"{entryAt}: must not be null.");
                    continue;
                }

                Known(entry.From, $"{entryAt}.From");
                Known(entry.To, $"{entryAt}.To");
                if (entry.Time is null)
                {
                    problems.Add($"{entryAt}.Time: must not be null.");
                }
            }
        }

        if (station.Setup is not null && !hasMix)
        {
            problems.Add($"{at}.Setup: a setup happens when the variant changes, but the line has no variants.");
        }

        if (station.Routing is { Rule: RoutingRule.ByVariant } routing)
        {
            if (!hasMix)
            {
                problems.Add($"{at}.Routing.Rule: routing by variant needs the line's variants.");
            }
            else if (routing.Targets.IsDefaultOrEmpty)
            {
                problems.Add($"{at}.Routing.Targets: routing by variant needs each downstream station with its variants.");
            }
            else
            {
                var covered = new HashSet<string>(StringComparer.Ordinal);
                int defaults = 0;
                for (int t = 0; t < routing.Targets.Length; t++)
                {
                    RouteTarget target = routing.Targets[t];
                    if (target is null)
                    {
                        continue;
                    }

                    if (target.Variants.IsDefaultOrEmpty)
                    {
                        defaults++;
                        continue;
                    }

                    for (int v = 0; v < target.Variants.Length; v++)
                    {
                        string variant = target.Variants[v];
                        string where = string.Create(CultureInfo.InvariantCulture, $"{at}.Routing.Targets[{t}].Variants[{v}]");
                        Known(variant, where);
                        if (variant is not null && !covered.Add(variant))
                        {
                            problems.Add($"{where}: variant '{variant}' already goes to another target.");
                        }
                    }
                }

                if (defaults > 1)
                {
                    problems.Add($"{at}.Routing.Targets: {defaults} targets name no variants; at most one may take the variants the others do not name.");
                }
                else if (defaults == 0 && variants.Except(covered).FirstOrDefault() is { } missing)
                {
                    problems.Add($"{at}.Routing.Targets: no target takes variant '{missing}'.");
                }
            }
        }

        if (!station.Maintenance.IsDefault)
        {
            for (int k = 0; k < station.Maintenance.Length; k++)
            {
                string windowAt = string.Create(CultureInfo.InvariantCulture, $"{at}.Maintenance[{k}]");
                if (station.Maintenance[k] is not { } window)
                {
                    problems.Add($"{windowAt}: must not be null.");
                    continue;
                }

                if (!double.IsFinite(window.First) || window.First < 0)
                {
                    problems.Add($"{windowAt}.First: must be a time 0 or later, got {Require.Format(window.First)}.");
                }

                if (!double.IsFinite(window.Duration) || window.Duration <= 0)
                {
                    problems.Add($"{windowAt}.Duration: must be greater than 0, got {Require.Format(window.Duration)}.");
                }
                else if (!double.IsFinite(window.Every) || window.Every <= window.Duration)
                {
                    problems.Add($"{windowAt}.Every: must be longer than the window's duration ({Require.Format(window.Duration)}), got {Require.Format(window.Every)}.");
                }
            }
        }
    }

    private static void ValidateSegments(LineModel line, List<string> problems)
    {
        if (line.Segments.IsDefaultOrEmpty)
        {
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var owner = new string?[line.Stations.Length];
        for (int g = 0; g < line.Segments.Length; g++)
        {
            string at = string.Create(CultureInfo.InvariantCulture, $"Segments[{g}]");
            if (line.Segments[g] is not { } segment)
            {
                problems.Add($"{at}: must not be null.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(segment.Name) || !names.Add(segment.Name))
            {
                problems.Add($"{at}.Name: must be a name no other segment has, got '{segment.Name}'.");
            }

            if (!double.IsFinite(segment.TaktTime) || segment.TaktTime <= 0)
            {
                problems.Add($"{at}.TaktTime: must be a number greater than 0, got {Require.Format(segment.TaktTime)}.");
            }

            int first = line.IndexOf(segment.First);
            int last = line.IndexOf(segment.Last);
            if (first < 0)
            {
                problems.Add($"{at}.First: no station is named '{segment.First}'.");
            }

            if (last < 0)
            {
                problems.Add($"{at}.Last: no station is named '{segment.Last}'.");
            }

            if (first < 0 || last < 0)
            {
                continue;
            }

            if (last < first)
            {
                problems.Add($"{at}.Last: '{segment.Last}' comes before '{segment.First}' in the line; a segment runs from its first station forwards.");
                continue;
            }

            ValidateRoomBeforeSegment(line, segment, first, at, problems);
            for (int s = first; s <= last; s++)
            {
                Station station = line.Stations[s];
                string stationAt = LineTopology.StationPath(s, station);
                if (owner[s] is { } other)
                {
                    problems.Add($"{at}: '{station.Name}' is already in segment '{other}'; segments do not overlap.");
                    continue;
                }

                owner[s] = segment.Name;
                if (station.Servers != 1)
                {
                    problems.Add($"{stationAt}.Servers: a station in paced segment '{segment.Name}' is a single machine, got {station.Servers}.");
                }

                if (s > first && !station.TakesFromStationBefore)
                {
                    problems.Add($"{stationAt}.Inputs: inside paced segment '{segment.Name}' a station takes its parts from the station before; only the first may have inputs.");
                }

                if (s > first)
                {
                    for (int r = 0; r < line.Stations.Length; r++)
                    {
                        if (line.Stations[r] is not { Quality: { Rework.IsDefault: false } quality } sender)
                        {
                            continue;
                        }

                        for (int k = 0; k < quality.Rework.Length; k++)
                        {
                            if (quality.Rework[k]?.Station == station.Name)
                            {
                                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{LineTopology.StationPath(r, sender)}.Quality.Rework[{k}].Station: '{station.Name}' is inside paced segment '{segment.Name}'; rework can only go to a segment's first station, where parts enter it."));
                            }
                        }
                    }

                    for (int c = 0; !line.Carriers.IsDefault && c < line.Carriers.Length; c++)
                    {
                        if (line.Carriers[c]?.From == station.Name)
                        {
                            problems.Add(string.Create(CultureInfo.InvariantCulture, $"Carriers[{c}].From: parts board at '{station.Name}', inside paced segment '{segment.Name}'; they can only board at a segment's first station."));
                        }
                    }
                }

                if (s < last)
                {
                    if (station.Routing is not null)
                    {
                        problems.Add($"{stationAt}.Routing: inside paced segment '{segment.Name}' parts move to the next station; only the last may route.");
                    }

                    for (int b = 0; !line.Buffers.IsDefault && b < line.Buffers.Length; b++)
                    {
                        if (line.Buffers[b] is { Capacity: > 0 } buffer && buffer.After == station.Name)
                        {
                            problems.Add(string.Create(CultureInfo.InvariantCulture, $"Buffers[{b}]: '{station.Name}' is inside paced segment '{segment.Name}', whose stations pass parts on without buffers."));
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// A segment's first station holds its part until the segment indexes, and the segment indexes only once that
    /// station has its next part to take; that part must wait in a place of its own before the station. Through a buffer
    /// of 0 it could never arrive (the station is never idle to take it), and the segment would stand starved for good.
    /// </summary>
    private static void ValidateRoomBeforeSegment(LineModel line, PacedSegment segment, int first, string at, List<string> problems)
    {
        Station station = line.Stations[first];
        if (station is null)
        {
            return;
        }

        string holds = $"'{station.Name}' holds its part until segment '{segment.Name}' indexes, so its next part needs a place before it";
        if (station.TakesFromStationBefore)
        {
            if (first == 0)
            {
                if (line.Source is { IsUnlimited: false, InputCapacity: < 1 and var capacity })
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"Source.InputCapacity: {holds}: give the source an input capacity of 1 or more, got {capacity}."));
                }
            }
            else if (line.Stations[first - 1] is { } before)
            {
                // Named at the buffer when there is one, at the segment when there is none.
                int buffer = -1;
                for (int b = 0; !line.Buffers.IsDefault && b < line.Buffers.Length && buffer < 0; b++)
                {
                    buffer = line.Buffers[b]?.After == before.Name ? b : -1;
                }

                int capacity = buffer < 0 ? 0 : line.Buffers[buffer].Capacity;
                if (capacity < 1)
                {
                    string where = buffer < 0 ? $"{at}.First" : string.Create(CultureInfo.InvariantCulture, $"Buffers[{buffer}].Capacity");
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"{where}: {holds}: give the buffer after '{before.Name}' a capacity of 1 or more, got {capacity}."));
                }
            }

            return;
        }

        for (int k = 0; k < station.Inputs.Length; k++)
        {
            if (station.Inputs[k] is not { } input)
            {
                continue;
            }

            string inputAt = string.Create(CultureInfo.InvariantCulture, $"{LineTopology.StationPath(first, station)}.Inputs[{k}]");
            string parts = input.Quantity == 1 ? "part" : string.Create(CultureInfo.InvariantCulture, $"{input.Quantity} parts");
            string need = string.Create(CultureInfo.InvariantCulture, $"'{station.Name}' holds its part until segment '{segment.Name}' indexes, so its next {parts}");
            string places = input.Quantity == 1 ? "a place" : "places";
            if (input.Supply is { IsUnlimited: false, InputCapacity: { } inputCapacity } && inputCapacity < input.Quantity)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{inputAt}.Supply.InputCapacity: {need} from the supply need {places} before it: an input capacity of {input.Quantity} or more, got {inputCapacity}."));
            }
            else if (input.Conveyor is { } conveyor && conveyor.Capacity < input.Quantity)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{inputAt}.Conveyor.Capacity: {need} from '{input.From}' need {places} before it: a conveyor of {input.Quantity} places or more, got {conveyor.Capacity}."));
            }
            else if (input.Supply is null && input.Conveyor is null && input.Buffer < input.Quantity)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{inputAt}.Buffer: {need} from '{input.From}' need {places} before it: a buffer of {input.Quantity} or more, got {input.Buffer}."));
            }
        }
    }

    private static void ValidateCalendar(ShiftCalendar calendar, List<string> problems)
    {
        if (calendar.Shifts.IsDefaultOrEmpty)
        {
            problems.Add("Calendar.Shifts: a calendar needs at least one shift.");
            return;
        }

        var intervals = new List<(double Start, double End, string Shift)>();
        bool anyWork = false;
        bool allChecked = true;
        for (int k = 0; k < calendar.Shifts.Length; k++)
        {
            string at = string.Create(CultureInfo.InvariantCulture, $"Calendar.Shifts[{k}]");
            if (calendar.Shifts[k] is not { } shift)
            {
                problems.Add($"{at}: must not be null.");
                continue;
            }

            at = $"{at} '{shift.Name}'";
            bool valid = true;
            if (shift.Days.IsDefaultOrEmpty)
            {
                problems.Add($"{at}.Days: a shift needs at least one day.");
                valid = false;
            }
            else if (shift.Days.Distinct().Count() != shift.Days.Length || shift.Days.Any(d => !Enum.IsDefined(d)))
            {
                problems.Add($"{at}.Days: each day of the week at most once, got {string.Join(", ", shift.Days)}.");
                valid = false;
            }

            if (!double.IsFinite(shift.Start) || shift.Start < 0 || shift.Start >= Day)
            {
                problems.Add($"{at}.Start: must be a time of day from 0 to less than 86,400 s (24:00), got {Require.Format(shift.Start)}.");
                valid = false;
            }

            if (!double.IsFinite(shift.Length) || shift.Length <= 0 || shift.Length > Day)
            {
                problems.Add($"{at}.Length: must be greater than 0 and at most one day (86,400 s), got {Require.Format(shift.Length)}.");
                valid = false;
            }

            double breakTime = 0;
            if (!shift.Breaks.IsDefault)
            {
                double end = 0;
                for (int b = 0; b < shift.Breaks.Length; b++)
                {
                    string breakAt = string.Create(CultureInfo.InvariantCulture, $"{at}.Breaks[{b}]");
                    if (shift.Breaks[b] is not { } pause)
                    {
                        problems.Add($"{breakAt}: must not be null.");
                        allChecked = false;
                        continue;
                    }

                    if (!double.IsFinite(pause.Length) || pause.Length <= 0)
                    {
                        problems.Add($"{breakAt}.Length: must be greater than 0, got {Require.Format(pause.Length)}.");
                    }
                    else if (!double.IsFinite(pause.Start) || pause.Start < end || pause.Start + pause.Length > shift.Length)
                    {
                        problems.Add($"{breakAt}.Start: a break must lie within the shift, after the break before it, got {Require.Format(pause.Start)} s after the shift's start.");
                    }
                    else
                    {
                        end = pause.Start + pause.Length;
                        breakTime += pause.Length;
                        continue;
                    }

                    allChecked = false;
                }
            }

            allChecked &= valid;
            anyWork |= valid && shift.Length - breakTime > 0;
            if (valid)
            {
                foreach (DayOfWeek day in shift.Days)
                {
                    double start = (DayIndex(day) * Day) + shift.Start;
                    intervals.Add((start, start + shift.Length, shift.Name));
                }
            }
        }

        if (allChecked && !anyWork)
        {
            problems.Add("Calendar.Shifts: breaks fill every shift, so the plant never works; a calendar needs some working time.");
        }

        // Overlaps within the week, and across its end (a Sunday night shift running into Monday).
        intervals.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (int i = 0; i < intervals.Count; i++)
        {
            (double start, double end, string name) = intervals[i];
            (double nextStart, double _, string nextName) = i + 1 < intervals.Count ? intervals[i + 1] : (intervals[0].Start + (7 * Day), 0, intervals[0].Shift);
            if (intervals.Count > 1 && end > nextStart)
            {
                problems.Add($"Calendar.Shifts: shifts '{name}' and '{nextName}' overlap on {(DayOfWeek)(((int)(start / Day) + 1) % 7)}; a plant works one shift at a time.");
                break;
            }
        }

        if (!calendar.Holidays.IsDefault)
        {
            for (int h = 0; h < calendar.Holidays.Length; h++)
            {
                if (calendar.Holidays[h] < 0)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"Calendar.Holidays[{h}]: must be a day 0 or later, got {calendar.Holidays[h]}."));
                }
                else if (calendar.Holidays[h] >= ModelLimits.HolidayDays)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"Calendar.Holidays[{h}]: must be a day before {ModelLimits.HolidayDays:N0} (about 1,256 years; ModelLimits.HolidayDays), got {calendar.Holidays[h]:N0}."));
                }
            }
        }
    }

    /// <summary>Monday is day 0 of a week, Sunday day 6.</summary>
    public static int DayIndex(DayOfWeek day) => ((int)day + 6) % 7;
}
