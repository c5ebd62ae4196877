namespace LineSim.Execution.Compiled;

/// <summary>The <see cref="IFlag"/> that is not set.</summary>
internal readonly struct Off : IFlag
{
    public static bool IsOn => false;
}
