using FsCheck.Xunit;
using LineSim.Model;
using LineSim.Results;
using LineSim.Tests.Plants;
using LineSim.Tests.Theory;

namespace LineSim.Tests.Properties;

/// <summary>
/// Laws every line obeys on every sample path, checked over generated lines. FsCheck replays a fixed seed, so the
/// lines (and, through the generated seed, the runs) are the same on every run.
/// </summary>
public sealed class LineLawTests
{
    private const string Replay = "(1203477,1987654321)";

    private static SimulationResult Run(LineModel line, int seed, double warmup = 0, double duration = 20_000, int replications = 2) =>
        Simulation.Create(line, new SimulationOptions { Seed = seed, Replications = replications, Warmup = warmup, Duration = duration, MaxDegreeOfParallelism = 1 }).Run();

    /// <summary>
    /// Every law of a result (<see cref="ResultLaws"/>), for every replication, on the engine the line gets, and on the
    /// event engine, which counts the parts in the line one by one (the sample-path engine derives them) and logs each
    /// part's entry and exit for Little's law; and those of a line: a buffer between each pair of stations, named by
    /// them, of the capacity given, an input buffer with arrivals only, and the last station never blocked.
    /// </summary>
    [Property(MaxTest = 100, Arbitrary = [typeof(LineArbitraries)], Replay = Replay)]
    public void Run_AnyLine_ObeysEveryLawOfAResult(LineModel line, int seed, bool warmup)
    {
        var options = new SimulationOptions { Seed = seed, Replications = 2, Warmup = warmup ? 2_000 : 0, Duration = 20_000, MaxDegreeOfParallelism = 1 };
        SimulationResult result = Simulation.Create(line, options).Run();
        ResultLaws.Hold(line, options, result);
        ResultLaws.RunAndHold(line, options with { Engine = EngineSelection.Event });

        var capacities = line.BufferCapacities();
        foreach (ReplicationResult r in result.ReplicationResults)
        {
            Assert.Equal(line.Stations.Length - 1, r.Buffers.Length);
            for (int b = 0; b < r.Buffers.Length; b++)
            {
                Assert.Equal((line.Stations[b].Name, line.Stations[b + 1].Name, capacities[b]), (r.Buffers[b].After, r.Buffers[b].Before, r.Buffers[b].Capacity));
            }

            Assert.Equal(line.Source.IsUnlimited, r.InputBuffer is null);
            if (r.InputBuffer is { } input)
            {
                Assert.Equal((null, line.Stations[0].Name, line.Source.InputCapacity ?? int.MaxValue), (input.After, input.Before, input.Capacity));
            }

            Assert.Equal(0, r.Stations[^1].Blocked);
        }
    }

    /// <summary>Every generated line moves parts: in 20,000 s, with times of 20 to 90 s, parts enter and leave.</summary>
    [Property(MaxTest = 100, Arbitrary = [typeof(LineArbitraries)], Replay = Replay)]
    public void Run_AnyLine_ReleasesAndCompletesParts(LineModel line, int seed)
    {
        SimulationResult result = Run(line, seed);

        Assert.All(result.ReplicationResults, r =>
        {
            Assert.True(r.Released > 0, "no part entered the line");
            Assert.True(r.PartsOut > 0, "no part left the line");
            Assert.True(r.ThroughputPerHour > 0);
        });
    }

    /// <summary>
    /// A station with constant time c completes parts at least c apart, so in a window of T seconds it completes at
    /// most T / c + 1; its working time in the window lies within one c of (parts completed) x c. A part leaving the
    /// line in the window either passed that station in the window or was already past it when the window opened:
    /// held finished on it (1) or in a downstream buffer or station (capacity + 1 each).
    /// </summary>
    [Property(MaxTest = 100, Arbitrary = [typeof(LineArbitraries)], Replay = Replay)]
    public void Run_LineWithAConstantStation_PartsOutNeverExceedItsCapacity(LineModel line, int seed, byte pick, bool warmup)
    {
        int index = pick % line.Stations.Length;
        double c = Math.Round(line.Stations[index].ProcessingTime.Mean);
        line = line with { Stations = line.Stations.SetItem(index, line.Stations[index] with { ProcessingTime = Distribution.Constant(c) }) };
        var capacities = line.BufferCapacities();
        int downstream = 0;
        for (int j = index + 1; j < line.Stations.Length; j++)
        {
            downstream += capacities[j - 1] + 1;
        }

        SimulationResult result = Run(line, seed, warmup ? 2_000 : 0);

        foreach (ReplicationResult r in result.ReplicationResults)
        {
            double t = r.ObservedTime;
            long processed = r.Stations[index].PartsProcessed;
            Assert.True(processed <= Math.Floor((t / c) + 1e-9) + 1, $"{processed} parts of {c} s in {t} s");
            long alreadyPast = warmup ? 1 + downstream : 0;
            Assert.True(r.PartsOut <= processed + alreadyPast, $"{r.PartsOut} out, {processed} processed at station {index}, {alreadyPast} already past it");
            double working = r.Stations[index].Working * t;
            Assert.InRange(working, ((processed - 1) * c) - 1e-6, ((processed + 1) * c) + 1e-6);
        }
    }

    [Property(MaxTest = 50, Arbitrary = [typeof(LineArbitraries)], Replay = Replay)]
    public void Run_SameSeedOnOneThreadOrFour_GivesBitIdenticalResults(LineModel line, int seed) =>
        ResultLaws.AreReproducible(line, new SimulationOptions { Seed = seed, Replications = 4, Duration = 20_000 });

    [Property(MaxTest = 50, Arbitrary = [typeof(LineArbitraries)], Replay = Replay)]
    public void Run_DifferentSeeds_GiveDifferentRunsOfARandomLine(LineModel line, int seed)
    {
        if (line.Stations.All(s => s.ProcessingTime.StandardDeviation == 0 && s.Failures is null) && line.Source.IsUnlimited)
        {
            return;
        }

        ReplicationResult first = Run(line, seed, replications: 1).ReplicationResults[0];
        ReplicationResult second = Run(line, seed + 1, replications: 1).ReplicationResults[0];

        Assert.NotEqual(ResultFingerprint.Of(first), ResultFingerprint.Of(second));
    }

    /// <summary>
    /// Under blocking after service with an unlimited supply and no failures, each station's n-th part takes its
    /// n-th processing time whatever the buffers (common random numbers), and departure times follow a (max, +)
    /// recursion that is monotone in the buffer sizes: a larger buffer never makes any part leave later.
    /// </summary>
    [Property(MaxTest = 80, Arbitrary = [typeof(LineArbitraries)], Replay = Replay)]
    public void RunReplication_LargerBuffer_NoPartLeavesLater(LineModel line, int seed, byte pick, byte extra)
    {
        line = line with
        {
            Blocking = BlockingPolicy.AfterService,
            Source = Source.Unlimited,
            Stations = [.. line.Stations.Select(s => s with { Failures = null })],
        };
        if (line.Stations.Length < 2)
        {
            return;
        }

        var capacities = line.BufferCapacities();
        int b = pick % capacities.Length;
        LineModel larger = line with
        {
            Buffers = [.. capacities.Select((capacity, i) => new LineBuffer(line.Stations[i].Name, i == b ? capacity + 1 + (extra % 3) : capacity))],
        };
        const int parts = 300;
        int last = line.Stations.Length - 1;

        var small = new DepartureRecorder(line.Stations.Length);
        var big = new DepartureRecorder(line.Stations.Length);
        var options = new SimulationOptions { Seed = seed, Replications = 1, PartCount = parts };
        ReplicationResult smallResult = Simulation.Create(line, options).RunReplication(0, small);
        ReplicationResult bigResult = Simulation.Create(larger, options).RunReplication(0, big);

        Assert.True(bigResult.EndTime <= smallResult.EndTime, $"{parts} parts took {bigResult.EndTime} s with buffer {b} larger, {smallResult.EndTime} s without");
        for (int n = 0; n < parts; n++)
        {
            Assert.True(big.From(last)[n] <= small.From(last)[n], $"part {n} left at {big.From(last)[n]} with the larger buffer, {small.From(last)[n]} without");
        }
    }
}
