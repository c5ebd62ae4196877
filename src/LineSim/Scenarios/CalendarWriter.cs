using System.Globalization;
using System.Text.Json;
using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>
/// Writes the top-level <c>calendar</c> as <see cref="CalendarReader"/> reads it: shifts and breaks in clock time
/// (<c>"hh:mm"</c> or <c>"hh:mm:ss"</c>), holidays, and <c>failuresCountIn</c> when failures count calendar time. A clock
/// time holds whole seconds within a day, so a shift or break that starts or ends elsewhere cannot be written.
/// </summary>
internal static class CalendarWriter
{
    public static void Write(Utf8JsonWriter writer, ShiftCalendar calendar)
    {
        writer.WriteStartObject("calendar");
        writer.WriteStartArray("shifts");
        for (int k = 0; k < calendar.Shifts.Length; k++)
        {
            WriteShift(writer, calendar.Shifts[k], string.Create(CultureInfo.InvariantCulture, $"Calendar.Shifts[{k}]"));
        }

        writer.WriteEndArray();
        if (!calendar.Holidays.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("holidays");
            foreach (int day in calendar.Holidays)
            {
                writer.WriteNumberValue(day);
            }

            writer.WriteEndArray();
        }

        if (!calendar.FailuresInWorkingTimeOnly)
        {
            writer.WriteString("failuresCountIn", CalendarReader.CalendarTime);
        }

        writer.WriteEndObject();
    }

    private static void WriteShift(Utf8JsonWriter writer, Shift shift, string at)
    {
        writer.WriteStartObject();
        writer.WriteString("name", shift.Name);
        writer.WriteStartArray("days");
        foreach (DayOfWeek day in shift.Days)
        {
            writer.WriteStringValue(day.ToString().ToLowerInvariant());
        }

        writer.WriteEndArray();
        (string start, string end) = Span(shift.Start, shift.Length, at, "Start", "Length");
        writer.WriteString("start", start);
        writer.WriteString("end", end);
        if (!shift.Breaks.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("breaks");
            for (int k = 0; k < shift.Breaks.Length; k++)
            {
                ShiftBreak pause = shift.Breaks[k];
                string breakAt = string.Create(CultureInfo.InvariantCulture, $"{at}.Breaks[{k}]");
                (string from, string to) = Span(Modulo(shift.Start + pause.Start), pause.Length, breakAt, "Start", "Length");
                if (Modulo(Modulo(shift.Start + pause.Start) - shift.Start) != pause.Start)
                {
                    throw ScenarioWriter.CannotWrite(breakAt + ".Start", $"a break {Require.Format(pause.Start)} s after its shift's start reads back as another offset from the clock time it starts at");
                }

                if (pause.Length >= ClockTime.Day)
                {
                    throw ScenarioWriter.CannotWrite(breakAt + ".Length", $"a break of a whole day starts and ends at the same clock time, which reads as no break, got {Require.Format(pause.Length)} s");
                }

                writer.WriteStartObject();
                writer.WriteString("start", from);
                writer.WriteString("end", to);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// The clock times from <paramref name="start"/> for <paramref name="length"/> seconds, checked to read back as the
    /// same start and length (<see cref="CalendarReader"/>: an end at or before the start runs past midnight).
    /// </summary>
    private static (string Start, string End) Span(double start, double length, string at, string startField, string lengthField)
    {
        if (!(start >= 0 && start < ClockTime.Day) || Math.Floor(start) != start)
        {
            throw ScenarioWriter.CannotWrite($"{at}.{startField}", $"a scenario file gives times of day in whole seconds from 00:00 to 23:59:59, got {Require.Format(start)} s after midnight");
        }

        if (!(length > 0 && length <= ClockTime.Day) || Math.Floor(length) != length)
        {
            throw ScenarioWriter.CannotWrite($"{at}.{lengthField}", $"a scenario file gives a span of whole seconds, more than 0 and at most a day, as clock times, got {Require.Format(length)} s");
        }

        double end = start + length;
        if (end > ClockTime.Day)
        {
            end -= ClockTime.Day;
        }

        return (ClockTime.Format(start), ClockTime.Format(end));
    }

    private static double Modulo(double seconds) => ((seconds % ClockTime.Day) + ClockTime.Day) % ClockTime.Day;
}
