// QuickStart: a five-station robotic welding line paced at a 55-second takt.
// Covers: describing a serial line, buffers, failures, replications with confidence intervals.
// Seed 42, ten replications of ten days after an eight-hour warm-up.
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

double taktJph = 3600 / line.TaktTime;
Console.WriteLine($"{result.Scenario}: {result.ThroughputPerHour.ToString("F1")} JPH (takt {taktJph:F1} JPH), takt attainment {result.TaktAttainment.ToString("P1")}");
Console.WriteLine($"Work in process {result.WorkInProcess.ToString("F1")} parts, lead time {result.LeadTime.ToString("F0")} s, bottleneck: {result.Bottleneck.Name}");
foreach (StationSummary station in result.Stations)
{
    Console.WriteLine($"  {station.Name,-10} working {station.Working.Mean,6:P1}  starved {station.Starved.Mean,6:P1}  blocked {station.Blocked.Mean,6:P1}  down {station.Down.Mean,6:P1}");
}
