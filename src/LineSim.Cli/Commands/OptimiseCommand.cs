using System.CommandLine;
using LineSim.Cli.Reporting;
using LineSim.Experiments;
using LineSim.Scenarios;

namespace LineSim.Cli.Commands;

/// <summary>
/// <c>linesim optimise PLAN [--replications N] [--seed S] [--threads T] [--json] [--csv FILE]</c>: searches a plan's
/// factors for its goal and selects the best of the search's best with Kim and Nelson's KN procedure.
/// </summary>
internal sealed class OptimiseCommand : ICliCommand
{
    public Command Create(CliConsole console)
    {
        var plan = new Argument<string>("PLAN") { Description = "The plan file (JSON) with factors as ranges and an optimise section." };
        PlanOptions options = PlanOptions.Create();
        options.Csv.Description = "Also write the search's steps, one row each, to this CSV file.";
        var command = new Command("optimise", "Search a plan's factors (buffer places, robots, carriers) for the best configuration, then select among the best with a stated probability of correct selection.")
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

        if (plan.Goal is null)
        {
            console.Error.WriteLine($"{arguments.Files[0]}: optimise: required field is missing; linesim optimise needs a goal, as \"optimise\": {{ \"maximise\": \"throughputPerHour\", \"budget\": {{ \"total\": \"stations[*].bufferBefore\", \"atMost\": 12 }} }} (linesim experiment runs a plan without one)");
            return ExitCodes.InvalidInput;
        }

        OptimisationResult result;
        try
        {
            if (console.ErrorIsTerminal && !arguments.Json)
            {
                using var status = new SearchStatus(console.Error);
                result = Optimiser.Run(plan, status, arguments.Threads, console.Interrupt.Token);
            }
            else
            {
                result = Optimiser.Run(plan, progress: null, arguments.Threads, console.Interrupt.Token);
            }
        }
        catch (ScenarioException exception)
        {
            ScenarioFile.WriteErrors(arguments.Files[0], exception.Errors, console.Error);
            return ExitCodes.InvalidInput;
        }

        if (arguments.Json)
        {
            console.Out.WriteLine(OptimisationReport.WriteJson(result, plan));
        }
        else
        {
            OptimisationReport.WriteText(result, plan, console.Out);
        }

        if (!arguments.WriteCsv(console, writer => OptimisationReport.WriteCsv(result, writer)))
        {
            return ExitCodes.Failure;
        }

        if (result.Interrupted)
        {
            console.Error.WriteLine("linesim: interrupted; the best configuration found so far is reported.");
            return console.Interrupt.ExitCode;
        }

        return ExitCodes.Success;
    }
}
