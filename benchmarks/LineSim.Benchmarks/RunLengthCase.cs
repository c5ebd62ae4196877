using LineSim.Model;

namespace LineSim.Benchmarks;

/// <summary>A line and the engine that runs it, for <see cref="RunLengthBenchmarks"/>; named in BenchmarkDotNet's table by <see cref="ToString"/>.</summary>
/// <param name="Name">What the line is.</param>
/// <param name="Engine">The engine.</param>
/// <param name="Line">Builds the line.</param>
/// <param name="Replications">Replications run together on one thread (in vector lanes on the sample-path engine).</param>
public sealed record RunLengthCase(string Name, EngineSelection Engine, Func<LineModel> Line, int Replications = 1)
{
    public override string ToString() => $"{Name} {(Engine == EngineSelection.SamplePath ? "sample-path" : "event")}";
}
