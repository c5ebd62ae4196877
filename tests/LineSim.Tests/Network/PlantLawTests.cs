using FsCheck.Xunit;
using LineSim.Model;
using LineSim.Results;
using LineSim.Tests.Plants;

namespace LineSim.Tests.Network;

/// <summary>
/// Laws every plant obeys on every sample path, checked over generated plants (<see cref="PlantArbitraries"/>): every
/// law of a result (<see cref="ResultLaws"/>), and those of plants without planning: none stops for good, and with
/// constant times no part is quicker and no station busier than the times allow. FsCheck replays a fixed seed, so the
/// plants and, through the generated seed, the runs are the same on every run.
/// </summary>
public sealed class PlantLawTests
{
    private const string Replay = "(2718281,3141592653)";

    private static SimulationOptions Options(int seed, double warmup = 0, double duration = 20_000, int replications = 2) => new()
    {
        Seed = seed, Replications = replications, Warmup = warmup, Duration = duration, MaxDegreeOfParallelism = 1,
    };

    private static SimulationResult Run(Plant plant, int seed, double warmup = 0, double duration = 20_000, int replications = 2) =>
        Simulation.Create(plant.Model, Options(seed, warmup, duration, replications)).Run();

    /// <summary>Every law of a result (<see cref="ResultLaws"/>), for every replication, on the event engine.</summary>
    [Property(MaxTest = 200, Arbitrary = [typeof(PlantArbitraries)], Replay = Replay)]
    public void Run_AnyPlant_ObeysEveryLawOfAResult(Plant plant, int seed, bool warmup)
    {
        SimulationResult result = ResultLaws.RunAndHold(plant.Model, Options(seed, warmup ? 2_000 : 0));

        Assert.Equal(EngineKind.Event, result.Engine);
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

    [Property(MaxTest = 50, Arbitrary = [typeof(PlantArbitraries)], Replay = Replay)]
    public void Run_SameSeedOnOneThreadOrFour_GivesBitIdenticalResults(Plant plant, int seed) =>
        ResultLaws.AreReproducible(plant.Model, Options(seed, warmup: 0, replications: 4));

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
