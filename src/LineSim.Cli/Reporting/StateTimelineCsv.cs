using System.Globalization;
using LineSim.Results;

namespace LineSim.Cli.Reporting;

/// <summary>
/// A station-state timeline as CSV, one row per change (<c>time,station,server,state</c>), the states at the window's
/// start first; time in seconds of calendar time from the replication's start.
/// </summary>
internal static class StateTimelineCsv
{
    public static void Write(StateTimeline timeline, TextWriter writer)
    {
        writer.Write(Csv.Line(["time", "station", "server", "state"]));
        foreach (StateChange change in timeline.Changes)
        {
            writer.Write(Csv.Line([Csv.Number(change.Time), change.Station, change.Server.ToString(CultureInfo.InvariantCulture), Name(change.State)]));
        }
    }

    /// <summary>A state as the CSV names it: camelCase.</summary>
    public static string Name(MachineState state)
    {
        string name = state.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
