using System.CommandLine;
using LineSim.Cli.Reporting;
using LineSim.Experiments;
using LineSim.Plots;

namespace LineSim.Cli.Commands;

/// <summary>
/// <c>linesim experiment PLAN [--replications N] [--seed S] [--threads T] [--json] [--csv FILE] [--report FILE]</c>: runs every
/// configuration of a plan on common random numbers and prints one row per configuration.
/// </summary>
internal sealed class ExperimentCommand : ICliCommand
{
    public Command Create(CliConsole console)
    {
        var plan = new Argument<string>("PLAN") { Description = "The plan file (JSON): a scenario and its factors or named configurations." };
        PlanOptions options = PlanOptions.Create(report: true);
        var command = new Command("experiment", "Run every configuration of a plan on common random numbers: JPH, takt attainment, WIP, lead time, bottleneck, and the paired difference to the first.")
        {
            plan,
        };
        options.AddTo(command);
        command.SetAction(parse => Execute(options.Read(parse, parse.GetValue(plan)!), console));
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
            console.Out.WriteLine(ExperimentReport.WriteJson(result, plan));
        }
        else
        {
            ExperimentReport.WriteText(result, plan, console.Out);
        }

        var report = new HtmlReportOptions { Title = plan.Name, Description = $"{plan.Name}: configurations of {plan.Scenario}.", Command = arguments.CommandLine };
        return Finish(result, arguments, console, report);
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
    internal static int Finish(ExperimentResult result, PlanArguments arguments, CliConsole console, HtmlReportOptions report)
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

        if (result.Interrupted)
        {
            console.Error.WriteLine($"linesim: interrupted; {result.Configurations.Length} of {result.ConfigurationCount} configurations finished and are reported.");
            return console.Interrupt.ExitCode;
        }

        return ExitCodes.Success;
    }
}
