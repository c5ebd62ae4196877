using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using LineSim.Scenarios;

namespace LineSim.Experiments;

/// <summary>
/// A path into a scenario's JSON, as a plan's <c>set</c> writes it: field names joined by dots, a list's elements by
/// index (<c>stations[2]</c>), by name (<c>stations[Framing]</c>, <c>inputs[Underbody weld 2]</c> by the <c>from</c>
/// it names, <c>stations["A.1"]</c> quoted) or all of them (<c>stations[*]</c>).
/// </summary>
/// <remarks>
/// An element is named by its <c>name</c>, else its <c>from</c>, else its <c>station</c> field. The last field need not
/// be there yet (<c>stations[Respot 1].servers</c> sets a field the scenario left at its default), except after a
/// wildcard, which matches only the elements that have it.
/// </remarks>
internal sealed class SettingPath
{
    private static readonly string[] s_nameFields = ["name", "from", "station"];

    private SettingPath(string text, ImmutableArray<PathSegment> segments)
    {
        Text = text;
        Segments = segments;
    }

    /// <summary>The path as written.</summary>
    public string Text { get; }

    /// <summary>The steps of the path.</summary>
    public ImmutableArray<PathSegment> Segments { get; }

    /// <summary>Whether the path has a wildcard, so may find several values.</summary>
    public bool HasWildcard => Segments.Any(s => s.Selector == SelectorKind.All);

    /// <summary>Parses <paramref name="text"/>; <see langword="null"/> with <paramref name="problem"/> saying what is wrong.</summary>
    public static SettingPath? Parse(string text, out string? problem)
    {
        var segments = ImmutableArray.CreateBuilder<PathSegment>();
        int i = 0;
        while (true)
        {
            int start = i;
            while (i < text.Length && text[i] is not ('.' or '['))
            {
                i++;
            }

            string field = text[start..i];
            if (field.Length == 0 || field.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '_' or '$')))
            {
                problem = field.Length == 0
                    ? $"a field name is missing at character {start + 1} of {JsonText.Quote(text)}"
                    : $"{JsonText.Quote(field)} is not a field name (letters and digits): write a list element in brackets, as stations[Framing]";
                return null;
            }

            if (i < text.Length && text[i] == '[')
            {
                PathSegment? segment = ReadSelector(text, field, ref i, out problem);
                if (segment is null)
                {
                    return null;
                }

                segments.Add(segment.Value);
            }
            else
            {
                segments.Add(new PathSegment(field, SelectorKind.None, -1, null));
            }

            if (i == text.Length)
            {
                break;
            }

            if (text[i] != '.')
            {
                problem = $"expected '.' or the end after {JsonText.Quote(text[..i])}, got '{text[i]}'";
                return null;
            }

            i++;
        }

        if (segments[^1].Selector != SelectorKind.None)
        {
            problem = $"{JsonText.Quote(text)} ends with a list element; name the field to set in it, as {text}.buffer";
            return null;
        }

        problem = null;
        return new SettingPath(text, segments.ToImmutable());
    }

    private static PathSegment? ReadSelector(string text, string field, ref int i, out string? problem)
    {
        i++;
        string? key;
        if (i < text.Length && text[i] == '"')
        {
            var quoted = new StringBuilder();
            i++;
            while (i < text.Length && text[i] != '"')
            {
                if (text[i] == '\\' && i + 1 < text.Length)
                {
                    i++;
                }

                quoted.Append(text[i]);
                i++;
            }

            key = i < text.Length ? quoted.ToString() : null;
            i++;
        }
        else
        {
            int start = i;
            while (i < text.Length && text[i] != ']')
            {
                i++;
            }

            key = i < text.Length ? text[start..i] : null;
        }

        if (key is null || i >= text.Length || text[i] != ']')
        {
            problem = $"the '[' after {JsonText.Quote(field)} is not closed by ']'";
            return null;
        }

        i++;
        problem = null;
        if (key.Length == 0)
        {
            problem = $"empty brackets after {JsonText.Quote(field)}: give an index, a name or *";
            return null;
        }

        if (key == "*")
        {
            return new PathSegment(field, SelectorKind.All, -1, null);
        }

        return key.All(char.IsAsciiDigit) && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            ? new PathSegment(field, SelectorKind.Index, index, null)
            : new PathSegment(field, SelectorKind.Name, -1, key);
    }

    /// <summary>
    /// The values the path finds in <paramref name="root"/>; empty with <paramref name="problem"/> saying why when it
    /// finds none.
    /// </summary>
    public ImmutableArray<ValueTarget> Resolve(JsonObject root, out string? problem)
    {
        var found = new List<(JsonObject Node, ImmutableArray<PathStep> Steps, string Text)> { (root, [], string.Empty) };
        problem = null;
        for (int s = 0; s < Segments.Length; s++)
        {
            PathSegment segment = Segments[s];
            bool last = s == Segments.Length - 1;
            var next = new List<(JsonObject Node, ImmutableArray<PathStep> Steps, string Text)>();
            foreach ((JsonObject node, ImmutableArray<PathStep> steps, string text) in found)
            {
                string here = JsonPath.Property(text, segment.Field);
                if (last)
                {
                    // A wildcard matches only the elements that have the field; a named element may gain it.
                    if (node.ContainsKey(segment.Field) || !Segments.Take(s).Any(x => x.Selector == SelectorKind.All))
                    {
                        next.Add((node, steps.Add(new PathStep(segment.Field, -1)), here));
                    }

                    continue;
                }

                if (!node.TryGetPropertyValue(segment.Field, out JsonNode? value) || value is null)
                {
                    problem ??= MissingField(node, text, segment.Field);
                    continue;
                }

                if (segment.Selector == SelectorKind.None)
                {
                    if (value is JsonObject child)
                    {
                        next.Add((child, steps.Add(new PathStep(segment.Field, -1)), here));
                    }
                    else
                    {
                        problem ??= $"{here} is {Describe(value)}, not an object with fields";
                    }

                    continue;
                }

                if (value is not JsonArray list)
                {
                    problem ??= $"{here} is {Describe(value)}, not a list, so [{Key(segment)}] selects nothing";
                    continue;
                }

                Select(list, segment, steps, here, next, ref problem);
            }

            found = next;
            if (found.Count == 0)
            {
                problem ??= $"no element has the field {JsonText.Quote(segment.Field)}";
                return [];
            }
        }

        problem = null;
        return [.. found.Select(f => new ValueTarget(f.Steps, f.Text))];
    }

    private static void Select(JsonArray list, PathSegment segment, ImmutableArray<PathStep> steps, string here, List<(JsonObject, ImmutableArray<PathStep>, string)> next, ref string? problem)
    {
        switch (segment.Selector)
        {
            case SelectorKind.Index when segment.Index >= list.Count:
                problem ??= $"{here} has {list.Count} element{(list.Count == 1 ? string.Empty : "s")}, so [{segment.Index}] is out of range (indices start at 0)";
                break;
            case SelectorKind.Index when list[segment.Index] is JsonObject element:
                next.Add((element, steps.Add(new PathStep(segment.Field, segment.Index)), $"{here}[{ElementName(element) ?? segment.Index.ToString(CultureInfo.InvariantCulture)}]"));
                break;
            case SelectorKind.Index:
                problem ??= $"{here}[{segment.Index}] is {Describe(list[segment.Index])}, not an object with fields";
                break;
            case SelectorKind.Name:
                int match = -1;
                for (int k = 0; k < list.Count && match < 0; k++)
                {
                    if (list[k] is JsonObject candidate && ElementName(candidate) == segment.Name)
                    {
                        match = k;
                    }
                }

                if (match >= 0)
                {
                    next.Add(((JsonObject)list[match]!, steps.Add(new PathStep(segment.Field, match)), $"{here}[{segment.Name}]"));
                }
                else
                {
                    IEnumerable<string> names = list.OfType<JsonObject>().Select(ElementName).OfType<string>();
                    string? suggestion = Suggestions.Closest(segment.Name!, names);
                    problem ??= $"{here} has no element named {JsonText.Quote(segment.Name!)}"
                        + (suggestion is null ? string.Empty : $", did you mean {JsonText.Quote(suggestion)}?");
                }

                break;
            default:
                for (int k = 0; k < list.Count; k++)
                {
                    if (list[k] is JsonObject element)
                    {
                        next.Add((element, steps.Add(new PathStep(segment.Field, k)), $"{here}[{ElementName(element) ?? k.ToString(CultureInfo.InvariantCulture)}]"));
                    }
                }

                break;
        }
    }

    /// <summary>The element's name for paths: its <c>name</c>, <c>from</c> or <c>station</c> string.</summary>
    private static string? ElementName(JsonObject element)
    {
        foreach (string field in s_nameFields)
        {
            if (element.TryGetPropertyValue(field, out JsonNode? value) && value is JsonValue text && text.TryGetValue(out string? name))
            {
                return name;
            }
        }

        return null;
    }

    private static string MissingField(JsonObject node, string text, string field)
    {
        string? suggestion = Suggestions.Closest(field, node.Select(p => p.Key));
        string where = text.Length == 0 ? "the scenario" : text;
        return $"{where} has no field {JsonText.Quote(field)}" + (suggestion is null ? string.Empty : $", did you mean {JsonText.Quote(suggestion)}?");
    }

    private static string Key(PathSegment segment) => segment.Selector switch
    {
        SelectorKind.All => "*",
        SelectorKind.Index => segment.Index.ToString(CultureInfo.InvariantCulture),
        _ => segment.Name!,
    };

    private static string Describe(JsonNode? value) => value switch
    {
        JsonObject => "an object",
        JsonArray => "a list",
        null => "null",
        _ => $"the value {value.ToJsonString()}",
    };
}
