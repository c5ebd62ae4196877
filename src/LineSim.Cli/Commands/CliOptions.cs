using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace LineSim.Cli.Commands;

/// <summary>Options whose values are parsed culture-free, with messages that name the option and the value found.</summary>
internal static class CliOptions
{
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
