using System.CommandLine;
using LineSim.Cli.Reporting;
using LineSim.Experiments.Shards;
using LineSim.Plots;

namespace LineSim.Cli.Commands;

/// <summary>
/// <c>linesim merge DIR [--json] [--csv FILE] [--report FILE] [--partial]</c>: merges the shards that <c>linesim experiment --shard</c>
/// wrote to DIR and prints what <c>linesim experiment PLAN</c> prints in one process, byte for byte. A shard missing,
/// twice there, truncated or of another plan or LineSim version is an error naming it (exit 2).
/// </summary>
internal sealed class MergeCommand : ICliCommand
{
    public Command Create(CliConsole console)
    {
        var directory = new Argument<string>("DIR") { Description = "The folder the shards were written to (--out of linesim experiment --shard)." };
        var json = new Option<bool>("--json") { Description = "Print only a JSON document of the results on standard output, as linesim experiment --json." };
        var csv = new Option<string?>("--csv") { HelpName = "FILE", Description = "Also write one row per configuration and replication to this CSV file, as linesim experiment --csv." };
        var report = new Option<string?>("--report") { HelpName = "FILE", Description = "Also write the HTML report to this file, as linesim experiment --report; its command is the one-process command of the plan." };
        var partial = new Option<bool>("--partial") { Description = "Merge the shards that are there when some are missing or truncated, listing those on standard error; the configurations they lack are left out." };
        var command = new Command("merge", "Merge the shards of an experiment (linesim experiment --shard) into the output one process gives for the plan.")
        {
            directory,
            json,
            csv,
            report,
            partial,
        };
        command.SetAction(parse =>
        {
            var arguments = new PlanArguments([parse.GetValue(directory)!], Replications: null, Seed: null, parse.GetValue(json), parse.GetValue(csv))
            {
                Report = parse.GetValue(report),
                CommandLine = CliOptions.CommandLine(OutputWords(parse, parse.GetValue(directory)!)),
            };
            return Execute(arguments, parse.GetValue(partial), console);
        });
        return command;
    }

    /// <param name="arguments">The folder (the only file), the output options, and in <see cref="PlanArguments.CommandLine"/> the output options' words.</param>
    /// <param name="partial">Whether to merge what is there when shards are missing.</param>
    /// <param name="console">Where to write.</param>
    internal static int Execute(PlanArguments arguments, bool partial, CliConsole console)
    {
        string directory = arguments.Files[0];
        bool json = arguments.Json;
        if (!arguments.Check(console))
        {
            return ExitCodes.InvalidInput;
        }

        ShardMergeResult merged = ExperimentShards.Merge(directory, partial);
        if (merged.Result is not { } result)
        {
            foreach (ShardProblem problem in merged.Problems)
            {
                console.Error.WriteLine($"linesim: {(problem.File == directory ? directory : Path.Combine(directory, problem.File))} {problem.Message}");
            }

            console.Error.WriteLine(partial
                ? "linesim: nothing merged: shards of another plan, version or split, and shards there twice or under another name, are refused even with --partial; move them out of the folder."
                : "linesim: nothing merged. Run each shard that is missing or truncated again (linesim experiment PLAN --shard K/N --out DIR writes the same bytes), move out files of other plans, or merge what is there with --partial.");
            return ExitCodes.InvalidInput;
        }

        foreach (ShardProblem missing in merged.Missing)
        {
            console.Error.WriteLine($"linesim: partial merge without {Path.Combine(directory, missing.File)}: it {missing.Message}");
        }

        if (!merged.Missing.IsEmpty)
        {
            console.Error.WriteLine($"linesim: partial merge: {result.Configurations.Length} of {result.ConfigurationCount} configurations have all their replications and are reported.");
        }

        if (json)
        {
            console.Out.WriteLine(ExperimentReport.WriteJson(result, merged.PlanName!, merged.Scenario!));
        }
        else
        {
            ExperimentReport.WriteText(result, merged.PlanName!, merged.Scenario!, console.Out, "Partial merge");
        }

        // The report's command reproduces the page in one process: the shards' command with this merge's output options.
        var page = new HtmlReportOptions
        {
            Title = merged.PlanName,
            Description = $"{merged.PlanName}: configurations of {merged.Scenario}.",
            Command = merged.Command is { } command ? command + arguments.CommandLine!["linesim".Length..] : null,
        };
        return ExperimentCommand.Finish(result, arguments, console, page, partial: true);
    }

    /// <summary>The words of the merge's output options (<c>--json</c>, <c>--csv FILE</c>, <c>--report FILE</c>), in the order given.</summary>
    private static IEnumerable<string> OutputWords(ParseResult parse, string directory)
    {
        IReadOnlyList<System.CommandLine.Parsing.Token> tokens = parse.Tokens;
        bool skippedDirectory = false;
        foreach (System.CommandLine.Parsing.Token token in tokens.Skip(1))
        {
            if (token.Type == System.CommandLine.Parsing.TokenType.Argument && token.Value == directory && !skippedDirectory)
            {
                skippedDirectory = true;
            }
            else if (token.Value != "--partial")
            {
                yield return token.Value;
            }
        }
    }
}
