using System.Text.Json;

namespace LineSim.Scenarios;

/// <summary>Reads the <c>type</c> field of an object whose other fields depend on it (a distribution, a source).</summary>
internal static class TypeField
{
    public const string Name = "type";

    /// <summary>
    /// The object's type if <paramref name="element"/> is an object with a known <c>type</c>; otherwise reports the
    /// problem and returns <see langword="null"/>.
    /// </summary>
    public static string? Read(JsonElement element, string path, ScenarioErrorList errors, string kind, IReadOnlyList<string> types)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path, $"must be an object ({kind}), got {JsonText.Describe(element)}");
            return null;
        }

        if (!element.TryGetProperty(Name, out JsonElement type))
        {
            errors.Add(JsonPath.Property(path, Name), $"required field is missing; the type of {kind}: {JsonText.Alternatives(types)}");
            return null;
        }

        return JsonFields.ReadChoice(type, JsonPath.Property(path, Name), types, errors);
    }
}
