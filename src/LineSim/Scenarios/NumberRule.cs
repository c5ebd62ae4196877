namespace LineSim.Scenarios;

/// <summary>What a number in a scenario file must satisfy besides being finite.</summary>
internal enum NumberRule
{
    /// <summary>Any finite number.</summary>
    Any,

    /// <summary>Zero or more.</summary>
    NonNegative,

    /// <summary>Greater than zero.</summary>
    Positive,

    /// <summary>A probability: between 0 and 1, both included.</summary>
    Probability,
}
