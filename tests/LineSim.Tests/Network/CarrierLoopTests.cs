using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Network;

/// <summary>
/// Parts board carriers at Load (20 s), ride through Work (30 s) and leave them at Unload (10 s); an empty carrier
/// takes R seconds back to Load. Once the first round is through, Work has spaced the carriers at least 30 s apart,
/// so Load and Work are free whenever a carrier comes back: each part rides exactly 20 + 30 + 10 = 60 s and each
/// carrier goes round in 60 + R. The line runs at min(1 / 30, N / (60 + R)): Work's pace, or the carriers'. By
/// Little's law on the loop, on average rate x 60 carriers are loaded and rate x R are on their way back.
/// </summary>
public sealed class CarrierLoopTests
{
    private const double TimeOnCarrier = 60;

    private static LineModel Plant(int count, double returnTime) => new()
    {
        Name = "Carriers",
        TaktTime = 30,
        Stations =
        [
            new Station("Load", Distribution.Constant(20)),
            new Station("Work", Distribution.Constant(30)),
            new Station("Unload", Distribution.Constant(10)),
        ],
        Carriers = [new CarrierLoop("Skids", count, "Load", "Unload", returnTime)],
    };

    [Theory]
    [InlineData(1, 0)]
    [InlineData(1, 60)]
    [InlineData(2, 40)]
    [InlineData(3, 40)]
    [InlineData(4, 40)]
    [InlineData(6, 100)]
    [InlineData(8, 100)]
    public void Run_ConstantLineOnCarriers_RunsAtTheSlowerOfWorkAndTheCarriers(int count, double returnTime)
    {
        const double duration = 36_000;
        double rate = Math.Min(1 / 30.0, count / (TimeOnCarrier + returnTime));

        SimulationResult result = Simulation.Create(Plant(count, returnTime), new SimulationOptions { Seed = 1, Replications = 2, Warmup = 2_000, Duration = duration }).Run();

        Assert.All(result.ReplicationResults, r =>
        {
            Assert.InRange(r.PartsOut, (duration * rate) - count - 1, (duration * rate) + count + 1);
            CarrierStatistics skids = Assert.Single(r.Carriers);
            Assert.Equal(count, skids.Count);
            double boundary = count * (TimeOnCarrier + returnTime) / duration;
            Assert.Equal(rate * returnTime, skids.AverageReturning, boundary);
            if (count / (TimeOnCarrier + returnTime) <= 1 / 30.0)
            {
                // The carriers hold the line back: each rides 60 s and never waits at Load.
                Assert.Equal(rate * TimeOnCarrier, skids.AverageLoaded, boundary);
                Assert.Equal(0, skids.AverageIdle, boundary);
            }
        });
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(3, 40)]
    [InlineData(8, 100)]
    public void Run_ConstantLineOnCarriers_ConservesCarriers(int count, double returnTime)
    {
        SimulationResult result = Simulation.Create(Plant(count, returnTime), new SimulationOptions { Seed = 1, Replications = 2, Warmup = 1_000, Duration = 10_000 }).Run();

        Assert.All(result.ReplicationResults, r =>
        {
            CarrierStatistics skids = Assert.Single(r.Carriers);
            Assert.Equal(count, skids.AverageLoaded + skids.AverageReturning + skids.AverageIdle, 9);
            Assert.InRange(skids.NoneIdleFraction, 0, 1);
            Assert.Equal(skids.AverageLoaded / count, skids.Utilisation, 12);
        });
    }

    [Fact]
    public void Run_MoreCarriersThanWorkNeeds_SomeWaitAtLoad()
    {
        // Eight carriers going round in 160 s could carry a part every 20 s; Work takes one every 30 s.
        SimulationResult result = Simulation.Create(Plant(8, 100), new SimulationOptions { Seed = 1, Replications = 2, Warmup = 2_000, Duration = 36_000 }).Run();

        CarrierSummary skids = Assert.Single(result.Carriers);
        Assert.True(skids.AverageIdle.Mean > 1, $"idle carriers {skids.AverageIdle}");
        Assert.True(result.Stations[0].Blocked.Mean > 0);
    }
}
