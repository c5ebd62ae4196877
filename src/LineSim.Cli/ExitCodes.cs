namespace LineSim.Cli;

/// <summary>The exit codes of <c>linesim</c>.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>Anything else went wrong: an output file could not be written, an unexpected error.</summary>
    public const int Failure = 1;

    /// <summary>The input is invalid: a bad command line, or a scenario file that is missing, unreadable or invalid.</summary>
    public const int InvalidInput = 2;

    /// <summary>The user pressed Ctrl-C; what was done was reported (128 + SIGINT, as shells do).</summary>
    public const int Interrupted = 130;
}
