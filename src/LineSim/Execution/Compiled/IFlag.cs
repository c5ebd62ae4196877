namespace LineSim.Execution.Compiled;

/// <summary>
/// A yes-or-no fact about a run known before it starts, as a type argument (<see cref="On"/> or <see cref="Off"/>):
/// the JIT compiles a generic method once per struct argument, so a test of <c>TFlag.IsOn</c> in a hot loop costs
/// nothing and the code for the other case is left out.
/// </summary>
internal interface IFlag
{
    static abstract bool IsOn { get; }
}
