using LineSim.Model;
using LineSim.Results;
using LineSim.Scenarios;
using LineSim.Tests.Scenarios;

namespace LineSim.Tests.SamplePath;

/// <summary>The sample-path engine for assembly lines on lines with exact results, and where its rings must grow.</summary>
public sealed class AssemblyTheoryTests
{
    [Fact]
    public void Run_ValidationAssemblyOfConstantFeeders_RunsExactlyAtTheSlowerFeedersRate()
    {
        // docs/validation/assembly-constant.json: feeders of 40 s and 50 s into a 30 s assembly: one part every 50 s,
        // 72.0 JPH, and the assembly starved by the 50 s feeder 1 - 30 / 50 of the time.
        Scenario scenario = ScenarioLoader.LoadFile(Path.Combine(ScenarioJson.RepositoryRoot(), "docs", "validation", "assembly-constant.json")).GetScenarioOrThrow();
        Simulation simulation = Simulation.Create(scenario.Line, scenario.Options);

        SimulationResult result = simulation.Run();

        Assert.Equal(EngineKind.SamplePath, simulation.Engine);
        Assert.Equal(72.0, result.ThroughputPerHour.Mean, 12);
        Assert.Equal(0, result.ThroughputPerHour.HalfWidth, 12);
        StationSummary assembly = result.Stations[2];
        Assert.Equal(0.40, result.ReplicationResults[0].Stations[2].StarvedByInput[1].Fraction, 12);
        Assert.Equal(0, result.ReplicationResults[0].Stations[2].StarvedByInput[0].Fraction, 12);
        Assert.Equal(0.60, assembly.Working.Mean, 12);
    }

    [Fact]
    public void Run_QuantityTwoOfAFastFeeder_RunsAtTheRateOfTwoOfItsParts()
    {
        // Feeder A makes a part every 30 s and the assembly takes two (60 s a set); feeder B makes one every 50 s. Once
        // started, one part leaves every 60 s: 60 JPH, two A parts used up per part out (the first carries on).
        var line = new LineModel
        {
            Name = "Quantity two",
            TaktTime = 60,
            Stations =
            [
                new("A", Distribution.Constant(30)) { Inputs = [StationInput.FromSupply(Source.Unlimited)] },
                new("B", Distribution.Constant(50)) { Inputs = [StationInput.FromSupply(Source.Unlimited)] },
                new("Assembly", Distribution.Constant(20)) { Inputs = [StationInput.FromStation("A", 1) with { Quantity = 2 }, StationInput.FromStation("B", 1)] },
            ],
        };
        var options = new SimulationOptions { Replications = 1, Warmup = 6_000, Duration = 36_000 };

        ReplicationResult result = Simulation.Create(line, options).RunReplication(0);

        Assert.Equal(EngineKind.SamplePath, result.Engine);
        Assert.Equal(600, result.PartsOut);
        Assert.Equal(60.0, result.ThroughputPerHour, 12);
        Assert.Equal(20.0 / 60, result.Stations[2].Working, 12);
        Assert.Equal(result.Released, result.Completed + result.Assembled + result.WorkInProcessAtEnd);
        EngineAgreement.AssertSameStatistics(Simulation.Create(line, options with { Engine = EngineSelection.Event }).RunReplication(0), result);
    }

    [Fact]
    public void Run_WindowEndsWhileAssemblyWaits_StarvedByEveryInputUntilTheEnd()
    {
        // Parts arrive every 100 s at both feeders (5 s each) and the assembly takes 10 s: it is idle, short of both
        // inputs, over [0, 105), for 90 s after each part, and from 1,015 s until the end at 1,050 s: 950 s in all.
        var arrivals = Source.Arrivals(Distribution.Constant(100), 1);
        var line = new LineModel
        {
            Name = "Idle at the end",
            TaktTime = 100,
            Stations =
            [
                new("A", Distribution.Constant(5)) { Inputs = [StationInput.FromSupply(arrivals)] },
                new("B", Distribution.Constant(5)) { Inputs = [StationInput.FromSupply(arrivals)] },
                new("Assembly", Distribution.Constant(10)) { Inputs = [StationInput.FromStation("A"), StationInput.FromStation("B")] },
            ],
        };
        var options = new SimulationOptions { Replications = 1, Duration = 1_050 };

        ReplicationResult result = Simulation.Create(line, options).RunReplication(0);

        Assert.Equal(EngineKind.SamplePath, result.Engine);
        Assert.Equal(10, result.PartsOut);
        Assert.All(result.Stations[2].StarvedByInput, input => Assert.Equal(950.0 / 1_050, input.Fraction, 12));
        EngineAgreement.AssertSameStatistics(Simulation.Create(line, options with { Engine = EngineSelection.Event }).RunReplication(0), result);
    }

    [Theory]
    [InlineData(BlockingPolicy.AfterService)]
    [InlineData(BlockingPolicy.BeforeService)]
    public void RunReplication_InputsLargerThanInitialRings_SameAsEventEngine(BlockingPolicy blocking)
    {
        // A fast feeder fills a buffer of 3,000 (two parts a set: 1,500 sets, past the first ring of 1,024), arrivals
        // faster than the assembly fill a supply input of 2,000, and arrivals faster than feeder B pile up in its
        // unlimited input buffer: the assembly's and B's rings must grow, and only as far as the parts waiting.
        var line = new LineModel
        {
            Name = "Large buffers",
            TaktTime = 20,
            Blocking = blocking,
            Stations =
            [
                new("A", Distribution.Exponential(4)) { Inputs = [StationInput.FromSupply(Source.Unlimited)] },
                new("B1", Distribution.Exponential(7)) { Inputs = [StationInput.FromSupply(Source.Arrivals(Distribution.Exponential(5)))] },
                new("B2", Distribution.Exponential(6)),
                new("Assembly", Distribution.Exponential(20))
                {
                    Inputs =
                    [
                        StationInput.FromStation("A", 3_000) with { Quantity = 2 },
                        StationInput.FromStation("B2", 1_100),
                        StationInput.FromSupply(Source.Arrivals(Distribution.Exponential(10), 2_000)),
                    ],
                },
            ],
            Buffers = [new("B1", 5)],
        };
        var options = new SimulationOptions { Seed = 7, Replications = 1, Warmup = 1_000, Duration = 100_000 };
        var eventLog = new DepartureRecorder();
        var pathLog = new DepartureRecorder();

        ReplicationResult expected = Simulation.Create(line, options with { Engine = EngineSelection.Event }).RunReplication(0, eventLog);
        ReplicationResult actual = Simulation.Create(line, options with { Engine = EngineSelection.SamplePath }).RunReplication(0, pathLog);

        BufferStatistics Buffer(string? after, string before) => expected.Buffers.Single(b => b.After == after && b.Before == before);
        Assert.True(Buffer(null, "Assembly").FullFraction > 0.1, $"the supply input should fill, full {Buffer(null, "Assembly").FullFraction}");
        Assert.True(Buffer("A", "Assembly").FullFraction > 0.1, $"feeder A's buffer should fill, full {Buffer("A", "Assembly").FullFraction}");
        Assert.True(Buffer(null, "B1").AverageLevel > 1_024, $"B1's input buffer should hold more than a ring, level {Buffer(null, "B1").AverageLevel}");
        for (int station = 0; station < line.Stations.Length; station++)
        {
            double[] events = [.. eventLog.Departures.Where(d => d.Key.Station == station).OrderBy(d => d.Key.Part).Select(d => d.Value)];
            double[] path = [.. pathLog.Departures.Where(d => d.Key.Station == station).OrderBy(d => d.Key.Part).Select(d => d.Value)];
            Assert.Equal(events, path);
        }

        EngineAgreement.AssertSameStatistics(expected, actual);
    }
}
