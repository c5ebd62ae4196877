using System.Globalization;
using System.Text;
using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>
/// Gives a problem that <see cref="LineModel.Validate"/> found in a line read from a scenario file the JSON path of the
/// value at fault: <c>Stations[3] 'Framing'.Inputs[0].From: no station is named 'X'.</c> becomes
/// <c>stations[3].inputs[0].from: no station is named 'X'</c>.
/// </summary>
/// <remarks>
/// The model names its values as the API does (<c>Stations[i] 'name'.Member[k].Member</c>, <c>Carriers[c].To</c>,
/// <c>Calendar.Shifts[k] 'name'.Breaks[b].Start</c>, <c>Stations[i] 'name'.ProcessingTimeByVariant['variant']</c>,
/// <c>Stations</c> for the line as a whole); the scenario reader builds the model in the file's order, so the indices are
/// the file's. A problem whose path is not of that form keeps its text, with an empty path.
/// </remarks>
internal static class ModelProblemPaths
{
    /// <summary>The model's member names and the scenario file's field names for them.</summary>
    private static readonly Dictionary<string, string> s_fields = new(StringComparer.Ordinal)
    {
        ["Name"] = "name",
        ["TaktTime"] = "taktTime",
        ["Blocking"] = "blocking",
        ["Source"] = "source",
        ["InterarrivalTime"] = "interarrivalTime",
        ["InputCapacity"] = "capacity",
        ["Stations"] = "stations",
        ["ProcessingTime"] = "processingTime",
        ["Servers"] = "servers",
        ["Inputs"] = "inputs",
        ["From"] = "from",
        ["Buffer"] = "buffer",
        ["Conveyor"] = "conveyor",
        ["TravelTime"] = "travelTime",
        ["Capacity"] = "capacity",
        ["Supply"] = "source",
        ["Quantity"] = "quantity",
        ["Merge"] = "merge",
        ["Routing"] = "routing",
        ["Rule"] = "rule",
        ["Targets"] = "targets",
        ["Station"] = "station",
        ["Probability"] = "probability",
        ["Quality"] = "quality",
        ["FirstPassYield"] = "yield",
        ["Rework"] = "rework",
        ["Failures"] = "failures",
        ["TimeToFailure"] = "timeToFailure",
        ["TimeToRepair"] = "timeToRepair",
        ["Mode"] = "mode",
        ["Crew"] = "crew",
        ["Carriers"] = "carriers",
        ["Count"] = "count",
        ["To"] = "to",
        ["ReturnTime"] = "returnTime",
        ["Return"] = "return",
        ["Storage"] = "storage",
        ["Crews"] = "crews",
        ["Size"] = "size",
        ["Variants"] = "variants",
        ["Sequence"] = "sequence",
        ["Shares"] = "shares",
        ["ProcessingTimeByVariant"] = "processingTime.byVariant",
        ["Setup"] = "setup",
        ["Matrix"] = "matrix",
        ["Time"] = "time",
        ["Maintenance"] = "maintenance",
        ["Stops"] = "stops",
        ["Pull"] = "pull",
        ["Variant"] = "variant",
        ["First"] = "first",
        ["Every"] = "every",
        ["Duration"] = "duration",
        ["Segments"] = "segments",
        ["Last"] = "last",
        ["Calendar"] = "calendar",
        ["Shifts"] = "shifts",
        ["Days"] = "days",
        ["Start"] = "start",
        ["Length"] = "end",
        ["Breaks"] = "breaks",
        ["Holidays"] = "holidays",
    };

    /// <summary>The file's top-level fields that model problems can name, in the order the format lists them.</summary>
    private static readonly string[] s_topLevel = ["name", "taktTime", "blocking", "source", "variants", "stations", "segments", "carriers", "crews", "calendar"];

    /// <summary>
    /// The problems as scenario errors at their JSON paths, in the order of the file's sections (then by index within a
    /// list, then as found), as the readers report theirs.
    /// </summary>
    /// <param name="problems">Problems from <see cref="LineModel.Validate"/>.</param>
    /// <param name="line">The line they were found in, as read from the file.</param>
    public static IEnumerable<ScenarioError> TranslateAll(IEnumerable<string> problems, LineModel line) =>
        problems.Select(problem => Translate(problem, line)).OrderBy(SectionOf).ThenBy(IndexOf);

    /// <summary>The problem as a scenario error at its JSON path.</summary>
    /// <param name="problem">A problem from <see cref="LineModel.Validate"/>: <c>Path: message.</c></param>
    /// <param name="line">The line it was found in, as read from the file.</param>
    public static ScenarioError Translate(string problem, LineModel line)
    {
        var path = new StringBuilder();
        Station? station = null;
        int i = 0;
        while (true)
        {
            int start = i;
            while (i < problem.Length && char.IsAsciiLetter(problem[i]))
            {
                i++;
            }

            string member = problem[start..i];
            int? index = null;
            string? key = null;
            if (member == "ProcessingTimeByVariant" && station is not null && problem.AsSpan(i).StartsWith("['", StringComparison.Ordinal))
            {
                // The variant's name, in quotes, may hold any character: match the station's own names whole.
                key = station.ProcessingTimeByVariant.Keys
                    .Where(name => problem.AsSpan(i).StartsWith($"['{name}']", StringComparison.Ordinal))
                    .MaxBy(name => name.Length);
                if (key is null)
                {
                    return Unchanged(problem);
                }

                i += key.Length + 4;
            }
            else if (i < problem.Length && problem[i] == '[')
            {
                int close = problem.IndexOf(']', i);
                if (close < 0 || !int.TryParse(problem.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int value))
                {
                    return Unchanged(problem);
                }

                index = value;
                i = close + 1;
            }

            if (index is { } named && problem.AsSpan(i).StartsWith(" '", StringComparison.Ordinal))
            {
                // A station's or a shift's name follows its index in quotes; it may hold any character, so match it whole.
                string? name = (member, path.ToString()) switch
                {
                    ("Stations", "") when named < line.Stations.Length => line.Stations[named]?.Name,
                    ("Shifts", "calendar") when line.Calendar is { Shifts.IsDefault: false } calendar && named < calendar.Shifts.Length => calendar.Shifts[named]?.Name,
                    _ => null,
                };
                string quoted = $" '{name}'";
                if (name is null || !problem.AsSpan(i).StartsWith(quoted, StringComparison.Ordinal))
                {
                    return Unchanged(problem);
                }

                i += quoted.Length;
            }

            if (member == "Stations" && path.Length == 0 && index is { } s && s < line.Stations.Length)
            {
                station = line.Stations[s];
            }

            if (member == "Buffers" && path.Length == 0 && index is { } b)
            {
                // Buffers come from bufferBefore: the buffer after station j is the one before station j + 1.
                int after = b < line.Buffers.Length ? line.IndexOf(line.Buffers[b].After) : -1;
                int end = problem.IndexOf(": ", i, StringComparison.Ordinal);
                return after < 0 || after + 1 >= line.Stations.Length || end < 0
                    ? Unchanged(problem)
                    : new ScenarioError(JsonPath.Property(JsonPath.Index("stations", after + 1), "bufferBefore"), Message(problem, end + 2));
            }

            if (member == "Shares" && path.ToString() == "variants" && index is { } k)
            {
                // Shares are an object keyed by variant: the share and its variant's name are both that key's value.
                if (line.Variants is not { Shares.IsDefault: false } mix || k >= mix.Shares.Length || mix.Shares[k] is not { } share)
                {
                    return Unchanged(problem);
                }

                index = null;
                key = share.Variant;
                if (problem.AsSpan(i).StartsWith(".Share:", StringComparison.Ordinal) || problem.AsSpan(i).StartsWith(".Variant:", StringComparison.Ordinal))
                {
                    i = problem.IndexOf(':', i);
                }
            }

            if (member == "AdditionalFailures" && index is { } extra)
            {
                // A station's failure profiles are one list in the file: the first is Failures, the others follow it.
                member = "Failures";
                index = extra + 1;
            }

            if (!s_fields.TryGetValue(member, out string? field))
            {
                return Unchanged(problem);
            }

            string at = JsonPath.Property(path.ToString(), field);
            path.Clear().Append(index is { } n ? JsonPath.Index(at, n) : key is not null ? JsonPath.Key(at, key) : at);
            if (i < problem.Length && problem[i] == '.')
            {
                i++;
                continue;
            }

            return problem.AsSpan(i).StartsWith(": ", StringComparison.Ordinal)
                ? new ScenarioError(path.ToString(), Message(problem, i + 2))
                : Unchanged(problem);
        }
    }

    private static int SectionOf(ScenarioError error)
    {
        int end = error.Path.IndexOfAny(['.', '[']);
        int rank = Array.IndexOf(s_topLevel, end < 0 ? error.Path : error.Path[..end]);
        return rank < 0 ? s_topLevel.Length : rank;
    }

    /// <summary>The index that follows the path's top-level field, as in <c>stations[3]</c>; -1 when none does.</summary>
    private static int IndexOf(ScenarioError error)
    {
        int open = error.Path.IndexOfAny(['.', '[']);
        int close = open < 0 || error.Path[open] != '[' ? -1 : error.Path.IndexOf(']', open);
        return close > open && int.TryParse(error.Path.AsSpan(open + 1, close - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            ? index
            : -1;
    }

    /// <summary>The message from <paramref name="start"/>, without the model's closing full stop (the file's messages have none).</summary>
    private static string Message(string problem, int start)
    {
        string message = problem[start..];
        return message.EndsWith('.') ? message[..^1] : message;
    }

    private static ScenarioError Unchanged(string problem) => new(string.Empty, problem);
}
