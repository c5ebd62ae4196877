using System.CommandLine;

namespace LineSim.Cli.Commands;

/// <summary>One subcommand of <c>linesim</c>; <see cref="CliApp"/> lists them.</summary>
internal interface ICliCommand
{
    /// <summary>Builds the command, its arguments and options, and its action, which returns an exit code.</summary>
    /// <param name="console">Where the action writes.</param>
    Command Create(CliConsole console);
}
