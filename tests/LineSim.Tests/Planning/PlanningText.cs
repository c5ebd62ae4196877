using System.Globalization;
using System.Text;
using LineSim.Model;
using LineSim.Tests.Network;

namespace LineSim.Tests.Planning;

/// <summary>Describes a line as <see cref="PlantText"/> does, then its variants, each station's variant times, setups and maintenance, its segments and its calendar.</summary>
internal static class PlanningText
{
    public static string Describe(LineModel model)
    {
        var text = new StringBuilder(PlantText.Describe(model));
        if (model.Variants is { } mix)
        {
            text.AppendLine().Append("  variants: ").Append(mix.Sequence.IsDefaultOrEmpty
                ? "shares " + string.Join(", ", mix.Shares.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Variant} {s.Share:G3}")))
                : "sequence " + string.Join(" ", mix.Sequence));
        }

        foreach (Station station in model.Stations)
        {
            foreach ((string variant, Distribution time) in station.ProcessingTimeByVariant.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                text.AppendLine().Append(CultureInfo.InvariantCulture, $"  {station.Name}: {variant} takes {time}");
            }

            if (station.Setup is { } setup)
            {
                text.AppendLine().Append(CultureInfo.InvariantCulture, $"  {station.Name}: setup {setup.Time?.ToString() ?? "none"}");
                foreach (ChangeoverTime change in setup.Matrix)
                {
                    text.Append(CultureInfo.InvariantCulture, $", {change.From}->{change.To} {change.Time}");
                }
            }

            foreach (MaintenanceWindow window in station.Maintenance)
            {
                text.AppendLine().Append(CultureInfo.InvariantCulture, $"  {station.Name}: maintenance from {Time(window.First)} every {Time(window.Every)} for {Time(window.Duration)}");
            }
        }

        foreach (PacedSegment segment in model.Segments)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"  segment {segment.Name}: {segment.First} to {segment.Last}, takt {segment.TaktTime} s");
        }

        if (model.Calendar is { } calendar)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"  calendar, failures in {(calendar.FailuresInWorkingTimeOnly ? "working" : "calendar")} time");
            foreach (Shift shift in calendar.Shifts)
            {
                text.AppendLine().Append(CultureInfo.InvariantCulture, $"    {shift.Name} {string.Join(",", shift.Days.Select(d => d.ToString()[..3]))} from {Time(shift.Start)} for {Time(shift.Length)}");
                foreach (ShiftBreak pause in shift.Breaks)
                {
                    text.Append(CultureInfo.InvariantCulture, $", break after {Time(pause.Start)} for {Time(pause.Length)}");
                }
            }

            if (!calendar.Holidays.IsDefaultOrEmpty)
            {
                text.AppendLine().Append("    holidays on days ").AppendJoin(", ", calendar.Holidays);
            }
        }

        return text.ToString();
    }

    /// <summary>Seconds as hours and minutes, e.g. 22:30 or 30:00 for 30 hours.</summary>
    private static string Time(double seconds) => string.Create(CultureInfo.InvariantCulture, $"{(int)(seconds / 3_600)}:{(int)(seconds % 3_600 / 60):00}{(seconds % 60 != 0 ? $"+{seconds % 60:G4}s" : string.Empty)}");
}
