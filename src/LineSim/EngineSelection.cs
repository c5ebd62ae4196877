namespace LineSim;

/// <summary>Which engine a <see cref="Simulation"/> runs.</summary>
public enum EngineSelection
{
    /// <summary>The sample-path engine where it is exact for the line, the event engine otherwise.</summary>
    Auto,

    /// <summary>The discrete-event engine, which runs every line.</summary>
    Event,

    /// <summary>The sample-path engine; refused for a line where it is not exact.</summary>
    SamplePath,
}
