namespace LineSim;

/// <summary>The engine that ran a simulation.</summary>
public enum EngineKind
{
    /// <summary>The discrete-event engine: an event calendar ordered by time, then by scheduling order.</summary>
    Event,

    /// <summary>The sample-path engine: departure times computed directly by the (max, +) recursion of the line.</summary>
    SamplePath,
}
