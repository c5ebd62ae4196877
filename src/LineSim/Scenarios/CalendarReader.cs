using System.Collections.Immutable;
using System.Text.Json;
using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>
/// Reads the top-level <c>calendar</c>: <c>"twoShiftsFiveDays"</c>, or <c>{ "shifts": [ { "name": ..., "days": [...],
/// "start": "06:00", "end": "14:00", "breaks": [ { "start": "10:00", "end": "10:30" } ] } ], "holidays": [days],
/// "failuresCountIn": "workingTime" | "calendarTime" }</c>. Times of day are clock times; a break, given in clock time,
/// becomes the model's offset from its shift's start. That shifts do not overlap is checked on the line
/// (<see cref="LineModel.Validate"/>).
/// </summary>
internal static class CalendarReader
{
    public const string TwoShiftsFiveDays = "twoShiftsFiveDays";
    public const string WorkingTime = "workingTime";
    public const string CalendarTime = "calendarTime";
    public const string Weekdays = "weekdays";

    private static readonly IReadOnlyList<string> s_presets = [TwoShiftsFiveDays];
    private static readonly IReadOnlyList<string> s_clocks = [WorkingTime, CalendarTime];

    /// <summary>The names a shift's days may have, each with the days it stands for.</summary>
    private static readonly (string Name, DayOfWeek[] Days)[] s_dayNames =
    [
        ("monday", [DayOfWeek.Monday]), ("tuesday", [DayOfWeek.Tuesday]), ("wednesday", [DayOfWeek.Wednesday]), ("thursday", [DayOfWeek.Thursday]),
        ("friday", [DayOfWeek.Friday]), ("saturday", [DayOfWeek.Saturday]), ("sunday", [DayOfWeek.Sunday]),
        ("mon", [DayOfWeek.Monday]), ("tue", [DayOfWeek.Tuesday]), ("wed", [DayOfWeek.Wednesday]), ("thu", [DayOfWeek.Thursday]),
        ("fri", [DayOfWeek.Friday]), ("sat", [DayOfWeek.Saturday]), ("sun", [DayOfWeek.Sunday]),
        (Weekdays, [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]),
    ];

    public static ShiftCalendar? Read(JsonElement element, string path, ScenarioErrorList errors)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            return JsonFields.ReadChoice(element, path, s_presets, errors) is null ? null : ShiftCalendar.TwoShiftsFiveDays;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path, $"must be an object (a shift calendar) or {JsonText.Quote(TwoShiftsFiveDays)}, got {JsonText.Describe(element)}");
            return null;
        }

        JsonFields fields = JsonFields.Open(element, path, errors, "a shift calendar", "shifts", "holidays", "failuresCountIn")!;
        int before = errors.Count;
        ImmutableArray<Shift>? shifts = fields.List("shifts", "shifts", (item, at) => ReadShift(item, at, errors), required: true);
        if (shifts is { IsEmpty: true })
        {
            fields.Report("shifts", "a calendar needs at least one shift, got an empty list");
        }

        ImmutableArray<int>? holidays = ReadHolidays(fields, errors);
        string? clock = fields.Choice("failuresCountIn", s_clocks);
        return errors.Count == before && shifts is { } read
            ? new ShiftCalendar(read) { Holidays = holidays ?? [], FailuresInWorkingTimeOnly = clock != CalendarTime }
            : null;
    }

    private static Shift? ReadShift(JsonElement element, string path, ScenarioErrorList errors)
    {
        JsonFields? fields = JsonFields.Open(element, path, errors, "a shift", "name", "days", "start", "end", "breaks");
        if (fields is null)
        {
            return null;
        }

        int before = errors.Count;
        string? name = fields.String("name", required: true);
        ImmutableArray<DayOfWeek>? days = ReadDays(fields, errors);
        double? start = Time(fields, "start", endOfDay: false, errors);
        double? end = Time(fields, "end", endOfDay: true, errors);

        // A shift whose end is at or before its start runs past midnight.
        double? length = start is { } s && end is { } e ? (e > s ? e - s : e - s + ClockTime.Day) : null;
        ImmutableArray<ShiftBreak>? breaks = null;
        if (fields.TryGet("breaks", out _))
        {
            var ends = new List<double>();
            breaks = fields.List("breaks", "breaks", (item, at) => ReadBreak(item, at, start, end, length, ends, errors));
        }

        return errors.Count == before && name is not null && days is { } weekDays && start is { } from && length is { } hours
            ? new Shift(name, weekDays, from, hours) { Breaks = breaks ?? [] }
            : null;
    }

    /// <summary>
    /// Reads a break, in clock time, as an offset from its shift's start; <paramref name="ends"/> holds the offsets where
    /// the breaks before it end. Checked against the shift only when the shift's times are valid.
    /// </summary>
    private static ShiftBreak? ReadBreak(JsonElement element, string path, double? shiftStart, double? shiftEnd, double? shiftLength, List<double> ends, ScenarioErrorList errors)
    {
        JsonFields? fields = JsonFields.Open(element, path, errors, "a break", "start", "end");
        if (fields is null)
        {
            return null;
        }

        double? start = Time(fields, "start", endOfDay: false, errors);
        double? end = Time(fields, "end", endOfDay: true, errors);
        if (start is not { } from || end is not { } to || shiftStart is not { } shiftFrom || shiftEnd is not { } shiftTo || shiftLength is not { } length)
        {
            return null;
        }

        double offset = Modulo(from - shiftFrom);
        double duration = Modulo(to - from);
        string shift = $"{JsonText.Quote(ClockTime.Format(shiftFrom))} to {JsonText.Quote(ClockTime.Format(shiftTo))}";
        if (duration == 0)
        {
            fields.Report("end", $"must be later than the break's start ({JsonText.Quote(ClockTime.Format(from))}), got {JsonText.Quote(ClockTime.Format(to))}");
            return null;
        }

        if (offset >= length)
        {
            fields.Report("start", $"{JsonText.Quote(ClockTime.Format(from))} is outside the shift, which runs from {shift}; a break lies within its shift");
            return null;
        }

        if (offset + duration > length)
        {
            fields.Report("end", $"{JsonText.Quote(ClockTime.Format(to))} is after the end of the shift, which runs from {shift}; a break lies within its shift");
            return null;
        }

        if (ends.Count > 0 && offset < ends[^1])
        {
            fields.Report("start", $"{JsonText.Quote(ClockTime.Format(from))} is before the end of the break before it ({JsonText.Quote(ClockTime.Format(Modulo(shiftFrom + ends[^1])))}); give a shift's breaks in order, without overlaps");
            return null;
        }

        ends.Add(offset + duration);
        return new ShiftBreak(offset, duration);
    }

    private static ImmutableArray<DayOfWeek>? ReadDays(JsonFields fields, ScenarioErrorList errors)
    {
        if (!fields.TryGet("days", out JsonElement element))
        {
            fields.ReportMissing("days");
            return null;
        }

        string path = fields.At("days");
        if (element.ValueKind != JsonValueKind.Array)
        {
            errors.Add(path, $"must be a list of days (\"monday\" to \"sunday\", \"mon\" to \"sun\", or \"weekdays\"), got {JsonText.Describe(element)}");
            return null;
        }

        if (element.GetArrayLength() == 0)
        {
            errors.Add(path, "a shift needs at least one day, got an empty list");
            return null;
        }

        int before = errors.Count;
        var days = new List<DayOfWeek>();
        int index = 0;
        foreach (JsonElement item in element.EnumerateArray())
        {
            string at = JsonPath.Index(path, index++);
            if (JsonFields.ReadString(item, at, errors) is not { } name)
            {
                continue;
            }

            int known = Array.FindIndex(s_dayNames, d => d.Name == name);
            if (known < 0)
            {
                string? suggestion = Suggestions.Closest(name, s_dayNames.Select(d => d.Name));
                errors.Add(at, $"must be a day of the week (\"monday\" to \"sunday\", or \"mon\" to \"sun\") or \"weekdays\", got {JsonText.Quote(name)}"
                    + (suggestion is null ? string.Empty : $"; did you mean \"{suggestion}\"?"));
                continue;
            }

            foreach (DayOfWeek day in s_dayNames[known].Days)
            {
                if (days.Contains(day))
                {
                    errors.Add(at, $"{JsonText.Quote(day.ToString().ToLowerInvariant())} is already among the shift's days; give each day once");
                    break;
                }

                days.Add(day);
            }
        }

        return errors.Count == before ? [.. days] : null;
    }

    private static ImmutableArray<int>? ReadHolidays(JsonFields fields, ScenarioErrorList errors)
    {
        if (!fields.TryGet("holidays", out JsonElement element))
        {
            return null;
        }

        string path = fields.At("holidays");
        if (element.ValueKind != JsonValueKind.Array)
        {
            errors.Add(path, $"must be a list of days (whole numbers, 0 for the run's first day, a Monday), got {JsonText.Describe(element)}");
            return null;
        }

        int before = errors.Count;
        var days = new List<int>();
        int index = 0;
        foreach (JsonElement item in element.EnumerateArray())
        {
            string at = JsonPath.Index(path, index++);
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetDouble(out double day) || Math.Floor(day) != day || day > int.MaxValue)
            {
                errors.Add(at, $"must be a whole number of days (0 for the run's first day, a Monday), got {(item.ValueKind == JsonValueKind.Number ? item.GetRawText() : JsonText.Describe(item))}");
            }
            else if (day < 0)
            {
                errors.Add(at, $"must be 0 or more, got {item.GetRawText()}");
            }
            else
            {
                days.Add((int)day);
            }
        }

        return errors.Count == before ? [.. days] : null;
    }

    private static double? Time(JsonFields fields, string name, bool endOfDay, ScenarioErrorList errors)
    {
        if (!fields.TryGet(name, out JsonElement value))
        {
            fields.ReportMissing(name);
            return null;
        }

        return ClockTime.Read(value, fields.At(name), errors, endOfDay);
    }

    private static double Modulo(double seconds) => ((seconds % ClockTime.Day) + ClockTime.Day) % ClockTime.Day;
}
