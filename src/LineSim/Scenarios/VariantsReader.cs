using System.Collections.Immutable;
using System.Text.Json;
using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>
/// Reads the top-level <c>variants</c>: <c>{ "sequence": ["Sedan", "Sedan", "Touring"] }</c> (parts take the variants in
/// turn) or <c>{ "shares": { "Sedan": 0.7, "Touring": 0.3 } }</c> (each part draws its variant). That the shares sum to 1
/// is checked on the line (<see cref="LineModel.Validate"/>).
/// </summary>
internal static class VariantsReader
{
    public const string Sequence = "sequence";
    public const string Shares = "shares";

    public static ProductMix? Read(JsonElement element, string path, ScenarioErrorList errors)
    {
        JsonFields? fields = JsonFields.Open(element, path, errors, "a product mix", Sequence, Shares);
        if (fields is null)
        {
            return null;
        }

        int before = errors.Count;
        if (fields.Has(Sequence) && fields.Has(Shares))
        {
            fields.Report(Shares, "give either sequence or shares, not both");
            return null;
        }

        if (fields.Has(Sequence))
        {
            ImmutableArray<string>? sequence = fields.List(Sequence, "variant names", (item, at) => JsonFields.ReadString(item, at, errors));
            if (sequence is { IsEmpty: true })
            {
                fields.Report(Sequence, "must name at least one variant, got an empty list");
            }

            return errors.Count == before && sequence is { } names ? ProductMix.BySequence(names) : null;
        }

        if (fields.Map(Shares, "variant names and their shares") is not { } entries)
        {
            if (errors.Count == before)
            {
                errors.Add(path, "needs sequence (the variants in the order parts get them, over and over) or shares (each variant's fraction of the parts, drawn at random)");
            }

            return null;
        }

        if (entries.Count == 0)
        {
            fields.Report(Shares, "must give at least one variant's share, got an empty object");
            return null;
        }

        var shares = ImmutableArray.CreateBuilder<VariantShare>(entries.Count);
        foreach ((string variant, JsonElement value, string at) in entries)
        {
            if (string.IsNullOrWhiteSpace(variant))
            {
                errors.Add(at, "a variant's name must not be empty");
            }
            else if (JsonFields.ReadNumber(value, at, NumberRule.Probability, errors) is { } share)
            {
                shares.Add(new VariantShare(variant, share));
            }
        }

        return errors.Count == before ? ProductMix.ByShares(shares.ToImmutable()) : null;
    }
}
