namespace LineSim.Model;

/// <summary>How a station with several inputs takes its parts.</summary>
public enum MergeRule
{
    /// <summary>
    /// Assembly: the station takes one part (or the input's <see cref="StationInput.Quantity"/>) from every input and
    /// makes one part of them, which carries on as the part from the first input (its lead time counts from that
    /// part's entry). The station is starved while any input lacks its parts.
    /// </summary>
    Assembly,

    /// <summary>A join: the station takes whichever part has waited longest at any of its inputs, one at a time.</summary>
    FirstAvailable,
}
