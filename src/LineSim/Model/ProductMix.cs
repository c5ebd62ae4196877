using System.Collections.Immutable;

namespace LineSim.Model;

/// <summary>
/// The product variants a plant builds and the order parts get them in: a random mix by shares, or a repeating
/// sequence such as <c>A A B A C</c>. Every part that enters the plant, from any supply, takes the next variant.
/// </summary>
/// <remarks>Create a mix with <see cref="ByShares"/> or <see cref="BySequence"/>.</remarks>
public sealed record ProductMix
{
    private ProductMix(ImmutableArray<VariantShare> shares, ImmutableArray<string> sequence)
    {
        Shares = shares;
        Sequence = sequence;
    }

    /// <summary>The variants with their shares, for a random mix; empty for a sequence.</summary>
    public ImmutableArray<VariantShare> Shares { get; }

    /// <summary>The repeating sequence of variant names; empty for a random mix.</summary>
    public ImmutableArray<string> Sequence { get; }

    /// <summary>The variant names, each once, in the order given.</summary>
    public ImmutableArray<string> Variants => Sequence.IsDefaultOrEmpty
        ? [.. Shares.IsDefault ? [] : Shares.Where(s => s is not null).Select(s => s.Variant).Distinct()]
        : [.. Sequence.Where(v => v is not null).Distinct()];

    /// <summary>Each part draws its variant at random with the given shares, which sum to 1.</summary>
    /// <param name="shares">The variants and their shares.</param>
    public static ProductMix ByShares(params ImmutableArray<VariantShare> shares) => new(shares, []);

    /// <summary>Parts take the variants of <paramref name="sequence"/> in turn, starting again after the last.</summary>
    /// <param name="sequence">Variant names in order, e.g. <c>["A", "A", "B", "A", "C"]</c>.</param>
    public static ProductMix BySequence(params ImmutableArray<string> sequence) => new([], sequence);
}
