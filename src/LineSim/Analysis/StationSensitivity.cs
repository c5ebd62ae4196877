using LineSim.Results;

namespace LineSim.Analysis;

/// <summary>What improving one station alone gains the line (see <see cref="BottleneckSensitivity"/>).</summary>
/// <param name="Station">The station's name.</param>
/// <param name="FasterGain">Jobs per hour gained with its processing times cut by <see cref="SensitivityOptions.Speedup"/>: the mean paired difference over replications on common random numbers, with its 95% interval.</param>
/// <param name="RepairGain">Jobs per hour gained with its repair times cut by <see cref="SensitivityOptions.RepairCut"/>; <see langword="null"/> for a station without failures.</param>
public sealed record StationSensitivity(string Station, Estimate FasterGain, Estimate? RepairGain);
