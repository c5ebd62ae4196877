// QuickStart: a five-station robotic welding line paced at a 55-second takt, printing its JPH against the takt.
// Covers: describing a serial line in code, buffers, failures, replications with 95% confidence intervals.
// Seed 42, ten replications of ten days after an eight-hour warm-up. examples/scenarios/quick-start.json is the
// same line as a scenario file: `linesim run examples/scenarios/quick-start.json` prints the same figures.
using LineSim;
using LineSim.Model;
using LineSim.Results;

var line = new LineModel
{
    Name = "Side-frame welding line",
    TaktTime = 55,
    Stations =
    [
        new("Load", Distribution.Constant(48)),
        new("Tack weld", Distribution.LogNormal(mean: 50, stdDev: 4), FailureModel.FromMeans(mtbf: 7_200, mttr: 420)),
        new("Respot 1", Distribution.Exponential(mean: 45), FailureModel.FromMeans(mtbf: 10_800, mttr: 300)),
        new("Respot 2", Distribution.Triangular(min: 40, mode: 46, max: 58)),
        new("Unload", Distribution.Constant(40)),
    ],
    Buffers = [new(After: "Load", Capacity: 3), new(After: "Tack weld", Capacity: 3), new(After: "Respot 1", Capacity: 2)],
};

var options = new SimulationOptions { Seed = 42, Replications = 10, Warmup = 28_800, Duration = 864_000 };
SimulationResult result = Simulation.Create(line, options).Run();

Console.WriteLine($"{result.Scenario}: {result.ThroughputPerHour.ToString("F1")} JPH against takt {3600 / line.TaktTime:F1} JPH ({line.TaktTime} s)");
Console.WriteLine($"Takt attainment {100 * result.TaktAttainment.Mean:F1}%, bottleneck: {result.Bottleneck.Name}");
foreach (StationSummary s in result.Stations)
{
    Console.WriteLine($"  {s.Name,-10} working {100 * s.Working.Mean,5:F1}%  starved {100 * s.Starved.Mean,5:F1}%  blocked {100 * s.Blocked.Mean,5:F1}%  down {100 * s.Down.Mean,5:F1}%");
}
