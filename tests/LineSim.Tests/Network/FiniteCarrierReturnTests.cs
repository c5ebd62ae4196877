using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Network;

/// <summary>
/// Carrier loops whose return holds a limited number of carriers, on lines of constant times where every figure is
/// exact: parts board at Load, ride through Work and leave their carriers at Unload, the line's end.
/// </summary>
public sealed class FiniteCarrierReturnTests
{
    private static LineModel Plant(double load, double work, double unload, CarrierLoop loop) => new()
    {
        Name = "Carriers",
        TaktTime = 30,
        Stations =
        [
            new Station("Load", Distribution.Constant(load)),
            new Station("Work", Distribution.Constant(work)),
            new Station("Unload", Distribution.Constant(unload)),
        ],
        Carriers = [loop],
    };

    private static SimulationResult Run(LineModel line, double duration = 36_000) =>
        Simulation.Create(line, new SimulationOptions { Seed = 1, Replications = 2, Warmup = 3_000, Duration = duration }).Run();

    /// <summary>
    /// A return of 2 places taking 100 s frees a place every 50 s: Unload (10 s) sends a part out at each, and waits
    /// 40 s of every 50 blocked. Load and Work (20 and 30 s) could go faster; eight carriers leave six for them.
    /// </summary>
    [Fact]
    public void Run_ReturnSlowerThanTheLine_UnloadBlocksAndTheReturnPacesTheLine()
    {
        var loop = new CarrierLoop("Skids", 8, "Load", "Unload") { Return = new Conveyor(100, 2) };

        SimulationResult result = Run(Plant(20, 30, 10, loop));

        Assert.All(result.ReplicationResults, r =>
        {
            Assert.InRange(r.PartsOut, (36_000 / 50) - 1, (36_000 / 50) + 1);
            CarrierStatistics skids = Assert.Single(r.Carriers);
            Assert.Equal(0.8, skids.ReturnBlockedFraction, 3);
            Assert.Equal(0.8, r.Stations[2].Blocked, 3);
            Assert.Equal(2, skids.AverageReturning, 2);
            Assert.Equal(0, skids.WaitingForCarrierFraction, 12);
            Assert.Equal(8, skids.AverageLoaded + skids.AverageReturning + skids.AverageIdle, 9);
        });
        Assert.Equal(72, result.ThroughputPerHour.Mean, 0);
    }

    /// <summary>
    /// A return of one place and a storage of one, without travel: of four carriers, two are off the line once Load
    /// (30 s) holds one and the part before it rides on Work and Unload (10 s each). Unload finishes 20 s after Load
    /// boarded, finds the return and the storage full, and waits until Load boards the next part 10 s later.
    /// </summary>
    [Fact]
    public void Run_FullStorage_CarrierWaitsOnTheReturnAndUnloadBlocks()
    {
        var loop = new CarrierLoop("Skids", 4, "Load", "Unload") { Return = new Conveyor(0, 1), Storage = 1 };

        SimulationResult result = Run(Plant(30, 10, 10, loop));

        Assert.All(result.ReplicationResults, r =>
        {
            CarrierStatistics skids = Assert.Single(r.Carriers);
            Assert.Equal(1.0 / 3, skids.ReturnBlockedFraction, 3);
            Assert.Equal(1.0 / 3, r.Stations[2].Blocked, 3);
            Assert.Equal(1, skids.AverageReturning, 3);
            Assert.Equal(1, skids.AverageIdle, 3);
            Assert.Equal(2, skids.AverageLoaded, 3);
        });
        Assert.Equal(120, result.ThroughputPerHour.Mean, 0);
    }

    /// <summary>
    /// A cell of two Unload machines (30 s each) releases onto a return of one place taking 100 s: one part leaves every
    /// 100 s, taken by the machines in turn, so one of them always waits for the return and each is blocked 170 s of
    /// its 200.
    /// </summary>
    [Fact]
    public void Run_CellReleasingOntoAFullReturn_MachinesTakeTurns()
    {
        var line = new LineModel
        {
            Name = "Carriers",
            TaktTime = 30,
            Stations = [new Station("Load", Distribution.Constant(10)), new Station("Unload", Distribution.Constant(30)) { Servers = 2 }],
            Carriers = [new CarrierLoop("Skids", 6, "Load", "Unload") { Return = new Conveyor(100, 1) }],
        };

        SimulationResult result = Run(line);

        Assert.All(result.ReplicationResults, r =>
        {
            Assert.InRange(r.PartsOut, (36_000 / 100) - 1, (36_000 / 100) + 1);
            Assert.Equal(1, r.Carriers[0].ReturnBlockedFraction, 3);
            Assert.Equal(0.85, r.Stations[1].Blocked, 3);
        });
    }

    /// <summary>One carrier going round in 20 + 30 + 10 + 60 = 120 s: Load works 20 s of them and waits 100 s for the carrier.</summary>
    [Fact]
    public void Run_OneCarrier_LoadWaitsForItTheRestOfItsRound()
    {
        SimulationResult result = Run(Plant(20, 30, 10, new CarrierLoop("Skids", 1, "Load", "Unload", 60)));

        CarrierSummary skids = Assert.Single(result.Carriers);
        Assert.Equal(100.0 / 120, skids.WaitingForCarrierFraction.Mean, 3);
        Assert.Equal(0, skids.ReturnBlockedFraction.Mean, 12);
    }

    /// <summary>A return with a place for every carrier is never full: the run is the unlimited return's, bit for bit.</summary>
    [Theory]
    [InlineData(1, 0)]
    [InlineData(3, 40)]
    [InlineData(8, 100)]
    public void Run_ReturnWithRoomForEveryCarrier_SameAsAnUnlimitedReturn(int count, double returnTime)
    {
        var line = new LineModel
        {
            Name = "Carriers",
            TaktTime = 30,
            Stations =
            [
                new Station("Load", Distribution.Exponential(20)),
                new Station("Work", Distribution.Exponential(30)) { Failures = new FailureModel(Distribution.Exponential(2_000), Distribution.Exponential(200)) },
                new Station("Unload", Distribution.Exponential(10)),
            ],
            Carriers = [new CarrierLoop("Skids", count, "Load", "Unload", returnTime)],
        };
        LineModel finite = line with { Carriers = [new CarrierLoop("Skids", count, "Load", "Unload") { Return = new Conveyor(returnTime, count) }] };

        SimulationResult unlimited = Run(line, 20_000);
        SimulationResult limited = Run(finite, 20_000);

        Assert.Equal(unlimited.ReplicationResults.Select(r => r.PartsOut), limited.ReplicationResults.Select(r => r.PartsOut));
        Assert.Equal(unlimited.ReplicationResults.Select(r => r.LeadTime), limited.ReplicationResults.Select(r => r.LeadTime));
        Assert.Equal(unlimited.ReplicationResults.Select(r => r.Carriers[0]), limited.ReplicationResults.Select(r => r.Carriers[0]));
    }

    [Fact]
    public void Run_SameSeed_SameResult()
    {
        var loop = new CarrierLoop("Skids", 5, "Load", "Unload") { Return = new Conveyor(45, 2), Storage = 1 };
        LineModel line = Plant(20, 30, 10, loop) with
        {
            Stations =
            [
                new Station("Load", Distribution.Exponential(20)),
                new Station("Work", Distribution.Exponential(30)),
                new Station("Unload", Distribution.Exponential(25)),
            ],
        };

        SimulationResult first = Run(line, 20_000);
        SimulationResult second = Run(line, 20_000);

        Assert.Equal(first.ReplicationResults.Select(r => (r.PartsOut, r.Carriers[0])), second.ReplicationResults.Select(r => (r.PartsOut, r.Carriers[0])));
        Assert.True(first.Carriers[0].ReturnBlockedFraction.Mean > 0);
    }

    [Fact]
    public void Validate_ReturnTimeAndReturn_NamesBoth()
    {
        var loop = new CarrierLoop("Skids", 4, "Load", "Unload", 30) { Return = new Conveyor(30, 2) };

        string problem = Assert.Single(Plant(20, 30, 10, loop).Validate());

        Assert.StartsWith("Carriers[0].Return: give either ReturnTime or Return", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0, null, "Carriers[0].Return.Capacity: must be at least 1, got 0.")]
    [InlineData(-1, 2, null, "Carriers[0].Return.TravelTime: must be a number 0 or more, got -1.")]
    [InlineData(0, 2, -1, "Carriers[0].Storage: must be 0 or more, got -1.")]
    public void Validate_BadReturnOrStorage_NamesTheField(double travel, int capacity, int? storage, string expected)
    {
        var loop = new CarrierLoop("Skids", 4, "Load", "Unload") { Return = new Conveyor(travel, capacity), Storage = storage };

        Assert.Equal(expected, Assert.Single(Plant(20, 30, 10, loop).Validate()));
    }

    [Fact]
    public void Validate_StorageWithoutAFiniteReturn_Refused()
    {
        var loop = new CarrierLoop("Skids", 4, "Load", "Unload", 30) { Storage = 2 };

        string problem = Assert.Single(Plant(20, 30, 10, loop).Validate());

        Assert.StartsWith("Carriers[0].Storage: a storage limit needs a return of limited capacity (Return)", problem, StringComparison.Ordinal);
    }

    /// <summary>Three machines, a return of 1 and a storage of 1: five carriers could fill them all and stop for good; four cannot.</summary>
    [Fact]
    public void Validate_CarriersThatCouldFillTheLoop_Refused()
    {
        LineModel line = Plant(20, 30, 10, new CarrierLoop("Skids", 5, "Load", "Unload") { Return = new Conveyor(0, 1), Storage = 1 });

        string problem = Assert.Single(line.Validate());

        Assert.StartsWith("Carriers[0].Count: 5 carriers can fill the 3 places from 'Load' to 'Unload' and the return and storage (2) at once", problem, StringComparison.Ordinal);
        Assert.Empty((line with { Carriers = [line.Carriers[0] with { Count = 4 }] }).Validate());
        Assert.Empty((line with { Carriers = [line.Carriers[0] with { Count = 50, Storage = null }] }).Validate());
    }

    [Fact]
    public void Validate_ReleaseInAPacedSegment_Refused()
    {
        LineModel line = Plant(20, 30, 10, new CarrierLoop("Skids", 4, "Load", "Work") { Return = new Conveyor(0, 1) }) with
        {
            Segments = [new PacedSegment("Paced", "Work", "Unload", 40)],
        };

        Assert.Contains(line.Validate(), p => p.StartsWith("Carriers[0].Return: 'Work' is in the paced segment 'Paced'", StringComparison.Ordinal));
    }
}
