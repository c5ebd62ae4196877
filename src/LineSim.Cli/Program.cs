namespace LineSim.Cli;

/// <summary>The entry point of <c>linesim</c>.</summary>
internal static class Program
{
    /// <summary>The commands that stop at Ctrl-C and report what they have done; any other ends at once.</summary>
    private static readonly string[] s_interruptible = ["run", "experiment", "compare", "optimise"];

    public static int Main(string[] args)
    {
        // The first Ctrl-C asks such a command to stop and report; a second ends the process at once.
        using var interrupt = new CancellationTokenSource();
        bool interruptible = args.Length > 0 && s_interruptible.Contains(args[0]);
        Console.CancelKeyPress += (_, e) =>
        {
            if (interruptible && !interrupt.IsCancellationRequested)
            {
                e.Cancel = true;
                interrupt.Cancel();
            }
        };
        return CliApp.Run(args, CliConsole.System with { Interrupt = interrupt.Token });
    }
}
