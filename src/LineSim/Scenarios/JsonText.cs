using System.Text.Json;

namespace LineSim.Scenarios;

/// <summary>Describes JSON values in error messages.</summary>
internal static class JsonText
{
    private const int MaxShown = 40;

    /// <summary>What a value is, for "got ..." in a message: <c>a string "abc"</c>, <c>an object</c>, <c>-5</c>.</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"a string {Quote(value.GetString() ?? string.Empty)}",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>A string in double quotes, shortened when long.</summary>
    public static string Quote(string text) =>
        text.Length <= MaxShown ? $"\"{text}\"" : $"\"{text[..MaxShown]}...\"";

    /// <summary>Names joined as <c>"a", "b" or "c"</c>.</summary>
    public static string Alternatives(IReadOnlyList<string> names)
    {
        if (names.Count == 1)
        {
            return Quote(names[0]);
        }

        return string.Join(", ", names.Take(names.Count - 1).Select(Quote)) + " or " + Quote(names[^1]);
    }
}
