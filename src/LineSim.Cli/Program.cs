namespace LineSim.Cli;

/// <summary>The entry point of <c>linesim</c>.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        CliConsole console = CliConsole.System();
        using (console.Interrupt)
        {
            return CliApp.Run(args, console);
        }
    }
}
