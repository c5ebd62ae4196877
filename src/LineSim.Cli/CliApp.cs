using System.CommandLine;
using System.CommandLine.Help;
using LineSim.Cli.Commands;

namespace LineSim.Cli;

/// <summary>The <c>linesim</c> command line: parses arguments, runs a subcommand and returns the exit code.</summary>
internal static class CliApp
{
    /// <summary>The subcommands, in the order help lists them. Add a new one here.</summary>
    private static readonly ICliCommand[] s_commands = [new RunCommand(), new ValidateCommand(), new BenchCommand(), new ExperimentCommand(), new MergeCommand(), new CompareCommand(), new OptimiseCommand(), new BottleneckCommand()];

    /// <summary>Runs <c>linesim</c> with <paramref name="args"/>, writing to the given writers; the terminal is not assumed.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, new CliConsole(stdout, stderr, ErrorIsTerminal: false));

    /// <summary>Runs <c>linesim</c> with <paramref name="args"/> on <paramref name="console"/>.</summary>
    public static int Run(string[] args, CliConsole console)
    {
        var root = new Command("linesim", "LineSim: simulate the throughput of production lines described in scenario files.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        foreach (ICliCommand command in s_commands)
        {
            root.Subcommands.Add(command.Create(console));
        }

        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine($"linesim: {error.Message}");
            }

            string commandName = parse.CommandResult.Command == root ? "linesim" : $"linesim {parse.CommandResult.Command.Name}";
            console.Error.WriteLine($"Run '{commandName} --help' for usage.");
            return ExitCodes.InvalidInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception) when (Innermost(exception) is MemoryLimitExceededException limit)
        {
            // A supply outgrew the memory limit in a command that runs many configurations: the model path names it.
            console.Error.WriteLine($"linesim: {limit.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A bug, not a user's mistake: say so, with the details needed to report it.
            console.Error.WriteLine($"linesim: unexpected error: {exception}");
            return ExitCodes.Failure;
        }
    }

    private static Exception Innermost(Exception exception)
    {
        while (exception is AggregateException { InnerException: { } inner })
        {
            exception = inner;
        }

        return exception;
    }
}
