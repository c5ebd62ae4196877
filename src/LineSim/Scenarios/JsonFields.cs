using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace LineSim.Scenarios;

/// <summary>
/// Reads the fields of one JSON object of a scenario, reporting each problem with its path: duplicate fields, unknown
/// fields (with a suggestion), missing required fields, values of the wrong type and numbers out of range.
/// </summary>
/// <remarks>
/// The fields an object may have are given when it is opened; unknown and duplicate fields are reported then. Each
/// read method returns <see langword="null"/> when the field is absent or invalid, having reported any problem.
/// </remarks>
internal sealed class JsonFields
{
    private readonly Dictionary<string, JsonElement> _values = new(StringComparer.Ordinal);
    private readonly ScenarioErrorList _errors;

    private JsonFields(JsonElement element, string path, ScenarioErrorList errors, string kind, IReadOnlyList<string> allowed)
    {
        Path = path;
        _errors = errors;
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (!_values.TryAdd(property.Name, property.Value))
            {
                errors.Add(At(property.Name), "appears more than once; give each field once");
            }
            else if (!allowed.Contains(property.Name))
            {
                string? suggestion = Suggestions.Closest(property.Name, allowed);
                errors.Add(At(property.Name), suggestion is null
                    ? $"unknown field; {kind} has the fields {string.Join(", ", allowed)}"
                    : $"unknown field, did you mean \"{suggestion}\"?");
            }
        }
    }

    /// <summary>The path of the object itself.</summary>
    public string Path { get; }

    /// <summary>Opens <paramref name="element"/> as an object, or reports that it is not one and returns <see langword="null"/>.</summary>
    /// <param name="element">The value to read.</param>
    /// <param name="path">Its path.</param>
    /// <param name="errors">Where to report problems.</param>
    /// <param name="kind">What the object describes, with an article, for messages: "a station".</param>
    /// <param name="allowed">The fields the object may have.</param>
    public static JsonFields? Open(JsonElement element, string path, ScenarioErrorList errors, string kind, params IReadOnlyList<string> allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path, $"must be an object ({kind}), got {JsonText.Describe(element)}");
            return null;
        }

        return new JsonFields(element, path, errors, kind, allowed);
    }

    /// <summary>The path of field <paramref name="name"/>.</summary>
    public string At(string name) => JsonPath.Property(Path, name);

    /// <summary>Whether field <paramref name="name"/> is present (null counts as present).</summary>
    public bool Has(string name) => _values.ContainsKey(name);

    /// <summary>The raw value of field <paramref name="name"/>, if present.</summary>
    public bool TryGet(string name, out JsonElement value) => _values.TryGetValue(name, out value);

    /// <summary>Reports that required field <paramref name="name"/> is missing.</summary>
    public void ReportMissing(string name) => _errors.Add(At(name), "required field is missing");

    /// <summary>Reports a problem with field <paramref name="name"/>.</summary>
    public void Report(string name, string message) => _errors.Add(At(name), message);

    /// <summary>Reads a finite number that satisfies <paramref name="rule"/>.</summary>
    public double? Number(string name, NumberRule rule, bool required = false)
    {
        if (!Present(name, required, out JsonElement value))
        {
            return null;
        }

        return ReadNumber(value, At(name), rule, _errors);
    }

    /// <summary>Reads a time in seconds that satisfies <paramref name="rule"/>: a number of seconds, or a string with a unit (<see cref="TimeText"/>).</summary>
    public double? Time(string name, NumberRule rule, bool required = false)
    {
        if (!Present(name, required, out JsonElement value))
        {
            return null;
        }

        return ReadTime(value, At(name), rule, _errors);
    }

    /// <summary>Reads a whole number of at least <paramref name="minimum"/>.</summary>
    public int? Integer(string name, int minimum, bool required = false)
    {
        if (!Present(name, required, out JsonElement value) || !IsNumber(value, At(name)))
        {
            return null;
        }

        if (!value.TryGetInt32(out int result) && !TryGetWhole(value, int.MinValue, int.MaxValue, out result))
        {
            _errors.Add(At(name), IsWhole(value)
                ? $"must be a whole number no larger than {int.MaxValue}, got {value.GetRawText()}"
                : $"must be a whole number, got {value.GetRawText()}");
            return null;
        }

        if (result < minimum)
        {
            _errors.Add(At(name), minimum == 0 ? $"must be 0 or more, got {result}" : $"must be at least {minimum}, got {result}");
            return null;
        }

        return result;
    }

    /// <summary>Reads a whole number in the range of a 64-bit integer.</summary>
    public long? Long(string name, bool required = false)
    {
        if (!Present(name, required, out JsonElement value) || !IsNumber(value, At(name)))
        {
            return null;
        }

        if (!value.TryGetInt64(out long result) && !TryGetWhole(value, long.MinValue, long.MaxValue, out result))
        {
            _errors.Add(At(name), IsWhole(value)
                ? $"must be a whole number between {long.MinValue} and {long.MaxValue}, got {value.GetRawText()}"
                : $"must be a whole number, got {value.GetRawText()}");
            return null;
        }

        return result;
    }

    /// <summary>
    /// A whole number written with a decimal point or an exponent (<c>3.0</c>, <c>1e3</c>), within the range given. The
    /// range is checked on the number as written, not as rounded to a double (-9223372036854775809 is outside a long,
    /// though it rounds to long.MinValue).
    /// </summary>
    private static bool TryGetWhole<T>(JsonElement value, T minimum, T maximum, out T result)
        where T : struct, System.Numerics.INumber<T>
    {
        result = default;
        double number = value.GetDouble();
        if (Math.Floor(number) != number
            || !decimal.TryParse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal exact)
            || exact < decimal.CreateChecked(minimum) || exact > decimal.CreateChecked(maximum))
        {
            return false;
        }

        result = T.CreateChecked(exact);
        return true;
    }

    /// <summary>Reads a string; when <paramref name="nonEmpty"/>, one with more than white space.</summary>
    public string? String(string name, bool required = false, bool nonEmpty = true)
    {
        return Present(name, required, out JsonElement value) ? ReadString(value, At(name), _errors, nonEmpty) : null;
    }

    /// <summary>Reads a string that must be one of <paramref name="choices"/> (exactly, case included).</summary>
    public string? Choice(string name, IReadOnlyList<string> choices, bool required = false)
    {
        if (!Present(name, required, out JsonElement value))
        {
            return null;
        }

        return ReadChoice(value, At(name), choices, _errors);
    }

    /// <summary>
    /// Reads a list, each element with <paramref name="readItem"/> (given the element and its path); <see langword="null"/>
    /// when the field is absent, is not a list, or has an invalid element.
    /// </summary>
    /// <param name="name">The field.</param>
    /// <param name="what">What the list holds, for messages: "inputs".</param>
    /// <param name="readItem">Reads one element, reporting its problems; <see langword="null"/> when it is invalid.</param>
    /// <param name="required">Whether a missing field is a problem.</param>
    public ImmutableArray<T>? List<T>(string name, string what, Func<JsonElement, string, T?> readItem, bool required = false)
        where T : class
    {
        if (!Present(name, required, out JsonElement value))
        {
            return null;
        }

        string path = At(name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            _errors.Add(path, $"must be a list of {what}, got {JsonText.Describe(value)}");
            return null;
        }

        var items = ImmutableArray.CreateBuilder<T>(value.GetArrayLength());
        bool valid = true;
        int index = 0;
        foreach (JsonElement item in value.EnumerateArray())
        {
            if (readItem(item, JsonPath.Index(path, index)) is { } read)
            {
                items.Add(read);
            }
            else
            {
                valid = false;
            }

            index++;
        }

        return valid ? items.MoveToImmutable() : null;
    }

    /// <summary>
    /// Reads an object whose keys are names (as <c>{ "Sedan": 0.7, "Touring": 0.3 }</c>): each key with its value and
    /// path, in the file's order; <see langword="null"/> when the field is absent, is not an object, or repeats a key.
    /// </summary>
    /// <param name="name">The field.</param>
    /// <param name="what">What the object holds, for messages: "processing times by variant name".</param>
    /// <param name="required">Whether a missing field is a problem.</param>
    public IReadOnlyList<(string Key, JsonElement Value, string Path)>? Map(string name, string what, bool required = false)
    {
        if (!Present(name, required, out JsonElement value))
        {
            return null;
        }

        string path = At(name);
        if (value.ValueKind != JsonValueKind.Object)
        {
            _errors.Add(path, $"must be an object of {what}, got {JsonText.Describe(value)}");
            return null;
        }

        var entries = new List<(string Key, JsonElement Value, string Path)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        bool valid = true;
        foreach (JsonProperty property in value.EnumerateObject())
        {
            string at = JsonPath.Key(path, property.Name);
            if (!seen.Add(property.Name))
            {
                _errors.Add(at, "appears more than once; give each name once");
                valid = false;
            }
            else
            {
                entries.Add((property.Name, property.Value, at));
            }
        }

        return valid ? entries : null;
    }

    /// <summary>Reads a string from <paramref name="value"/>; when <paramref name="nonEmpty"/>, one with more than white space.</summary>
    public static string? ReadString(JsonElement value, string path, ScenarioErrorList errors, bool nonEmpty = true)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(path, $"must be a string, got {JsonText.Describe(value)}");
            return null;
        }

        string text = value.GetString()!;
        if (nonEmpty && string.IsNullOrWhiteSpace(text))
        {
            errors.Add(path, "must not be empty");
            return null;
        }

        return text;
    }

    /// <summary>Reads a finite number satisfying <paramref name="rule"/> from <paramref name="value"/>.</summary>
    public static double? ReadNumber(JsonElement value, string path, NumberRule rule, ScenarioErrorList errors)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            errors.Add(path, $"must be a number, got {JsonText.Describe(value)}");
            return null;
        }

        if (!value.TryGetDouble(out double number) || !double.IsFinite(number))
        {
            errors.Add(path, $"must be a finite number, got {value.GetRawText()}");
            return null;
        }

        return Check(number, value.GetRawText(), path, rule, errors);
    }

    /// <summary>Reads a time in seconds satisfying <paramref name="rule"/> from <paramref name="value"/>: a number of seconds, or a string with a unit.</summary>
    public static double? ReadTime(JsonElement value, string path, NumberRule rule, ScenarioErrorList errors)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return ReadNumber(value, path, rule, errors);
        }

        if (value.ValueKind != JsonValueKind.String || !TimeText.TryParse(value.GetString()!, out double seconds))
        {
            errors.Add(path, $"must be {TimeText.Expected}, got {JsonText.Describe(value)}");
            return null;
        }

        return Check(seconds, JsonText.Quote(value.GetString()!), path, rule, errors);
    }

    private static double? Check(double number, string shown, string path, NumberRule rule, ScenarioErrorList errors)
    {
        string? problem = rule switch
        {
            NumberRule.Positive when number <= 0 => "must be greater than 0",
            NumberRule.NonNegative when number < 0 => "must be 0 or more",
            NumberRule.Probability when number is < 0 or > 1 => "must be between 0 and 1",
            _ => null,
        };
        if (problem is not null)
        {
            errors.Add(path, $"{problem}, got {shown}");
            return null;
        }

        return number;
    }

    /// <summary>Reads a string from <paramref name="value"/> that must be one of <paramref name="choices"/>.</summary>
    public static string? ReadChoice(JsonElement value, string path, IReadOnlyList<string> choices, ScenarioErrorList errors)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(path, $"must be {JsonText.Alternatives(choices)}, got {JsonText.Describe(value)}");
            return null;
        }

        string text = value.GetString()!;
        if (choices.Contains(text))
        {
            return text;
        }

        string? suggestion = Suggestions.Closest(text, choices);
        errors.Add(path, $"must be {JsonText.Alternatives(choices)}, got {JsonText.Quote(text)}"
            + (suggestion is null ? string.Empty : $"; did you mean \"{suggestion}\"?"));
        return null;
    }

    private bool Present(string name, bool required, out JsonElement value)
    {
        if (_values.TryGetValue(name, out value))
        {
            return true;
        }

        if (required)
        {
            ReportMissing(name);
        }

        return false;
    }

    private bool IsNumber(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return true;
        }

        _errors.Add(path, $"must be a whole number, got {JsonText.Describe(value)}");
        return false;
    }

    private static bool IsWhole(JsonElement value) =>
        double.TryParse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && Math.Floor(number) == number;
}
