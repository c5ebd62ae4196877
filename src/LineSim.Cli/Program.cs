namespace LineSim.Cli;

/// <summary>The entry point of <c>linesim</c>.</summary>
internal static class Program
{
    /// <summary>The commands that stop at Ctrl-C and report what they have done; any other ends at once.</summary>
    private static readonly string[] s_interruptible = ["run", "experiment", "compare", "optimise"];

    public static int Main(string[] args)
    {
        CliConsole console = CliConsole.System(interruptible: args.Length > 0 && s_interruptible.Contains(args[0]));
        using (console.Interrupt)
        {
            return CliApp.Run(args, console);
        }
    }
}
