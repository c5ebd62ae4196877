using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Planning;

/// <summary>The plant the README shows in code: it must stay valid and run.</summary>
public sealed class ReadmePlantTests
{
    [Fact]
    public void Run_ReadmeFramingArea_IsValidAndConservesParts()
    {
        var shop = new LineModel
        {
            Name = "Framing area",
            TaktTime = 55,
            Crews = [new RepairCrew("Maintenance", Size: 2)],
            Carriers = [new CarrierLoop("Skids", Count: 20, From: "Framing", To: "Unload", ReturnTime: 90)],
            Stations =
            [
                new("Underbody", Distribution.LogNormal(mean: 50, stdDev: 2), FailureModel.FromMeans(10_800, 600) with { Crew = "Maintenance" }),
                new("Side frame", Distribution.LogNormal(mean: 47, stdDev: 2)) { Inputs = [StationInput.FromSupply(Source.Unlimited)] },
                new("Framing", Distribution.Constant(51))
                {
                    Inputs = [StationInput.FromStation("Underbody", buffer: 3), StationInput.FromStation("Side frame", buffer: 4)],
                },
                new("Respot cell", Distribution.LogNormal(mean: 150, stdDev: 6)) { Servers = 3 },
                new("Inspection", Distribution.Constant(45)) { Quality = new Quality(FirstPassYield: 0.97) { Rework = [new ReworkRoute("Rework bay", 0.8)] } },
                new("Rework bay", Distribution.Exponential(600)) { Inputs = [] },
                new("Unload", Distribution.Constant(42))
                {
                    Merge = MergeRule.FirstAvailable,
                    Inputs = [StationInput.FromConveyor("Inspection", Conveyor.FromLength(length: 24, pitch: 6, speed: 0.4)), StationInput.FromStation("Rework bay", buffer: 1)],
                },
            ],
        };

        Assert.Empty(shop.Validate());
        SimulationResult result = Simulation.Create(shop, new SimulationOptions { Seed = 1, Replications = 2, Warmup = 3_600, Duration = 86_400 }).Run();

        Assert.Equal(EngineKind.Event, result.Engine);
        Assert.InRange(result.ThroughputPerHour.Mean, 55, 3_600 / 51.0);
        foreach (ReplicationResult replication in result.ReplicationResults)
        {
            Assert.Equal(replication.Released, replication.Completed + replication.Scrapped + replication.Assembled + replication.WorkInProcessAtEnd);
        }
    }
}
