namespace LineSim.Tests.Engine;

/// <summary>What a <see cref="ScriptStep"/> does.</summary>
public enum ScriptStepKind
{
    Nothing,
    Schedule,
    Cancel,
    Stop,
}
