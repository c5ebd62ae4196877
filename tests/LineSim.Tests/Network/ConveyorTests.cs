using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Network;

/// <summary>
/// A conveyor of travel time T between two stations. A part spends at least T on it, so its lead time is at least
/// the processing times plus T. A part holds its place on the conveyor from entering until the next station takes it,
/// so by Little's law at most capacity / T parts an hour pass; with constant times (30 s, then 20 s, so the far
/// station takes every part as it arrives) each place carries a part every T seconds exactly whenever the first
/// station can fill it, and the line runs at min(1 / 30, capacity / T).
/// </summary>
public sealed class ConveyorTests
{
    private const double TravelTime = 100;

    private static LineModel Line(int capacity, Distribution first, Distribution second, Source? source = null) => new()
    {
        Name = "Conveyor",
        TaktTime = 30,
        Stations =
        [
            new Station("Load", first) { Inputs = [StationInput.FromSupply(source ?? Source.Unlimited)] },
            new Station("Unload", second) { Inputs = [StationInput.FromConveyor("Load", new Conveyor(TravelTime, capacity))] },
        ],
    };

    [Fact]
    public void Run_ConstantLineWithConveyor_EveryLeadTimeIsProcessingPlusTravel()
    {
        var log = new DepartureLog();
        Simulation simulation = Simulation.Create(Line(10, Distribution.Constant(30), Distribution.Constant(20)), new SimulationOptions { Seed = 1, Replications = 2, Duration = 20_000 });

        ReplicationResult replication = simulation.RunReplication(0, log);
        SimulationResult result = simulation.Run();

        Assert.Equal(150, replication.LeadTime, 9);
        Assert.Equal(150, result.LeadTimeHistogram[0].From, 9);
        // The first part leaves at 150 s, then one every 30 s.
        Assert.Equal(Math.Floor((20_000 - 150) / 30.0) + 1, replication.PartsOut);
        foreach (long part in log.PartsFrom(1))
        {
            Assert.Equal(TravelTime + 20, Assert.Single(log.Of(1, part)) - Assert.Single(log.Of(0, part)), 9);
        }
    }

    [Fact]
    public void Run_RandomArrivalsOverAConstantConveyorLine_NoLeadTimeShorterThanProcessingPlusTravel()
    {
        LineModel line = Line(3, Distribution.Constant(30), Distribution.Constant(20), Source.Arrivals(Distribution.Exponential(35)));

        SimulationResult result = Simulation.Create(line, new SimulationOptions { Seed = 1, Replications = 4, Duration = 50_000 }).Run();

        // The histogram's first bin starts at the shortest lead time of all replications.
        Assert.True(result.LeadTimeHistogram[0].From >= 150 - 1e-9, $"shortest lead time {result.LeadTimeHistogram[0].From}");
        Assert.All(result.ReplicationResults, r => Assert.True(r.LeadTime > 150));
    }

    [Fact]
    public void Run_RandomTimesOverAConveyor_EveryPartTravelsAtLeastTheTravelTime()
    {
        var log = new DepartureLog();
        LineModel line = Line(2, Distribution.Exponential(30), Distribution.Exponential(25));

        Simulation.Create(line, new SimulationOptions { Seed = 8, Replications = 1, Duration = 50_000 }).RunReplication(0, log);

        int parts = 0;
        foreach (long part in log.PartsFrom(1))
        {
            double offLoad = Assert.Single(log.Of(0, part));
            double offUnload = Assert.Single(log.Of(1, part));
            Assert.True(offUnload - offLoad >= TravelTime, $"part {part} left Load at {offLoad} and Unload at {offUnload}");
            parts++;
        }

        Assert.True(parts > 500, $"only {parts} parts");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(10)]
    public void Run_ConstantLineWithSmallConveyor_RunsAtCapacityOverTravelTime(int capacity)
    {
        const double duration = 36_000;
        double rate = Math.Min(1 / 30.0, capacity / TravelTime);

        SimulationResult result = Simulation.Create(
            Line(capacity, Distribution.Constant(30), Distribution.Constant(20)),
            new SimulationOptions { Seed = 1, Replications = 2, Warmup = 2_000, Duration = duration }).Run();

        Assert.All(result.ReplicationResults, r =>
        {
            Assert.InRange(r.PartsOut, (duration * rate) - capacity, (duration * rate) + capacity);
            BufferStatistics conveyor = Assert.Single(r.Buffers);
            Assert.True(conveyor.IsConveyor);
            Assert.Equal(capacity, conveyor.Capacity);

            // Little's law on the conveyor: each part rides it for exactly T.
            Assert.Equal(rate * TravelTime, conveyor.AverageLevel, capacity * TravelTime / duration);
            Assert.InRange(conveyor.AverageLevel, 0, capacity);
            if (capacity / TravelTime < 1 / 30.0)
            {
                Assert.True(r.Stations[0].Blocked > 0, "the first station should wait for room on the conveyor");
            }
            else
            {
                Assert.Equal(0, r.Stations[0].Blocked);
            }
        });
    }

    /// <summary>
    /// With an unlimited supply and no failures each station's n-th part takes its n-th processing time whatever the
    /// conveyor (common random numbers), and the departure times follow a (max, +) recursion in which a part enters
    /// the conveyor once the part capacity places ahead of it has left it; a larger capacity never makes a part leave
    /// later, so the output over the same window never falls.
    /// </summary>
    [Fact]
    public void Run_RandomTimes_OutputNeverFallsAsTheConveyorGrows()
    {
        var options = new SimulationOptions { Seed = 12, Replications = 4, Duration = 30_000 };
        long[][] partsOut =
        [
            .. Enumerable.Range(1, 7).Select(capacity => Simulation.Create(Line(capacity, Distribution.Exponential(30), Distribution.Exponential(25)), options).Run()
                .ReplicationResults.Select(r => r.PartsOut).ToArray()),
        ];

        for (int capacity = 1; capacity < partsOut.Length; capacity++)
        {
            for (int r = 0; r < options.Replications; r++)
            {
                Assert.True(partsOut[capacity][r] >= partsOut[capacity - 1][r], $"replication {r}: {partsOut[capacity][r]} parts with capacity {capacity + 1}, {partsOut[capacity - 1][r]} with {capacity}");
            }
        }

        Assert.True(partsOut[^1].Sum() > partsOut[0].Sum() * 2, "a conveyor of one place should hold the line well below its pace");
    }
}
