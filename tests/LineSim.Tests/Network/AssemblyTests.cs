using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Network;

/// <summary>
/// Two feeder lines of constant-time stations, each starting from an unlimited supply, meet at an assembly station
/// that takes one part from each. Feeder A (40 s, 30 s) can make a part every 40 s, feeder B (50 s, 45 s) one every
/// 50 s, and the assembly takes 20 s: once B's first part is through, everything runs at B's pace, so parts leave
/// exactly every 50 s (the k-th at 115 + 50 k), and the assembly works 20 s and waits 30 s for B in every 50.
/// Feeder A always has its next part ready (its last station is blocked), so only input B starves the assembly.
/// </summary>
public sealed class AssemblyTests
{
    private const double SlowerCycle = 50;
    private const double AssemblyTime = 20;

    private static LineModel Plant(MergeRule merge = MergeRule.Assembly, double mergeTime = AssemblyTime) => new()
    {
        Name = "Two feeders",
        TaktTime = 55,
        Stations =
        [
            new Station("A1", Distribution.Constant(40)) { Inputs = [StationInput.FromSupply(Source.Unlimited)] },
            new Station("A2", Distribution.Constant(30)),
            new Station("B1", Distribution.Constant(SlowerCycle)) { Inputs = [StationInput.FromSupply(Source.Unlimited)] },
            new Station("B2", Distribution.Constant(45)),
            new Station("Assembly", Distribution.Constant(mergeTime))
            {
                Inputs = [StationInput.FromStation("A2"), StationInput.FromStation("B2")],
                Merge = merge,
            },
        ],
    };

    private static SimulationResult Run(LineModel plant, double warmup = 1_000, double duration = 36_025) =>
        Simulation.Create(plant, new SimulationOptions { Seed = 3, Replications = 2, Warmup = warmup, Duration = duration }).Run();

    [Fact]
    public void Run_AssemblyOfTwoConstantFeeders_RunsAtTheSlowerFeedersRate()
    {
        const double duration = 36_025;

        SimulationResult result = Run(Plant(), duration: duration);

        Assert.All(result.ReplicationResults, r =>
        {
            // Parts leave at 115 + 50 k: in any window of length T, floor(T / 50) or one more.
            Assert.InRange(r.PartsOut, Math.Floor(duration / SlowerCycle), Math.Floor(duration / SlowerCycle) + 1);
            Assert.InRange(r.ThroughputPerHour, (3600 / SlowerCycle) * (1 - (SlowerCycle / duration)), (3600 / SlowerCycle) * (1 + (SlowerCycle / duration)));
        });
    }

    [Fact]
    public void Run_AssemblyOfTwoConstantFeeders_EveryPartLeavesFiftySecondsAfterThePrevious()
    {
        var log = new DepartureLog();
        LineModel plant = Plant();
        Simulation simulation = Simulation.Create(plant, new SimulationOptions { Seed = 3, Replications = 1, Duration = 5_000 });

        simulation.RunReplication(0, log);

        int assembly = plant.IndexOf("Assembly");
        double[] times = [.. log.PartsFrom(assembly).Select(part => Assert.Single(log.Of(assembly, part))).Order()];
        Assert.Equal(115, times[0], 9);
        for (int k = 1; k < times.Length; k++)
        {
            Assert.Equal(SlowerCycle, times[k] - times[k - 1], 9);
        }
    }

    [Fact]
    public void Run_AssemblyOfTwoConstantFeeders_StarvationNamesTheSlowerFeeder()
    {
        const double duration = 36_025;

        SimulationResult result = Run(Plant(), duration: duration);

        Assert.All(result.ReplicationResults, r =>
        {
            StationStatistics assembly = r.Stations[4];
            Assert.Equal(["A2", "B2"], assembly.StarvedByInput.Select(input => input.From));
            double boundary = SlowerCycle / duration;
            Assert.InRange(assembly.StarvedByInput[0].Fraction, 0, 1e-9);
            Assert.InRange(assembly.StarvedByInput[1].Fraction, 1 - (AssemblyTime / SlowerCycle) - boundary, 1 - (AssemblyTime / SlowerCycle) + boundary);
            Assert.InRange(assembly.Working, (AssemblyTime / SlowerCycle) - boundary, (AssemblyTime / SlowerCycle) + boundary);
            Assert.Equal(assembly.Starved, assembly.StarvedByInput[1].Fraction, 9);
        });
        NamedEstimate slowest = result.Stations[4].StarvedByInput.MaxBy(input => input.Value.Mean)!;
        Assert.Equal("B2", slowest.Name);
    }

    [Fact]
    public void Run_AssemblyOfTwoConstantFeeders_KeepsFeederAsPartAndUsesUpFeederBs()
    {
        SimulationResult result = Run(Plant(), warmup: 0);

        Assert.All(result.ReplicationResults, r =>
        {
            Assert.Equal(r.Released, r.Completed + r.Scrapped + r.Assembled + r.WorkInProcessAtEnd);
            // One B part used up for every part made; the A parts made beyond B's pace wait in feeder A.
            Assert.InRange(r.Assembled, r.Stations[4].PartsProcessed, r.Stations[4].PartsProcessed + 1);
            Assert.Equal(0, r.Scrapped);
        });
    }

    [Fact]
    public void Run_JoinOfTwoConstantFeeders_RunsAtTheSumOfTheirRates()
    {
        // A join takes parts one at a time. In 5 s a part from the other feeder delays A2 (30 s of every 40) or B2
        // (45 s of every 50) by at most 5 s, so neither feeder ever loses pace: 1/40 + 1/50 parts a second.
        const double duration = 36_000;

        SimulationResult result = Run(Plant(MergeRule.FirstAvailable, mergeTime: 5), duration: duration);

        Assert.All(result.ReplicationResults, r =>
        {
            double exact = duration * ((1 / 40.0) + (1 / SlowerCycle));
            Assert.InRange(r.PartsOut, exact - 2, exact + 2);
            Assert.Equal(0, r.Assembled);
            Assert.Empty(r.Stations[4].StarvedByInput);
        });
    }
}
