using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using LineSim.Cli.Reporting;
using LineSim.Model;

namespace LineSim.Cli.Commands;

/// <summary>
/// <c>linesim bench [--stations K] [--buffer B] [--parts N] [--replications R] [--threads T] [--engine event|sample-path] [--seed S] [--json]</c>:
/// times R replications of the reference line LINE(K, B) run together (on the sample-path engine, in vector lanes) on
/// T threads, one and one by default, after warm-up runs.
/// </summary>
internal sealed class BenchCommand : ICliCommand
{
    public Command Create(CliConsole console)
    {
        Option<int?> stations = CliOptions.Integer("--stations", "K", "Stations in series (default 10).", "-k");
        Option<int?> buffer = CliOptions.Integer("--buffer", "B", "Capacity of each buffer between stations (default 5).", "-b");
        Option<long?> parts = CliOptions.Long("--parts", "N", "Parts to produce in the timed run (default 1,000,000).", "-n");
        Option<int?> replications = CliOptions.Integer("--replications", "R", "Replications of N parts each, run together (default 1).", "-r");
        Option<int?> threads = CliOptions.Integer("--threads", "T", "Threads the replications run on (default 1).", "-t");
        Option<long?> seed = CliOptions.Long("--seed", "S", "Seed (default 1).", "-s");
        var engine = new Option<string?>("--engine")
        {
            HelpName = "event|sample-path",
            Description = "The engine to time (default: the sample-path engine, which is exact for this line).",
        };
        var json = new Option<bool>("--json") { Description = "Print only a JSON document on standard output." };

        var command = new Command("bench", "Measure simulation speed on LINE(K,B): K exponential stations (mean 55 s) with buffers of B, blocking after service.")
        {
            stations, buffer, parts, replications, threads, seed, engine, json,
        };
        command.SetAction(parse => Execute(
            parse.GetValue(stations) ?? 10,
            parse.GetValue(buffer) ?? 5,
            parse.GetValue(parts) ?? 1_000_000,
            parse.GetValue(replications) ?? 1,
            parse.GetValue(threads) ?? 1,
            parse.GetValue(seed) ?? 1,
            parse.GetValue(engine),
            parse.GetValue(json),
            console));
        return command;
    }

    internal static int Execute(int stations, int buffer, long parts, int replications, int threads, long seed, string? engineName, bool json, CliConsole console)
    {
        var problems = new List<string>();
        if (stations < 1)
        {
            problems.Add($"--stations must be at least 1, got {stations}.");
        }

        if (buffer < 0)
        {
            problems.Add($"--buffer must be 0 or more, got {buffer}.");
        }

        if (parts < 1)
        {
            problems.Add($"--parts must be at least 1, got {parts}.");
        }

        if (replications < 1)
        {
            problems.Add($"--replications must be at least 1, got {replications}.");
        }

        if (threads < 1)
        {
            problems.Add($"--threads must be at least 1, got {threads}.");
        }

        EngineSelection engine = engineName switch
        {
            null => EngineSelection.Auto,
            "event" => EngineSelection.Event,
            "sample-path" => EngineSelection.SamplePath,
            _ => (EngineSelection)(-1),
        };
        if (!Enum.IsDefined(engine))
        {
            problems.Add($"--engine must be 'event' or 'sample-path', got '{engineName}'.");
        }

        if (problems.Count > 0)
        {
            foreach (string problem in problems)
            {
                console.Error.WriteLine($"linesim: {problem}");
            }

            return ExitCodes.InvalidInput;
        }

        LineModel line = ReferenceLines.Line(stations, buffer);
        var options = new SimulationOptions { Seed = seed, Replications = replications, PartCount = parts, Engine = engine, MaxDegreeOfParallelism = threads };
        Simulation simulation = Simulation.Create(line, options);

        // Warm-up: the runtime compiles hot methods again, optimised, only after they have run for a while (tiered
        // compilation), so run the engine for at least a second before timing it.
        Simulation warmup = Simulation.Create(line, options with { PartCount = Math.Min(parts, 100_000) });
        long warmupStarted = Stopwatch.GetTimestamp();
        do
        {
            Run(warmup);
        }
        while (Stopwatch.GetElapsedTime(warmupStarted).TotalSeconds < 1);

        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long started = Stopwatch.GetTimestamp();
        double throughput = Run(simulation);
        double seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        double completions = (double)parts * stations * replications;
        var measurement = new Measurement(
            simulation.Engine == EngineKind.SamplePath ? "sample-path" : "event",
            stations,
            buffer,
            parts,
            replications,
            threads,
            seconds,
            parts * (double)replications / seconds,
            completions / seconds,
            throughput,
            allocated / completions);

        if (json)
        {
            console.Out.WriteLine(JsonSerializer.Serialize(measurement, BenchJsonContext.Default.Measurement));
        }
        else
        {
            console.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"LINE({stations},{buffer}), {measurement.Engine} engine, {(replications == 1 ? "" : $"{replications} replications of ")}{parts:N0} parts in {seconds:F3} s, {(threads == 1 ? "one thread" : $"{threads} threads")}:"));
            console.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {measurement.CompletionsPerSecond / 1e6:F2} million station completions per second ({measurement.PartsPerSecond / 1e6:F3} million parts per second)"));
            console.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  throughput {Format.Fixed(throughput, 3)} JPH{(replications == 1 ? "" : ", the replications' mean")} (mean processing time 55 s), {measurement.AllocatedBytesPerCompletion:F4} bytes allocated per completion"));
        }

        return ExitCodes.Success;
    }

    /// <summary>Runs one replication alone (as a single run does) or all of them together; returns the throughput, the mean over replications.</summary>
    private static double Run(Simulation simulation) =>
        simulation.Options.Replications == 1 ? simulation.RunReplication(0).ThroughputPerHour : simulation.Run().ThroughputPerHour.Mean;

    /// <summary>What <c>linesim bench --json</c> prints.</summary>
    internal sealed record Measurement(
        string Engine,
        int Stations,
        int Buffer,
        long Parts,
        int Replications,
        int Threads,
        double Seconds,
        double PartsPerSecond,
        double CompletionsPerSecond,
        double ThroughputPerHour,
        double AllocatedBytesPerCompletion);
}
