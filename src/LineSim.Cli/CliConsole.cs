namespace LineSim.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, messages and progress to <see cref="Error"/>.</summary>
/// <param name="Out">Standard output: reports and JSON documents.</param>
/// <param name="Error">Standard error: problems and the progress bar.</param>
/// <param name="ErrorIsTerminal">Whether <see cref="Error"/> is an interactive terminal, where a progress bar may be drawn.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool ErrorIsTerminal)
{
    /// <summary>How the user stops a long command.</summary>
    /// <value>Defaults to an interrupt that never comes.</value>
    public CliInterrupt Interrupt { get; init; } = CliInterrupt.None;

    /// <summary>The process's console, interrupted by Ctrl-C or SIGTERM.</summary>
    public static CliConsole System() => new(Console.Out, Console.Error, !Console.IsErrorRedirected) { Interrupt = CliInterrupt.OfProcess(Console.Error) };
}
