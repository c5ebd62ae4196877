using System.Collections.Immutable;

namespace LineSim.Experiments;

/// <summary>One value an optimiser chooses: a field of the scenario and the levels it may take, in increasing order.</summary>
/// <param name="Target">The field.</param>
/// <param name="Levels">The values allowed.</param>
internal sealed record Decision(ValueTarget Target, ImmutableArray<double> Levels);
