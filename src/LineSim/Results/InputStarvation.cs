namespace LineSim.Results;

/// <summary>How long an assembly station waited for one of its inputs.</summary>
/// <param name="From">The station the input comes from, or <c>"supply"</c> for a feeder line's start.</param>
/// <param name="Fraction">The fraction of time the station had an idle machine while this input lacked its parts.</param>
public sealed record InputStarvation(string From, double Fraction);
