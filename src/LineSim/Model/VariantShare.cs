namespace LineSim.Model;

/// <summary>One variant of a random <see cref="ProductMix"/>.</summary>
/// <param name="Variant">The variant's name.</param>
/// <param name="Share">The fraction of parts of this variant; between 0 and 1.</param>
public sealed record VariantShare(string Variant, double Share);
