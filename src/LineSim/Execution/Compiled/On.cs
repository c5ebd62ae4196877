namespace LineSim.Execution.Compiled;

/// <summary>The <see cref="IFlag"/> that is set.</summary>
internal readonly struct On : IFlag
{
    public static bool IsOn => true;
}
