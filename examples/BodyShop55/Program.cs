// BodyShop55: does a body shop built after a high-volume plant that delivers one car every 55 s hold its takt?
// Covers: loading a scenario file (examples/scenarios/body-shop-55.json: an underbody line and two side-frame feeder
// lines merging at framing, a respot cell of three robots, closures hemmed on their own feeder and hung on the body,
// inspection with rework, a conveyor, skids, one maintenance crew), the shop's JPH with its 95% interval against the
// takt, the bottleneck by the active period method and what starves it, the losses from the takt's JPH to the
// achieved, each station's sensitivity (the JPH a 10% faster station gains), and a what-if on common random numbers: one
// more buffer place on each input of framing, compared replication by replication.
// Seed 55, ten replications of five days after an eight-hour warm-up (the file's run settings).
using LineSim;
using LineSim.Analysis;
using LineSim.Model;
using LineSim.Results;
using LineSim.Scenarios;

string file = args.Length > 0 ? args[0] : FindScenario("body-shop-55.json");
Scenario scenario = ScenarioLoader.LoadFile(file).GetScenarioOrThrow();
LineModel shop = scenario.Line;
// The active period method's bookkeeping changes no figure of the run: the shop runs on the event engine either way.
SimulationResult result = Simulation.Create(shop, scenario.Options with { AnalyseBottlenecks = true }).Run();

double taktJph = 3_600 / shop.TaktTime;
Console.WriteLine($"{shop.Name}");
Console.WriteLine($"  JPH {result.ThroughputPerHour.ToString("F1")} against takt {taktJph:F1} ({shop.TaktTime} s): "
    + (result.ThroughputPerHour.Upper < taktJph ? "the shop does not hold its takt" : "the shop holds its takt")
    + $", takt attainment {100 * result.TaktAttainment.Mean:F1}%");
Console.WriteLine("  Bottlenecks by the active period method (share of working time, sole + shifting):");
foreach (BottleneckSummary b in result.Bottlenecks.Take(4))
{
    Console.WriteLine($"    {b.Station,-18} sole {b.Sole.ToString("P1")}, shifting {b.Shifting.ToString("P1")}");
}

StationSummary bottleneck = result.Stations.First(s => s.Name == result.BottleneckName);
Console.WriteLine($"  Bottleneck {bottleneck.Name}: working {100 * bottleneck.Working.Mean:F1}%, down {100 * bottleneck.Down.Mean:F1}%, starved {100 * bottleneck.Starved.Mean:F1}%");
foreach (NamedEstimate input in bottleneck.StarvedByInput)
{
    Console.WriteLine($"    waiting for {input.Name,-20} {100 * input.Value.Mean,5:F1}% of the time");
}

Console.WriteLine($"  Scrapped {result.Scrapped.ToString("F0")} bodies per replication; crew utilisation {100 * result.Crews[0].Utilisation.Mean:F1}%");
Console.WriteLine($"  Losses from takt {taktJph:F1} JPH to {result.ThroughputPerHour.Mean:F1} JPH, on the momentary bottleneck:");
foreach (IGrouping<LossCause, LossSummary> cause in result.Losses.GroupBy(l => l.Cause))
{
    LossSummary worst = cause.MaxBy(l => l.ThroughputPerHour.Mean)!;
    Console.WriteLine($"    {cause.Key,-16} {cause.Sum(l => l.ThroughputPerHour.Mean),6:F2} JPH (most at {worst.Station ?? "line"}: {worst.ThroughputPerHour.Mean:F2})");
}

Console.WriteLine($"  Line OEE {result.Oee!.Oee.ToString("P1")}: availability {result.Oee.Availability.Mean:P1}, performance {result.Oee.Performance.Mean:P1}, quality {result.Oee.Quality.Mean:P1}");

// Each station 10% faster in turn, paired with the shop as it is on common random numbers.
SensitivityResult sensitivity = BottleneckSensitivity.Run(shop, scenario.Options);
Console.WriteLine("  JPH gained by a station 10% faster (the three largest):");
foreach (StationSensitivity station in sensitivity.Stations.OrderByDescending(s => s.FasterGain.Mean).Take(3))
{
    Console.WriteLine($"    {station.Station,-18} {station.FasterGain.ToString("F2")}");
}

Console.WriteLine(sensitivity.Agree
    ? $"  The active period method and the sensitivity agree: {sensitivity.MostSensitive}"
    : $"  The methods disagree: active period {result.BottleneckName}, sensitivity {sensitivity.MostSensitive}");

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
