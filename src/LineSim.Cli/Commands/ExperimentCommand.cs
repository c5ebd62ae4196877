using System.Collections.Immutable;
using System.CommandLine;
using LineSim.Cli.Reporting;
using LineSim.Experiments;
using LineSim.Experiments.Shards;
using LineSim.Plots;

namespace LineSim.Cli.Commands;

/// <summary>
/// <c>linesim experiment PLAN [--replications N] [--seed S] [--threads T] [--json] [--csv FILE] [--report FILE]</c>: runs every
/// configuration of a plan on common random numbers and prints one row per configuration. With
/// <c>--shard K/N --out DIR</c> (or <c>--shard-from-env</c>) it runs one slice of the plan's tasks and writes it to
/// <c>DIR/shard-K-of-N</c> for <see cref="MergeCommand"/>.
/// </summary>
internal sealed class ExperimentCommand : ICliCommand
{
    public Command Create(CliConsole console)
    {
        var plan = new Argument<string>("PLAN") { Description = "The plan file (JSON): a scenario and its factors or named configurations." };
        PlanOptions options = PlanOptions.Create(report: true);
        ShardOptions shardOptions = ShardOptions.Create();
        var command = new Command("experiment", "Run every configuration of a plan on common random numbers: JPH, takt attainment, WIP, lead time, bottleneck, and the paired difference to the first.")
        {
            plan,
        };
        options.AddTo(command);
        shardOptions.AddTo(command);
        command.SetAction(parse =>
        {
            PlanArguments arguments = options.Read(parse, parse.GetValue(plan)!);
            return ShardOptions.Given(parse, shardOptions) ? ExecuteShard(arguments, parse, shardOptions, console) : Execute(arguments, console);
        });
        return command;
    }

    internal static int Execute(PlanArguments arguments, CliConsole console)
    {
        if (!arguments.Check(console) || arguments.LoadPlan(console) is not { } plan)
        {
            return ExitCodes.InvalidInput;
        }

        Experiment experiment = plan.CreateExperiment(arguments.Threads);
        ExperimentResult result = Run(experiment, arguments, console);
        if (arguments.Json)
        {
            console.Out.WriteLine(ExperimentReport.WriteJson(result, plan.Name, plan.Scenario));
        }
        else
        {
            ExperimentReport.WriteText(result, plan.Name, plan.Scenario, console.Out);
        }

        var report = new HtmlReportOptions { Title = plan.Name, Description = $"{plan.Name}: configurations of {plan.Scenario}.", Command = arguments.CommandLine };
        return Finish(result, arguments, console, report);
    }

    /// <summary>Runs one shard of the plan and writes its file; nothing is written when interrupted.</summary>
    private static int ExecuteShard(PlanArguments arguments, ParseResult parse, ShardOptions options, CliConsole console)
    {
        List<string> problems = arguments.Validate();
        (Shard Shard, string Directory)? target = options.Read(parse, arguments, console.Environment, problems);
        foreach (string problem in problems)
        {
            console.Error.WriteLine($"linesim: {problem}");
        }

        if (problems.Count > 0 || target is not { } asked || arguments.LoadPlan(console) is not { } plan)
        {
            return ExitCodes.InvalidInput;
        }

        Experiment experiment = plan.CreateExperiment(arguments.Threads);
        int[] tasks = asked.Shard.Tasks(experiment.TaskCount);
        ImmutableArray<ExperimentTaskResult> results;
        try
        {
            using ProgressBar? progress = console.ErrorIsTerminal ? new ProgressBar(console.Error, tasks.Length, "replications") : null;
            results = experiment.RunTasks(tasks, progress, console.Interrupt.Token);
        }
        catch (OperationCanceledException) when (console.Interrupt.Token.IsCancellationRequested)
        {
            console.Error.WriteLine($"linesim: interrupted; shard {asked.Shard} was not written (run it again: the same shard gives the same results).");
            return console.Interrupt.ExitCode;
        }

        string path;
        try
        {
            path = ExperimentShards.Write(plan, asked.Shard, results, asked.Directory, ShardOptions.OneProcessCommand(parse));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"linesim: cannot write shard {asked.Shard} to {asked.Directory}: {exception.Message}");
            return ExitCodes.Failure;
        }

        console.Out.WriteLine($"{plan.Name}: shard {asked.Shard}, {tasks.Length} of {experiment.TaskCount} tasks (configurations x replications), written to {path}");
        return ExitCodes.Success;
    }

    /// <summary>Runs the experiment with a progress bar on a terminal, stopping at Ctrl-C.</summary>
    internal static ExperimentResult Run(Experiment experiment, PlanArguments arguments, CliConsole console)
    {
        if (console.ErrorIsTerminal && !arguments.Json)
        {
            using var progress = new ProgressBar(console.Error, experiment.TaskCount, "replications");
            return experiment.Run(progress, console.Interrupt.Token);
        }

        return experiment.Run(cancellationToken: console.Interrupt.Token);
    }

    /// <summary>Writes the CSV file and the HTML report if asked and returns the exit code: interrupted, failed to write, or success.</summary>
    /// <param name="result">The results.</param>
    /// <param name="arguments">The options.</param>
    /// <param name="console">Where to write.</param>
    /// <param name="report">The HTML report's title, description and command.</param>
    /// <param name="partial">The results are those of a partial merge (incomplete on purpose), not of an interrupted run.</param>
    internal static int Finish(ExperimentResult result, PlanArguments arguments, CliConsole console, HtmlReportOptions report, bool partial = false)
    {
        if (!arguments.WriteCsv(console, writer => ExperimentReport.WriteCsv(result, writer)))
        {
            return ExitCodes.Failure;
        }

        if (arguments.Report is { } reportPath
            && !ReportFile.Write(console, reportPath, arguments.Json, path => HtmlReport.WriteExperimentFile(result, path, report)))
        {
            return ExitCodes.Failure;
        }

        if (arguments.Csv is { } csvPath && !arguments.Json)
        {
            console.Out.WriteLine();
            console.Out.WriteLine($"Wrote {result.Configurations.Length * result.Replications} rows (configurations x replications) to {csvPath}");
        }

        if (result.Interrupted && !partial)
        {
            console.Error.WriteLine($"linesim: interrupted; {result.Configurations.Length} of {result.ConfigurationCount} configurations finished and are reported.");
            return console.Interrupt.ExitCode;
        }

        return ExitCodes.Success;
    }
}
