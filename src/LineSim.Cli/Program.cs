namespace LineSim.Cli;

/// <summary>The entry point of <c>linesim</c>.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        // The first Ctrl-C asks the command to stop and report what it has done; a second ends the process at once.
        using var interrupt = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            if (!interrupt.IsCancellationRequested)
            {
                e.Cancel = true;
                interrupt.Cancel();
            }
        };
        return CliApp.Run(args, CliConsole.System with { Interrupt = interrupt.Token });
    }
}
