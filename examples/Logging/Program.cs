// Logging: trace a short run event by event with Microsoft.Extensions.Logging's console logger, then show that a
// run whose logger filters out Trace is as fast as one without a logger: the engine asks once per replication whether
// Trace is enabled, and otherwise pays one branch per event.
// Covers: passing an ILoggerFactory to Simulation.Create, the event messages (part entered, started, finished,
// blocked, failed, repaired, left), timing a run. Seed 14; a three-station line, one replication of three parts
// traced, then one replication of a year timed two ways, each the fastest of five runs. Both use the event engine:
// the sample-path engine, which LineSim picks where it is exact, computes departure times without events to trace.
// examples/scenarios/logging.json is the traced line: `linesim run` runs it (without the trace).
using System.Diagnostics;
using LineSim;
using LineSim.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

var line = new LineModel
{
    Name = "Three-station cell",
    TaktTime = 55,
    Stations =
    [
        new("Load", Distribution.Constant(40)),
        new("Weld", Distribution.Exponential(mean: 50), FailureModel.FromMeans(mtbf: 120, mttr: 30)),
        new("Unload", Distribution.Constant(30)),
    ],
    Buffers = [new(After: "Load", Capacity: 1)],
};

// 1. Every event of a run of three parts, on the console.
using (ILoggerFactory tracing = LoggerFactory.Create(builder => builder
           .SetMinimumLevel(LogLevel.Trace)
           .AddSimpleConsole(console => console.SingleLine = true)))
{
    Simulation.Create(line, new SimulationOptions { Seed = 14, Replications = 1, PartCount = 3, Engine = EngineSelection.Event }, tracing).Run();
}

// 2. The same line for a year: no logger, and a console logger that filters out Trace (and Debug).
var year = new SimulationOptions { Seed = 14, Replications = 1, Duration = 365 * 86_400, Engine = EngineSelection.Event };
using ILoggerFactory warnings = LoggerFactory.Create(builder => builder
    .SetMinimumLevel(LogLevel.Warning)
    .AddSimpleConsole(console => console.SingleLine = true));

Func<double> withoutLogger = () => Simulation.Create(line, year, NullLoggerFactory.Instance).Run().ThroughputPerHour.Mean;
Func<double> withFilteredLogger = () => Simulation.Create(line, year, warnings).Run().ThroughputPerHour.Mean;

// Warm up both (the JIT compiles the engine's hot loop), then alternate, keeping each one's fastest run.
withoutLogger();
withFilteredLogger();
double bestWithout = double.MaxValue, bestWith = double.MaxValue;
for (int i = 0; i < 5; i++)
{
    bestWithout = Math.Min(bestWithout, Milliseconds(withoutLogger));
    bestWith = Math.Min(bestWith, Milliseconds(withFilteredLogger));
}

Console.WriteLine();
Console.WriteLine($"A year without a logger:               {bestWithout,7:F1} ms");
Console.WriteLine($"A year with a logger at Warning level: {bestWith,7:F1} ms");

static double Milliseconds(Func<double> run)
{
    long start = Stopwatch.GetTimestamp();
    run();
    return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
}
