using System.CommandLine;
using System.Globalization;
using LineSim.Analysis;
using LineSim.Cli.Reporting;
using LineSim.Plots;
using LineSim.Results;
using LineSim.Scenarios;

namespace LineSim.Cli.Commands;

/// <summary>
/// <c>linesim bottleneck FILE [--replications N] [--seed S] [--warmup SECONDS] [--duration SECONDS] [--engine E] [--speedup SHARE] [--repair-cut SHARE] [--json] [--report FILE] [--events FILE] [--events-from SECONDS] [--events-to SECONDS]</c>:
/// the bottleneck by the active period method, the losses from takt to JPH, and each station's sensitivity.
/// </summary>
internal sealed class BottleneckCommand : ICliCommand
{
    public Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The scenario file (JSON)." };
        Option<int?> replications = CliOptions.Integer("--replications", "N", "Number of replications of each configuration; overrides run.replications.", "-r");
        Option<long?> seed = CliOptions.Long("--seed", "S", "Scenario seed; overrides run.seed.", "-s");
        Option<double?> warmup = CliOptions.Seconds("--warmup", "Warm-up in seconds, discarded from the statistics; overrides run.warmup.");
        Option<double?> duration = CliOptions.Seconds("--duration", "Observation window after the warm-up, in seconds; overrides run.duration (and run.partCount).");
        Option<double?> speedup = CliOptions.Number("--speedup", "SHARE", "The share by which each station's processing times are cut in turn (default 0.1: 10% faster).");
        Option<double?> repairCut = CliOptions.Number("--repair-cut", "SHARE", "The share by which each failing station's repair times are cut in turn (default 0.1).");
        var engine = new Option<string?>("--engine") { HelpName = "auto|event|sample-path", Description = "The engine of the sensitivity runs; overrides run.engine. The active period method runs on the event engine." };
        var json = new Option<bool>("--json") { Description = "Print only a JSON document of the results on standard output." };
        var events = new Option<string?>("--events") { HelpName = "FILE", Description = "Also write every machine's state changes in a window of the first replication to this CSV file (time, station, server, state)." };
        Option<double?> eventsFrom = CliOptions.Seconds("--events-from", "The start of the timeline's window, in seconds from the replication's start (default: the end of the warm-up).");
        Option<double?> eventsTo = CliOptions.Seconds("--events-to", $"The end of the timeline's window, in seconds (default: {DefaultWindow / 3_600:0} hours after its start).");
        var report = new Option<string?>("--report") { HelpName = "FILE", Description = "Also write a self-contained HTML report, with the bottleneck and loss charts, to this file." };

        var command = new Command("bottleneck", "Find the bottleneck by the active period method and by each station's sensitivity, and break the gap from takt to JPH down by cause.")
        {
            file, replications, seed, warmup, duration, engine, speedup, repairCut, json, report, events, eventsFrom, eventsTo,
        };
        command.SetAction(parse => Execute(
            new RunArguments(parse.GetValue(file)!, parse.GetValue(replications), parse.GetValue(seed), parse.GetValue(warmup), parse.GetValue(duration), parse.GetValue(json), Csv: null, Plots: null, parse.GetValue(engine), parse.GetValue(report)),
            new SensitivityOptions { Speedup = parse.GetValue(speedup) ?? 0.1, RepairCut = parse.GetValue(repairCut) ?? 0.1 },
            new TimelineArguments(parse.GetValue(events), parse.GetValue(eventsFrom), parse.GetValue(eventsTo)),
            console,
            CliOptions.CommandLine(parse)));
        return command;
    }

    /// <summary>The timeline's default window: a shift's worth.</summary>
    private const double DefaultWindow = 28_800;

    internal static int Execute(RunArguments arguments, SensitivityOptions sensitivity, TimelineArguments timeline, CliConsole console, string commandLine)
    {
        List<string> problems = arguments.Validate();
        problems.AddRange(timeline.Validate(arguments.Report is not null));
        foreach (string problem in sensitivity.Validate())
        {
            // Speedup: ... and RepairCut: ... name the command-line options.
            problems.Add(problem.StartsWith("Speedup:", StringComparison.Ordinal) ? "--speedup" + problem["Speedup".Length..] : "--repair-cut" + problem["RepairCut".Length..]);
        }

        if (problems.Count > 0)
        {
            foreach (string problem in problems)
            {
                console.Error.WriteLine($"linesim: {problem}");
            }

            return ExitCodes.InvalidInput;
        }

        Scenario? scenario = ScenarioFile.Load(arguments.File, console);
        if (scenario is null)
        {
            return ExitCodes.InvalidInput;
        }

        Scenario applied = arguments.ApplyTo(scenario);
        if (arguments.Engine == "sample-path" && Simulation.WhySamplePathCannotRun(scenario.Line) is { } reason)
        {
            console.Error.WriteLine($"linesim: --engine sample-path cannot run this line: {char.ToLowerInvariant(reason[0])}{reason[1..]} Use --engine auto or --engine event.");
            return ExitCodes.InvalidInput;
        }

        SensitivityResult result;
        try
        {
            result = BottleneckSensitivity.Run(applied.Line, applied.Options, sensitivity);
        }
        catch (ArgumentException exception)
        {
            console.Error.WriteLine($"linesim: {arguments.NameOptions(exception.Message.Split(" (Parameter '")[0], scenario)}");
            return ExitCodes.InvalidInput;
        }

        StateTimeline? states = null;
        if (timeline.Wanted(arguments.Report is not null))
        {
            double from = timeline.From ?? applied.Options.Warmup;
            double to = timeline.To ?? (from + DefaultWindow);
            if (to <= from)
            {
                console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"linesim: --events-to must be after the window's start, {from} s (the end of the warm-up unless --events-from says otherwise), got {to}."));
                return ExitCodes.InvalidInput;
            }

            states = Simulation.Create(applied.Line, applied.Options with { AnalyseBottlenecks = true, Engine = EngineSelection.Event }).RecordStates(0, from, to).Timeline;
            if (timeline.File is { } eventsPath)
            {
                try
                {
                    using var writer = new StreamWriter(eventsPath);
                    StateTimelineCsv.Write(states, writer);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    console.Error.WriteLine($"linesim: cannot write the events file {eventsPath}: {exception.Message}");
                    return ExitCodes.Failure;
                }
            }
        }

        if (arguments.Json)
        {
            console.Out.WriteLine(JsonReport.Write(result.Analysis, more: json => BottleneckJson.WriteSensitivity(json, result)));
        }
        else
        {
            TextReport.Write(result.Analysis, scenario.Line, console.Out);
            console.Out.WriteLine();
            BottleneckText.WriteSensitivity(result, console.Out);
        }

        if (arguments.Report is { } reportPath)
        {
            var options = new HtmlReportOptions
            {
                Description = scenario.Description,
                Timeline = states,
                Command = commandLine,
                Sensitivity = result,
            };
            try
            {
                HtmlReport.WriteFile(result.Analysis, scenario.Line, reportPath, options);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"linesim: cannot write the report {reportPath}: {exception.Message}");
                return ExitCodes.Failure;
            }

            if (!arguments.Json)
            {
                console.Out.WriteLine();
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote the HTML report to {reportPath}"));
            }
        }

        if (timeline.File is { } written && !arguments.Json)
        {
            console.Out.WriteLine();
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {states!.Changes.Length} state changes of replication 1 from {states.From} s to {states.To} s to {written}"));
        }

        return ExitCodes.Success;
    }
}
