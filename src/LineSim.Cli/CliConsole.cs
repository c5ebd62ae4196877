namespace LineSim.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, messages and progress to <see cref="Error"/>.</summary>
/// <param name="Out">Standard output: reports and JSON documents.</param>
/// <param name="Error">Standard error: problems and the progress bar.</param>
/// <param name="ErrorIsTerminal">Whether <see cref="Error"/> is an interactive terminal, where a progress bar may be drawn.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool ErrorIsTerminal)
{
    /// <summary>How the user stops a long command.</summary>
    /// <value>Defaults to an interrupt that comes only when cancelled in process.</value>
    public CliInterrupt Interrupt { get; init; } = new();

    /// <summary>Reads an environment variable (the scheduler's, for <c>--shard-from-env</c>); <see langword="null"/> when it is not set.</summary>
    /// <value>Defaults to the process's environment.</value>
    public Func<string, string?> Environment { get; init; } = global::System.Environment.GetEnvironmentVariable;

    /// <summary>The process's console; for an <paramref name="interruptible"/> command, interrupted by Ctrl-C or SIGTERM.</summary>
    public static CliConsole System(bool interruptible) => new(Console.Out, Console.Error, !Console.IsErrorRedirected)
    {
        Interrupt = interruptible ? CliInterrupt.OfProcess(Console.Error) : new(),
    };
}
