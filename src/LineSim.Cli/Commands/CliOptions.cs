using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace LineSim.Cli.Commands;

/// <summary>Options whose values are parsed culture-free, with messages that name the option and the value found.</summary>
internal static class CliOptions
{
    /// <summary><c>--strict</c>: plausibility warnings are errors (exit 2).</summary>
    public static Option<bool> Strict() => new("--strict") { Description = "Treat plausibility warnings (a window too short for the line's times, a station slower than the takt, an availability below one half, a warm-up too short to fill the buffers) as errors: exit 2." };

    public static Option<int?> Integer(string name, string helpName, string description, params string[] aliases) =>
        new(name, aliases)
        {
            Description = description,
            HelpName = helpName,
            CustomParser = result => Parse(result, name, "a whole number", static (string token, out int? value) =>
            {
                bool ok = int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out int parsed);
                value = parsed;
                return ok;
            }),
        };

    public static Option<long?> Long(string name, string helpName, string description, params string[] aliases) =>
        new(name, aliases)
        {
            Description = description,
            HelpName = helpName,
            CustomParser = result => Parse(result, name, "a whole number", static (string token, out long? value) =>
            {
                bool ok = long.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out long parsed);
                value = parsed;
                return ok;
            }),
        };

    public static Option<double?> Seconds(string name, string description, params string[] aliases) =>
        new(name, aliases)
        {
            Description = description,
            HelpName = "SECONDS",
            CustomParser = result => Parse(result, name, "a number of seconds", static (string token, out double? value) =>
            {
                bool ok = double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed);
                value = parsed;
                return ok;
            }),
        };

    /// <summary>A number of seconds, or <c>auto</c>, which parses as <see cref="double.NaN"/>.</summary>
    public static Option<double?> SecondsOrAuto(string name, string description) =>
        new(name)
        {
            Description = description,
            HelpName = "SECONDS|auto",
            CustomParser = result => Parse(result, name, "a number of seconds or 'auto'", static (string token, out double? value) =>
            {
                bool ok = double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed);
                value = token == "auto" ? double.NaN : parsed;
                return ok || token == "auto";
            }),
        };

    /// <summary>A number (not necessarily of seconds), parsed culture-free.</summary>
    public static Option<double?> Number(string name, string helpName, string description) =>
        new(name)
        {
            Description = description,
            HelpName = helpName,
            CustomParser = result => Parse(result, name, "a number", static (string token, out double? value) =>
            {
                bool ok = double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed);
                value = parsed;
                return ok;
            }),
        };

    /// <summary>Adds a problem when an output file option names no file, a folder, or a file in a folder that does not exist.</summary>
    /// <param name="problems">Where the problems go.</param>
    /// <param name="option">The option, as <c>--csv</c>.</param>
    /// <param name="path">The path given; <see langword="null"/> when the option was not.</param>
    /// <param name="kind">What the file is, as <c>a CSV file</c>.</param>
    public static void CheckFile(List<string> problems, string option, string? path, string kind)
    {
        if (path is null)
        {
            return;
        }

        if (path.Length == 0)
        {
            problems.Add($"{option} must name a file, got an empty path.");
        }
        else if (Directory.Exists(path))
        {
            problems.Add($"{option}: {path} is a folder; give the name of {kind} to write.");
        }
        else if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory && !Directory.Exists(directory))
        {
            problems.Add($"{option}: the folder of {path} does not exist.");
        }
    }

    /// <summary>The command line that reproduces a command, as <c>linesim run line.json --seed 42</c>: its arguments quoted where they hold spaces.</summary>
    public static string CommandLine(ParseResult parse) => CommandLine(parse.Tokens.Select(token => token.Value));

    /// <summary>The command line of <c>linesim</c> with <paramref name="words"/>, a word with spaces (or none) quoted.</summary>
    public static string CommandLine(IEnumerable<string> words) =>
        "linesim " + string.Join(' ', words.Select(word => word.Length == 0 || word.Any(char.IsWhiteSpace) ? $"\"{word}\"" : word));

    private delegate bool TryParse<T>(string token, out T? value);

    private static T? Parse<T>(ArgumentResult result, string name, string expected, TryParse<T> tryParse)
    {
        string token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (tryParse(token, out T? value))
        {
            return value;
        }

        result.AddError($"{name} must be {expected}, got '{token}'.");
        return default;
    }
}
