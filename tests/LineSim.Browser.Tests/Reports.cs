using System.Collections.Immutable;
using LineSim.Experiments;
using LineSim.Model;
using LineSim.Plots;
using LineSim.Results;
using LineSim.Scenarios;

namespace LineSim.Browser.Tests;

/// <summary>The reports the browser tests open, written once for the test class into a temporary folder.</summary>
public sealed class Reports : IDisposable
{
    public Reports()
    {
        Directory.CreateDirectory(Folder);
        Scenario bodyShop = ScenarioLoader.LoadFile(Path.Combine(RepositoryRoot(), "examples", "scenarios", "body-shop-55.json")).Scenario
            ?? throw new InvalidOperationException("examples/scenarios/body-shop-55.json is not valid.");

        // As `linesim run examples/scenarios/body-shop-55.json --report body-shop.html` does: hourly output intervals.
        BodyShop = bodyShop.Line;
        BodyShopResult = (bodyShop with { Options = bodyShop.Options with { OutputInterval = 3_600 } }).CreateSimulation().Run();
        BodyShopPath = Path.Combine(Folder, "body-shop.html");
        HtmlReport.WriteFile(BodyShopResult, BodyShop, BodyShopPath, new HtmlReportOptions
        {
            Description = bodyShop.Description,
            Command = "linesim run examples/scenarios/body-shop-55.json --report body-shop.html",
        });

        Plant = ThirtyStations();
        PlantResult = Simulation.Create(Plant, new SimulationOptions { Seed = 3, Replications = 2, Warmup = 3_600, Duration = 2 * 86_400, OutputInterval = 3_600 }).Run();
        PlantPath = Path.Combine(Folder, "plant.html");
        HtmlReport.WriteFile(PlantResult, Plant, PlantPath);

        // A sweep of the buffer before main line station 9, as `linesim experiment PLAN --report` writes it.
        Experiment sweep = Experiment.Create(
            [.. Enumerable.Range(0, 12).Select(places => new ExperimentConfiguration(
                $"{places} places",
                Plant with
                {
                    Stations = [.. Plant.Stations.Select(s => s.Name == "Main line station 9" ? s with { Inputs = [StationInput.FromStation("Main line station 8", places)] } : s)],
                },
                new SimulationOptions { Seed = 3, Replications = 3, Warmup = 3_600, Duration = 86_400 }))]);
        ExperimentResult = sweep.Run();
        ExperimentPath = Path.Combine(Folder, "experiment.html");
        HtmlReport.WriteExperimentFile(ExperimentResult, ExperimentPath, new HtmlReportOptions { Title = "Buffer before main line station 9" });
    }

    public ExperimentResult ExperimentResult { get; }

    public string ExperimentPath { get; }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"linesim-browser-{Guid.NewGuid():N}");

    public LineModel BodyShop { get; }

    public SimulationResult BodyShopResult { get; }

    public string BodyShopPath { get; }

    public LineModel Plant { get; }

    public SimulationResult PlantResult { get; }

    public string PlantPath { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LineSim.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("LineSim.sln not found above the test assembly.");
    }

    /// <summary>
    /// A plant of thirty stations with long names: a main line of seventeen, two feeder lines of five joining it at
    /// assembly stations, an inspection with a rework station, and a final station after a conveyor.
    /// </summary>
    private static LineModel ThirtyStations()
    {
        var stations = ImmutableArray.CreateBuilder<Station>();
        static Station Make(string name, double mean, string? from, int buffer, int seedish) =>
            new(name, Distribution.LogNormal(mean, 2), seedish % 3 == 0 ? FailureModel.FromMeans(14_400, 420) : null)
            {
                Inputs = from is null ? [StationInput.FromSupply(Source.Unlimited)] : [StationInput.FromStation(from, buffer)],
            };

        for (int k = 1; k <= 5; k++)
        {
            stations.Add(Make($"Left side frame station {k}", 46, k == 1 ? null : $"Left side frame station {k - 1}", 2, k));
            stations.Add(Make($"Right side frame station {k}", 46, k == 1 ? null : $"Right side frame station {k - 1}", 2, k + 1));
        }

        for (int k = 1; k <= 17; k++)
        {
            string name = $"Main line station {k}";
            string? before = k == 1 ? null : $"Main line station {k - 1}";
            Station station = Make(name, 48, before, 2, k);
            if (k == 8)
            {
                station = station with { Inputs = [StationInput.FromStation(before!, 3), StationInput.FromStation("Left side frame station 5", 3)] };
            }
            else if (k == 11)
            {
                station = station with { Inputs = [StationInput.FromStation(before!, 3), StationInput.FromStation("Right side frame station 5", 3)] };
            }

            stations.Add(station);
        }

        stations.Add(new Station("Final inspection", Distribution.Constant(45))
        {
            Inputs = [StationInput.FromStation("Main line station 17", 2), StationInput.FromStation("Repair bay", 1)],
            Merge = MergeRule.FirstAvailable,
            Quality = new Quality(0.97) { Rework = [new ReworkRoute("Repair bay", 0.8)] },
        });
        stations.Add(new Station("Repair bay", Distribution.Exponential(300)) { Inputs = [] });
        stations.Add(new Station("Unload", Distribution.Constant(42))
        {
            Inputs = [StationInput.FromConveyor("Final inspection", new Conveyor(60, 4))],
        });
        return new LineModel { Name = "Thirty-station plant", TaktTime = 55, Stations = stations.ToImmutable() };
    }
}
