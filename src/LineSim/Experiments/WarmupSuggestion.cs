namespace LineSim.Experiments;

/// <summary>The warm-up MSER-5 suggests for a run.</summary>
/// <param name="Warmup">The suggested warm-up from time 0, in seconds.</param>
/// <param name="Interval">The length of the intervals of the output series, in seconds.</param>
/// <param name="Truncation">Where MSER-5 truncated the series (of the window after the run's own warm-up).</param>
public sealed record WarmupSuggestion(double Warmup, double Interval, Mser5Truncation Truncation);
