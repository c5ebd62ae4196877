using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Network;

/// <summary>
/// A part that rides a carrier and fails a check between the boarding station and the station where it leaves the
/// carrier may be sent back for rework to a station before the boarding station. It still rides its carrier; when it
/// comes back to the boarding station it must be able to go on, or, once every carrier rides a part sent back, the
/// boarding station waits for a free carrier that can never come back: the line stops for good. Rework promises that
/// a rework loop never deadlocks the line (<see cref="ReworkRoute"/>).
/// </summary>
public sealed class ReworkOnCarrierTests
{
    private static LineModel Plant(int carriers, string reworkAt) => new()
    {
        Name = "Rework before boarding",
        TaktTime = 10,
        Stations =
        [
            new Station("Prepare", Distribution.Constant(10)),
            new Station("Board", Distribution.Constant(10)),
            new Station("Check", Distribution.Constant(10)) { Quality = new Quality(0.5) { Rework = [new ReworkRoute(reworkAt, 1)] } },
            new Station("Unload", Distribution.Constant(10)),
        ],
        Carriers = [new CarrierLoop("Pallets", carriers, "Board", "Unload", ReturnTime: 30)],
    };

    [Theory]
    [InlineData(1, "Prepare")]
    [InlineData(3, "Prepare")]
    [InlineData(1, "Board")]
    [InlineData(3, "Board")]
    [InlineData(1, "Check")]
    public void Run_ReworkOfAPartOnACarrier_NeverStopsTheLine(int carriers, string reworkAt)
    {
        SimulationResult result = Simulation.Create(
            Plant(carriers, reworkAt),
            new SimulationOptions { Seed = 2, Replications = 4, Warmup = 20_000, Duration = 20_000 }).Run();

        Assert.All(result.ReplicationResults, r =>
        {
            Assert.True(r.PartsOut > 0, $"no part left the line after the warm-up; {r.WorkInProcessAtEnd} parts stuck in it");
            Assert.Equal(r.Released, r.Completed + r.Scrapped + r.Assembled + r.WorkInProcessAtEnd);
            CarrierStatistics pallets = Assert.Single(r.Carriers);
            Assert.Equal(carriers, pallets.AverageLoaded + pallets.AverageReturning + pallets.AverageIdle, 9);
        });
    }

    /// <summary>
    /// Parts leave their carriers at Unload and are checked after it; those that fail go back to Board. A part can start
    /// at the boarding station only on a free carrier (<see cref="CarrierLoop"/>), a part sent back included, so with
    /// one carrier Board and Unload take turns: each part leaves Unload before the next one leaves Board, and the next
    /// one leaves Board at least the return time plus Board's 10 s after that.
    /// </summary>
    [Fact]
    public void Run_ReworkToTheBoardingStation_PartsSentBackBoardACarrierToo()
    {
        var plant = new LineModel
        {
            Name = "Rework after unloading",
            TaktTime = 10,
            Stations =
            [
                new Station("Board", Distribution.Constant(10)),
                new Station("Unload", Distribution.Constant(10)),
                new Station("Check", Distribution.Constant(5)) { Quality = new Quality(0.5) { Rework = [new ReworkRoute("Board", 1)] } },
            ],
            Carriers = [new CarrierLoop("Pallets", 1, "Board", "Unload", ReturnTime: 30)],
        };
        var log = new DepartureLog();

        ReplicationResult r = Simulation.Create(plant, new SimulationOptions { Seed = 2, Replications = 1, Duration = 10_000 }).RunReplication(0, log);

        var passes = new List<(double Time, int Station)>();
        foreach (int station in new[] { 0, 1 })
        {
            foreach (long part in log.PartsFrom(station))
            {
                passes.AddRange(log.Of(station, part).Select(time => (time, station)));
            }
        }

        passes.Sort();
        Assert.True(r.Stations[2].Reworked > 10, "too few parts sent back to tell");
        for (int k = 1; k < passes.Count; k++)
        {
            Assert.True(passes[k].Station != passes[k - 1].Station, $"two parts left {(passes[k].Station == 0 ? "Board" : "Unload")} at {passes[k - 1].Time} and {passes[k].Time} with one carrier between them");
            if (passes[k].Station == 0)
            {
                Assert.True(passes[k].Time >= passes[k - 1].Time + 30 + 10 - 1e-9, $"a part left Board at {passes[k].Time}, {passes[k].Time - passes[k - 1].Time} s after the carrier was freed");
            }
        }
    }
}
