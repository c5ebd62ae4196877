using FsCheck.Xunit;
using LineSim.Model;
using LineSim.Results;
using LineSim.Tests.Properties;

namespace LineSim.Tests.Network;

/// <summary>
/// Laws every plant obeys on every sample path, checked over generated plants (<see cref="PlantArbitraries"/>).
/// FsCheck replays a fixed seed, so the plants and, through the generated seed, the runs are the same on every run.
/// </summary>
public sealed class PlantLawTests
{
    private const string Replay = "(2718281,3141592653)";

    private static SimulationResult Run(Plant plant, int seed, double warmup = 0, double duration = 20_000, int replications = 2, int threads = 1) =>
        Simulation.Create(plant.Model, new SimulationOptions
        {
            Seed = seed, Replications = replications, Warmup = warmup, Duration = duration, MaxDegreeOfParallelism = threads,
        }).Run();

    [Property(MaxTest = 200, Arbitrary = [typeof(PlantArbitraries)], Replay = Replay)]
    public void Run_AnyPlant_ConservesParts(Plant plant, int seed, bool warmup)
    {
        SimulationResult result = Run(plant, seed, warmup ? 2_000 : 0);

        Assert.Equal(EngineKind.Event, result.Engine);
        Assert.All(result.ReplicationResults, r =>
        {
            Assert.Equal(r.Released, r.Completed + r.Scrapped + r.Assembled + r.WorkInProcessAtEnd);
            Assert.InRange(r.PartsOut, 0, r.Completed);
            Assert.InRange(r.WorkInProcessAtEnd, 0, r.Released);
            Assert.InRange(r.Scrapped, r.Stations.Sum(s => s.Scrapped), r.Released);
        });
    }

    /// <summary>
    /// Every generated plant keeps making parts: none deadlocks. With times of at most a few minutes, no plant can go
    /// 30,000 s without a part leaving unless it has stopped for good.
    /// </summary>
    [Property(MaxTest = 200, Arbitrary = [typeof(PlantArbitraries)], Replay = Replay)]
    public void Run_AnyPlant_KeepsMakingParts(Plant plant, int seed)
    {
        SimulationResult result = Run(plant, seed, warmup: 10_000, duration: 30_000, replications: 1);

        ReplicationResult r = result.ReplicationResults[0];
        Assert.True(r.PartsOut > 0, $"no part left in the window; {r.WorkInProcessAtEnd} parts in the plant");
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(PlantArbitraries)], Replay = Replay)]
    public void Run_AnyPlant_StationStateFractionsAreFractionsSummingToOne(Plant plant, int seed, bool warmup)
    {
        SimulationResult result = Run(plant, seed, warmup ? 2_000 : 0);

        foreach (ReplicationResult r in result.ReplicationResults)
        {
            Assert.Equal(plant.Model.Stations.Length, r.Stations.Length);
            for (int i = 0; i < r.Stations.Length; i++)
            {
                Station model = plant.Model.Stations[i];
                StationStatistics s = r.Stations[i];
                Assert.Equal(model.Name, s.Name);
                Assert.Equal(model.Servers, s.Servers);
                foreach (double fraction in new[] { s.Working, s.Starved, s.Blocked, s.Down })
                {
                    Assert.InRange(fraction, 0, 1);
                }

                Assert.Equal(1, s.Working + s.Starved + s.Blocked + s.Down, 9);
                Assert.All(s.ServerWorking, working => Assert.InRange(working, 0, 1 + 1e-12));
                Assert.Equal(s.Working, s.ServerWorking.Average(), 9);
                Assert.InRange(s.WaitingForCrew, 0, s.Down + 1e-12);
                Assert.All(s.StarvedByInput, input => Assert.InRange(input.Fraction, 0, 1 + 1e-12));
                if (s.Servers == 1)
                {
                    // A single machine is idle only while empty and up: starved.
                    Assert.All(s.StarvedByInput, input => Assert.True(input.Fraction <= s.Starved + 1e-9, $"{s.Name} short of {input.From} {input.Fraction} of the time, starved {s.Starved}"));
                }

                Assert.InRange(s.Scrapped + s.Reworked, 0, s.PartsProcessed);
                if (model.Failures is null)
                {
                    Assert.Equal(0, s.Down);
                    Assert.Equal(0, s.Failures);
                }

                if (model.Failures?.Crew is null)
                {
                    Assert.Equal(0, s.WaitingForCrew);
                }
            }
        }
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(PlantArbitraries)], Replay = Replay)]
    public void Run_AnyPlant_BuffersAndConveyorsStayWithinCapacity(Plant plant, int seed, bool warmup)
    {
        SimulationResult result = Run(plant, seed, warmup ? 2_000 : 0);

        foreach (ReplicationResult r in result.ReplicationResults)
        {
            foreach (BufferStatistics buffer in r.Buffers)
            {
                AssertWithin(buffer);
            }

            if (r.InputBuffer is { } input)
            {
                AssertWithin(input);
            }
        }

        static void AssertWithin(BufferStatistics buffer)
        {
            // The level is integrated over the window; allow only rounding, which is absolute: 1 - EmptyFraction cancels.
            string what = $"{buffer.After ?? "supply"} -> {buffer.Before}";
            double rounding = 1e-9 * Math.Min(buffer.Capacity, 1e6);
            Assert.True(buffer.AverageLevel >= 0 && buffer.AverageLevel <= buffer.Capacity * (1 + 1e-12), $"{what}: level {buffer.AverageLevel} of {buffer.Capacity}");
            // Times full and empty are sums of many intervals: a fraction may exceed 1 by rounding.
            Assert.InRange(buffer.FullFraction, 0, 1 + 1e-12);
            Assert.InRange(buffer.EmptyFraction, 0, 1 + 1e-12);
            if (buffer.Capacity > 0)
            {
                Assert.InRange(buffer.FullFraction + buffer.EmptyFraction, 0, 1 + 1e-9);
                Assert.InRange(buffer.AverageLevel, (buffer.FullFraction * buffer.Capacity) - rounding, (buffer.Capacity * (1 - buffer.EmptyFraction)) + rounding);
            }
        }
    }

    /// <summary>
    /// Every carrier is loaded, on its way back or idle; a crew's technicians repair exactly the down time of its
    /// machines that is not spent waiting for one of them.
    /// </summary>
    [Property(MaxTest = 200, Arbitrary = [typeof(PlantArbitraries)], Replay = Replay)]
    public void Run_AnyPlant_ConservesCarriersAndTechnicians(Plant plant, int seed, bool warmup)
    {
        SimulationResult result = Run(plant, seed, warmup ? 2_000 : 0);

        foreach (ReplicationResult r in result.ReplicationResults)
        {
            Assert.Equal(plant.Model.Carriers.Length, r.Carriers.Length);
            foreach (CarrierStatistics carriers in r.Carriers)
            {
                Assert.Equal(carriers.Count, carriers.AverageLoaded + carriers.AverageReturning + carriers.AverageIdle, 9);
                Assert.True(carriers.AverageLoaded >= 0 && carriers.AverageReturning >= 0 && carriers.AverageIdle >= 0, "a negative number of carriers");
                Assert.InRange(carriers.NoneIdleFraction, 0, 1 + 1e-12);
            }

            Assert.Equal(plant.Model.Crews.Length, r.Crews.Length);
            foreach (CrewStatistics crew in r.Crews)
            {
                double repairing = 0;
                double waiting = 0;
                for (int i = 0; i < r.Stations.Length; i++)
                {
                    if (plant.Model.Stations[i].Failures?.Crew == crew.Name)
                    {
                        repairing += r.Stations[i].Servers * (r.Stations[i].Down - r.Stations[i].WaitingForCrew);
                        waiting += r.Stations[i].Servers * r.Stations[i].WaitingForCrew;
                    }
                }

                Assert.InRange(crew.AverageBusy, 0, crew.Size * (1 + 1e-12));
                Assert.Equal(repairing, crew.AverageBusy, 9);
                Assert.Equal(waiting, crew.AverageWaiting, 9);
            }
        }
    }

    /// <summary>
    /// With constant processing times no part can leave sooner after entering than the quickest way through: the
    /// processing times and conveyor travel times along its path, the first input's path at an assembly station (the
    /// assembled part is that input's part). Waiting, failures and rework only add to it.
    /// </summary>
    [Property(MaxTest = 200, Arbitrary = [typeof(PlantArbitraries)], Replay = Replay)]
    public void Run_ConstantTimes_NoLeadTimeShorterThanTheQuickestPath(Plant plant, int seed, bool warmup)
    {
        plant = plant.WithConstantTimes();
        double quickest = QuickestPath(plant.Model);

        SimulationResult result = Run(plant, seed, warmup ? 2_000 : 0);

        if (result.LeadTimeHistogram.IsEmpty)
        {
            return;
        }

        // The first bin starts at the shortest lead time of every replication.
        Assert.True(result.LeadTimeHistogram[0].From >= quickest - 1e-9, $"a part left {result.LeadTimeHistogram[0].From} s after entering; the quickest path takes {quickest} s");
        Assert.All(result.ReplicationResults, r => Assert.True(double.IsNaN(r.LeadTime) || r.LeadTime >= quickest - 1e-9, $"mean lead time {r.LeadTime} under {quickest}"));
    }

    /// <summary>
    /// With constant processing times a server finishes parts at least its time apart, so a station of c servers and
    /// time p finishes at most c (T / p) parts in a window of T from time 0. Every part that leaves the line passed each
    /// station of <see cref="Plant.MustPass"/>, and passed its check there, in the window; parts scrapped or sent back
    /// there (the yield losses) are not among those that passed.
    /// </summary>
    [Property(MaxTest = 200, Arbitrary = [typeof(PlantArbitraries)], Replay = Replay)]
    public void Run_ConstantTimes_OutputNeverExceedsTheCapacityOfAStationEveryPartPasses(Plant plant, int seed)
    {
        plant = plant.WithConstantTimes();
        const double duration = 20_000;

        SimulationResult result = Run(plant, seed, warmup: 0, duration: duration);

        foreach (ReplicationResult r in result.ReplicationResults)
        {
            foreach (string name in plant.MustPass)
            {
                int i = plant.Model.IndexOf(name);
                Station station = plant.Model.Stations[i];
                StationStatistics s = r.Stations[i];
                long passed = s.PartsProcessed - s.Scrapped - s.Reworked;
                double capacity = station.Servers * Math.Floor(duration / station.ProcessingTime.Mean);
                Assert.True(r.PartsOut <= passed, $"{r.PartsOut} parts out, but only {passed} passed {name}");
                Assert.True(s.PartsProcessed <= capacity, $"{name} finished {s.PartsProcessed} parts; it can finish at most {capacity}");
            }
        }
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(PlantArbitraries)], Replay = Replay)]
    public void Run_SameSeed_GivesBitIdenticalResults(Plant plant, int seed)
    {
        SimulationResult first = Run(plant, seed);
        SimulationResult second = Run(plant, seed);

        Assert.Equal(Fingerprint(first), Fingerprint(second));
    }

    [Property(MaxTest = 50, Arbitrary = [typeof(PlantArbitraries)], Replay = Replay)]
    public void Run_OneOrFourThreads_GivesBitIdenticalResults(Plant plant, int seed)
    {
        SimulationResult serial = Run(plant, seed, replications: 4, threads: 1);
        SimulationResult parallel = Run(plant, seed, replications: 4, threads: 4);

        Assert.Equal(Fingerprint(serial), Fingerprint(parallel));
    }

    /// <summary>The summary's figures and each replication's, field by field; the replications apart, as a plant's figures nest deeper than a line's.</summary>
    private static List<string> Fingerprint(SimulationResult result)
    {
        List<string> lines = ResultFingerprint.Of(result with { ReplicationResults = [] });
        foreach (ReplicationResult replication in result.ReplicationResults)
        {
            lines.AddRange(ResultFingerprint.Of(replication));
        }

        return lines;
    }

    /// <summary>The shortest time from entering the line to leaving it, over every way through, with each station's mean time.</summary>
    internal static double QuickestPath(LineModel model)
    {
        // Stations are listed so that every input comes from a station listed before; a rework station follows its check.
        var leaves = new Dictionary<string, double>(StringComparer.Ordinal);
        var feedsAnother = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < model.Stations.Length; i++)
        {
            Station station = model.Stations[i];
            double before;
            if (station.TakesFromStationBefore)
            {
                before = i == 0 ? 0 : leaves[model.Stations[i - 1].Name];
                if (i > 0)
                {
                    feedsAnother.Add(model.Stations[i - 1].Name);
                }
            }
            else if (station.Inputs.IsEmpty)
            {
                // A rework station: its parts failed a check somewhere before.
                before = model.Stations.Take(i).Where(s => s.Quality?.Rework.Any(r => r.Station == station.Name) == true).Min(s => leaves[s.Name]);
            }
            else
            {
                IEnumerable<StationInput> paths = station.Merge == MergeRule.Assembly ? station.Inputs.Take(1) : station.Inputs;
                before = paths.Min(input => input.From is { } from ? leaves[from] + (input.Conveyor?.TravelTime ?? 0) : 0);
                foreach (StationInput input in station.Inputs)
                {
                    if (input.From is { } from)
                    {
                        feedsAnother.Add(from);
                    }
                }
            }

            leaves[station.Name] = before + station.ProcessingTime.Mean;
        }

        return model.Stations.Where(s => !feedsAnother.Contains(s.Name)).Min(s => leaves[s.Name]);
    }
}
