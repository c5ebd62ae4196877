using System.CommandLine;
using System.Text;
using System.Text.Json;
using LineSim.Cli.Reporting;
using LineSim.Experiments;
using LineSim.Plots;
using LineSim.Results;
using LineSim.Scenarios;

namespace LineSim.Cli.Commands;

/// <summary>
/// <c>linesim compare A B [--replications N] [--seed S] [--threads T] [--json] [--csv FILE] [--report FILE]</c>: runs two scenarios on
/// common random numbers and reports each figure for both and their paired difference, and which is better in JPH.
/// </summary>
internal sealed class CompareCommand : ICliCommand
{
    public Command Create(CliConsole console)
    {
        var a = new Argument<string>("A") { Description = "The first scenario file (JSON); its run section sets the replications and seed of both." };
        var b = new Argument<string>("B") { Description = "The second scenario file (JSON)." };
        PlanOptions options = PlanOptions.Create(report: true);
        var command = new Command("compare", "Run two scenarios on common random numbers and report each figure for both, the paired difference B - A, and which is better in JPH at 95%.")
        {
            a, b,
        };
        options.AddTo(command);
        command.SetAction(parse => Execute(options.Read(parse, parse.GetValue(a)!, parse.GetValue(b)!), console));
        return command;
    }

    internal static int Execute(PlanArguments arguments, CliConsole console)
    {
        if (!arguments.Check(console))
        {
            return ExitCodes.InvalidInput;
        }

        Scenario? first = ScenarioFile.Load(arguments.Files[0], console);
        Scenario? second = ScenarioFile.Load(arguments.Files[1], console);
        if (first is null || second is null)
        {
            return ExitCodes.InvalidInput;
        }

        SimulationOptions options = first.Options with
        {
            Replications = arguments.Replications ?? first.Options.Replications,
            Seed = arguments.Seed ?? first.Options.Seed,
        };
        Experiment experiment = Experiment.Create(
            [
                new ExperimentConfiguration("A", first.Line, options),
                new ExperimentConfiguration("B", second.Line, second.Options with { Replications = options.Replications, Seed = options.Seed }),
            ],
            arguments.Threads);
        ExperimentResult result = ExperimentCommand.Run(experiment, arguments, console);
        if (result.Interrupted)
        {
            console.Error.WriteLine("linesim: interrupted before both scenarios finished; nothing to compare.");
            return console.Interrupt.ExitCode;
        }

        ConfigurationResult resultA = result.Configurations[0];
        ConfigurationResult resultB = result.Configurations[1];
        ExperimentFigures difference = resultB.Difference!;
        if (arguments.Json)
        {
            console.Out.WriteLine(Json(result, first, second, arguments));
        }
        else
        {
            console.Out.WriteLine($"A = {arguments.Files[0]} ({first.Name}), B = {arguments.Files[1]} ({second.Name})");
            console.Out.WriteLine($"{result.Replications} replications each on common random numbers, seed {result.Seed}");
            console.Out.WriteLine();
            var table = new TextTable(["", "A", "B", "B - A (paired)"], [false, true, true, true]);
            table.Add("JPH", Format.Estimate(resultA.Figures.ThroughputPerHour, 1), Format.Estimate(resultB.Figures.ThroughputPerHour, 1), ExperimentReport.Signed(difference.ThroughputPerHour, 1));
            table.Add("Takt attainment", Format.PercentEstimate(resultA.Figures.TaktAttainment), Format.PercentEstimate(resultB.Figures.TaktAttainment), SignedPercent(difference.TaktAttainment));
            table.Add("WIP", Format.Estimate(resultA.Figures.WorkInProcess, 1), Format.Estimate(resultB.Figures.WorkInProcess, 1), ExperimentReport.Signed(difference.WorkInProcess, 1));
            table.Add("Lead time (s)", Format.Estimate(resultA.Figures.LeadTime, 0), Format.Estimate(resultB.Figures.LeadTime, 0), ExperimentReport.Signed(difference.LeadTime, 0));
            table.Add("Bottleneck", resultA.Bottleneck, resultB.Bottleneck, string.Empty);
            table.Write(console.Out, header: true);
            console.Out.WriteLine();
            console.Out.WriteLine(Verdict(difference.ThroughputPerHour));
        }

        var report = new HtmlReportOptions
        {
            Title = $"{first.Name} against {second.Name}",
            Description = $"A = {arguments.Files[0]} ({first.Name}), B = {arguments.Files[1]} ({second.Name}). {Verdict(difference.ThroughputPerHour)}",
            Command = arguments.CommandLine,
        };
        return ExperimentCommand.Finish(result, arguments, console, report);
    }

    /// <summary>Which is better in JPH at 95%, from the paired difference B - A: "a", "b", or <see langword="null"/> when the run cannot tell.</summary>
    internal static string? Better(Estimate difference) =>
        difference.Lower > 0 ? "b" : difference.Upper < 0 ? "a" : null;

    private static string Verdict(Estimate difference) => Better(difference) switch
    {
        "b" => $"B is better in JPH at 95%: {ExperimentReport.Signed(difference, 1)} JPH.",
        "a" => $"A is better in JPH at 95%: B - A is {Format.Estimate(difference, 1)} JPH.",
        _ when double.IsNaN(difference.HalfWidth) => "The run cannot tell A and B apart: one replication gives no confidence interval; run at least two.",
        _ => $"The run cannot tell A and B apart in JPH at 95%: B - A is {ExperimentReport.Signed(difference, 1)} JPH, an interval that holds 0. More replications narrow it.",
    };

    private static string SignedPercent(Estimate difference) =>
        (difference.Mean >= 0 ? "+" : string.Empty) + Format.PercentEstimate(difference);

    private static string Json(ExperimentResult result, Scenario first, Scenario second, PlanArguments arguments)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonReport.Options))
        {
            json.WriteStartObject();
            json.WriteNumber("seed", result.Seed);
            json.WriteNumber("replications", result.Replications);
            string[] names = [first.Name, second.Name];
            for (int k = 0; k < 2; k++)
            {
                json.WriteStartObject(k == 0 ? "a" : "b");
                json.WriteString("file", arguments.Files[k]);
                json.WriteString("scenario", names[k]);
                ExperimentReport.Figures(json, result.Configurations[k].Figures);
                json.WriteString("bottleneck", result.Configurations[k].Bottleneck);
                json.WriteEndObject();
            }

            json.WriteStartObject("difference");
            ExperimentReport.Figures(json, result.Configurations[1].Difference!);
            json.WriteEndObject();
            if (Better(result.Configurations[1].Difference!.ThroughputPerHour) is { } better)
            {
                json.WriteString("better", better);
            }
            else
            {
                json.WriteNull("better");
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
