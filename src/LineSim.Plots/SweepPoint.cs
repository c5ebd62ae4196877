using LineSim.Results;

namespace LineSim.Plots;

/// <summary>One point of a parameter sweep: the parameter's value and the simulation result obtained with it.</summary>
/// <param name="Value">The swept parameter's value, such as a buffer capacity.</param>
/// <param name="Result">The result of the simulation run with that value.</param>
public readonly record struct SweepPoint(double Value, SimulationResult Result);
