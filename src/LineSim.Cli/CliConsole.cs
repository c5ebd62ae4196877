namespace LineSim.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, messages and progress to <see cref="Error"/>.</summary>
/// <param name="Out">Standard output: reports and JSON documents.</param>
/// <param name="Error">Standard error: problems and the progress bar.</param>
/// <param name="ErrorIsTerminal">Whether <see cref="Error"/> is an interactive terminal, where a progress bar may be drawn.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool ErrorIsTerminal)
{
    /// <summary>Cancelled when the user presses Ctrl-C: a command that can keep what it has done stops and reports it.</summary>
    public CancellationToken Interrupt { get; init; }

    /// <summary>The process's console.</summary>
    public static CliConsole System => new(Console.Out, Console.Error, !Console.IsErrorRedirected);
}
