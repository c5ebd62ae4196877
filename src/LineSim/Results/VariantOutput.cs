namespace LineSim.Results;

/// <summary>Parts of one variant that left the line in the observation window.</summary>
/// <param name="Variant">The variant's name.</param>
/// <param name="Parts">How many left.</param>
public sealed record VariantOutput(string Variant, long Parts);
