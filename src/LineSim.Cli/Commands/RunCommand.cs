using System.Collections.Immutable;
using System.CommandLine;
using LineSim.Cli.Reporting;
using LineSim.Plots;
using LineSim.Results;
using LineSim.Scenarios;

namespace LineSim.Cli.Commands;

/// <summary>
/// <c>linesim run FILE [--replications N] [--seed S] [--warmup SECONDS|auto] [--duration SECONDS] [--engine E] [--precision H] [--max-replications N] [--json] [--csv FILE] [--csv-summary FILE] [--plots DIR] [--report FILE]</c>:
/// runs a scenario's replications in parallel and reports the results.
/// </summary>
internal sealed class RunCommand : ICliCommand
{
    public Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The scenario file (JSON)." };
        Option<int?> replications = CliOptions.Integer("--replications", "N", "Number of replications; overrides run.replications.", "-r");
        Option<long?> seed = CliOptions.Long("--seed", "S", "Scenario seed; overrides run.seed.", "-s");
        Option<double?> warmup = CliOptions.SecondsOrAuto("--warmup", "Warm-up in seconds, discarded from the statistics, or auto (MSER-5 on a pilot run picks it); overrides run.warmup.");
        Option<double?> duration = CliOptions.Seconds("--duration", "Observation window after the warm-up, in seconds; overrides run.duration (and run.partCount).");
        var json = new Option<bool>("--json") { Description = "Print only a JSON document of the results on standard output." };
        var csv = new Option<string?>("--csv") { HelpName = "FILE", Description = "Also write one row per replication to this CSV file." };
        var csvSummary = new Option<string?>("--csv-summary")
        {
            HelpName = "FILE",
            Description = "Also write one summary row for the run (means and 95% half-widths) to this CSV file; runs of the same line append rows.",
        };
        var report = new Option<string?>("--report") { HelpName = "FILE", Description = "Also write a self-contained HTML report (charts, tables, the plant's drawing) to this file." };
        var plots = new Option<string?>("--plots") { HelpName = "DIR", Description = "Also write charts (SVG and PNG) to this folder, created if missing." };
        Option<double?> precision = CliOptions.Number("--precision", "H", "Add replications until the 95% half-width of JPH is at most H (or --max-replications is reached).");
        Option<int?> maxReplications = CliOptions.Integer("--max-replications", "N", $"The most replications --precision runs (default {RunArguments.DefaultMaxReplications}).");
        var engine = new Option<string?>("--engine") { HelpName = "auto|event|sample-path", Description = "The engine; overrides run.engine (default auto: the sample-path engine where it is exact)." };

        var command = new Command("run", "Run a scenario file and report its throughput (JPH) against takt, WIP, lead time, stations and buffers.")
        {
            file, replications, seed, warmup, duration, json, csv, csvSummary, plots, report, engine, precision, maxReplications,
        };
        command.SetAction(parse => Execute(
            new RunArguments(
                parse.GetValue(file)!,
                parse.GetValue(replications),
                parse.GetValue(seed),
                parse.GetValue(warmup),
                parse.GetValue(duration),
                parse.GetValue(json),
                parse.GetValue(csv),
                parse.GetValue(plots),
                parse.GetValue(engine),
                parse.GetValue(report),
                parse.GetValue(csvSummary),
                parse.GetValue(precision),
                parse.GetValue(maxReplications)),
            console,
            CliOptions.CommandLine(parse)));
        return command;
    }

    internal static int Execute(RunArguments arguments, CliConsole console, string? commandLine = null)
    {
        List<string> problems = arguments.Validate();
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

        Simulation simulation;
        try
        {
            if (arguments.Engine == "sample-path" && Simulation.WhySamplePathCannotRun(scenario.Line) is { } reason)
            {
                console.Error.WriteLine($"linesim: --engine sample-path cannot run this line: {char.ToLowerInvariant(reason[0])}{reason[1..]} Use --engine auto or --engine event.");
                return ExitCodes.InvalidInput;
            }

            simulation = arguments.ApplyTo(scenario).CreateSimulation();
        }
        catch (ArgumentException exception)
        {
            // An option the scenario cannot take.
            console.Error.WriteLine($"linesim: {arguments.NameOptions(exception.Message.Split(" (Parameter '")[0], scenario)}");
            return ExitCodes.InvalidInput;
        }

        var notes = new List<string>();
        (SimulationResult? run, int exitCode) = ReplicationRunner.Run(simulation, arguments, console, notes);
        if (run is not { } result)
        {
            return exitCode;
        }

        if (arguments.Json)
        {
            console.Out.WriteLine(JsonReport.Write(result));
        }
        else
        {
            TextReport.Write(result, scenario.Line, console.Out);
            foreach (string note in notes)
            {
                console.Out.WriteLine();
                console.Out.WriteLine(note);
            }
        }

        if (arguments.Csv is { } csvPath)
        {
            try
            {
                using var writer = new StreamWriter(csvPath);
                CsvReport.Write(result, scenario.Line, writer);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"linesim: cannot write the CSV file {csvPath}: {exception.Message}");
                return ExitCodes.Failure;
            }

            if (!arguments.Json)
            {
                console.Out.WriteLine();
                console.Out.WriteLine($"Wrote {result.Replications} replication{(result.Replications == 1 ? string.Empty : "s")} to {csvPath}");
            }
        }

        if (arguments.Plots is { } plotsPath)
        {
            ImmutableArray<string> files;
            try
            {
                files = LinePlots.WriteAll(result, plotsPath, scenario.Line);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"linesim: cannot write the charts to {plotsPath}: {exception.Message}");
                return ExitCodes.Failure;
            }

            if (!arguments.Json)
            {
                console.Out.WriteLine();
                console.Out.WriteLine($"Wrote {files.Length / 2} charts (SVG and PNG) to {plotsPath}: {string.Join(", ", files.Where(f => f.EndsWith(".svg", StringComparison.Ordinal)).Select(Path.GetFileNameWithoutExtension))}");
            }
        }

        if (arguments.CsvSummary is { } summaryPath)
        {
            string? problem;
            try
            {
                problem = CsvSummary.Write(result, summaryPath);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                problem = $"cannot write the CSV file {summaryPath}: {exception.Message}";
            }

            if (problem is not null)
            {
                console.Error.WriteLine($"linesim: --csv-summary: {problem}");
                return ExitCodes.Failure;
            }

            if (!arguments.Json)
            {
                console.Out.WriteLine();
                console.Out.WriteLine($"Wrote the run's summary row to {summaryPath}");
            }
        }

        if (arguments.Report is { } reportPath
            && !ReportFile.Write(console, reportPath, arguments.Json, path => HtmlReport.WriteFile(result, scenario.Line, path, new HtmlReportOptions { Description = scenario.Description, Command = commandLine })))
        {
            return ExitCodes.Failure;
        }

        if (result.Interrupted)
        {
            console.Error.WriteLine($"linesim: interrupted: the results are those of the {result.Replications} of {simulation.Options.Replications} replications that finished.");
            return console.Interrupt.ExitCode;
        }

        return ExitCodes.Success;
    }
}
