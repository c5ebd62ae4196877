// BodyShop55: does a body shop built after a high-volume plant that delivers one car every 55 s hold its takt?
// Covers: loading a scenario file (examples/scenarios/body-shop-55.json: an underbody line and two side-frame feeder
// lines merging at framing, a respot cell of three robots, closures hemmed on their own feeder and hung on the body,
// inspection with rework, a conveyor, skids, one maintenance crew), the shop's JPH with its 95% interval against the
// takt, the bottleneck and what starves it, and a what-if on common random numbers: one more buffer place on each
// input of framing, compared replication by replication.
// Seed 55, ten replications of five days after an eight-hour warm-up (the file's run settings).
using LineSim;
using LineSim.Model;
using LineSim.Results;
using LineSim.Scenarios;

string file = args.Length > 0 ? args[0] : FindScenario("body-shop-55.json");
Scenario scenario = ScenarioLoader.LoadFile(file).GetScenarioOrThrow();
LineModel shop = scenario.Line;
SimulationResult result = Simulation.Create(shop, scenario.Options).Run();

double taktJph = 3_600 / shop.TaktTime;
Console.WriteLine($"{shop.Name}");
Console.WriteLine($"  JPH {result.ThroughputPerHour.ToString("F1")} against takt {taktJph:F1} ({shop.TaktTime} s): "
    + (result.ThroughputPerHour.Upper < taktJph ? "the shop does not hold its takt" : "the shop holds its takt")
    + $", takt attainment {100 * result.TaktAttainment.Mean:F1}%");
StationSummary bottleneck = result.Bottleneck;
Console.WriteLine($"  Bottleneck {bottleneck.Name}: working {100 * bottleneck.Working.Mean:F1}%, down {100 * bottleneck.Down.Mean:F1}%, starved {100 * bottleneck.Starved.Mean:F1}%");
foreach (NamedEstimate input in bottleneck.StarvedByInput)
{
    Console.WriteLine($"    waiting for {input.Name,-20} {100 * input.Value.Mean,5:F1}% of the time");
}

Console.WriteLine($"  Scrapped {result.Scrapped.ToString("F0")} bodies per replication; crew utilisation {100 * result.Crews[0].Utilisation.Mean:F1}%");

// One more place in each buffer before framing; the same seed gives every station the same random numbers.
LineModel bigger = shop with
{
    Stations = [.. shop.Stations.Select(s => s.Name == "Framing" ? s with { Inputs = [.. s.Inputs.Select(i => StationInput.FromStation(i.From!, i.Buffer + 1))] } : s)],
};
SimulationResult what = Simulation.Create(bigger, scenario.Options).Run();
double[] gains = [.. result.ReplicationResults.Zip(what.ReplicationResults, (a, b) => b.ThroughputPerHour - a.ThroughputPerHour)];
Console.WriteLine($"  One more buffer place on each framing input: JPH {what.ThroughputPerHour.ToString("F1")}, a gain of {Estimate.From(gains).ToString("F2")} JPH");

static string FindScenario(string name)
{
    for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
    {
        string candidate = Path.Combine(folder.FullName, "examples", "scenarios", name);
        if (File.Exists(candidate))
        {
            return candidate;
        }
    }

    throw new FileNotFoundException($"examples/scenarios/{name} was not found above {Directory.GetCurrentDirectory()}; run the example from the repository, or pass the file's path.");
}
