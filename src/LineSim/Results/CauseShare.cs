namespace LineSim.Results;

/// <summary>A fraction of time spent for one cause.</summary>
/// <param name="Cause">The cause.</param>
/// <param name="Fraction">The fraction of time, from 0 to 1.</param>
public readonly record struct CauseShare(LossCause Cause, double Fraction);
