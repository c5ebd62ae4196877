namespace LineSim.Results;

/// <summary>One bin of a histogram: the values in (<paramref name="From"/>, <paramref name="To"/>] and how many there were.</summary>
/// <param name="From">The lower edge, in seconds (the first bin includes it).</param>
/// <param name="To">The upper edge, in seconds.</param>
/// <param name="Count">The number of values in the bin.</param>
public readonly record struct HistogramBin(double From, double To, long Count);
