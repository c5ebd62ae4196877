using FsCheck.Xunit;
using LineSim.Model;
using LineSim.Results;
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

    [Property(MaxTest = 100, Arbitrary = [typeof(LineArbitraries)], Replay = Replay)]
    public void Run_AnyLine_ConservesParts(LineModel line, int seed, bool warmup)
    {
        // On the event engine, which counts the parts in the line one by one (the sample-path engine derives them).
        SimulationResult result = Simulation.Create(line, new SimulationOptions
        {
            Seed = seed, Replications = 2, Warmup = warmup ? 2_000 : 0, Duration = 20_000, MaxDegreeOfParallelism = 1, Engine = EngineSelection.Event,
        }).Run();

        Assert.All(result.ReplicationResults, r =>
        {
            Assert.Equal(r.Released, r.Completed + r.WorkInProcessAtEnd);
            Assert.InRange(r.PartsOut, 0, r.Completed);
            Assert.InRange(r.WorkInProcessAtEnd, 0, r.Released);
        });
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

    [Property(MaxTest = 100, Arbitrary = [typeof(LineArbitraries)], Replay = Replay)]
    public void Run_AnyLine_StationStateFractionsAreFractionsSummingToOne(LineModel line, int seed, bool warmup)
    {
        SimulationResult result = Run(line, seed, warmup ? 2_000 : 0);

        foreach (ReplicationResult r in result.ReplicationResults)
        {
            for (int i = 0; i < r.Stations.Length; i++)
            {
                StationStatistics s = r.Stations[i];
                Assert.Equal(line.Stations[i].Name, s.Name);
                foreach (double fraction in new[] { s.Working, s.Starved, s.Blocked, s.Down })
                {
                    Assert.InRange(fraction, 0, 1);
                }

                Assert.Equal(1, s.Working + s.Starved + s.Blocked + s.Down, 9);
                if (line.Stations[i].Failures is null)
                {
                    Assert.Equal(0, s.Down);
                    Assert.Equal(0, s.Failures);
                }

                if (i == r.Stations.Length - 1)
                {
                    Assert.Equal(0, s.Blocked);
                }
            }
        }
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(LineArbitraries)], Replay = Replay)]
    public void Run_AnyLine_BufferStatisticsStayWithinCapacity(LineModel line, int seed, bool warmup)
    {
        SimulationResult result = Run(line, seed, warmup ? 2_000 : 0);
        var capacities = line.BufferCapacities();

        foreach (ReplicationResult r in result.ReplicationResults)
        {
            Assert.Equal(line.Stations.Length - 1, r.Buffers.Length);
            for (int b = 0; b < r.Buffers.Length; b++)
            {
                BufferStatistics buffer = r.Buffers[b];
                Assert.Equal(capacities[b], buffer.Capacity);
                Assert.Equal(line.Stations[b].Name, buffer.After);
                Assert.Equal(line.Stations[b + 1].Name, buffer.Before);
                AssertWithin(buffer);
            }

            if (line.Source.IsUnlimited)
            {
                Assert.Null(r.InputBuffer);
            }
            else
            {
                BufferStatistics input = Assert.IsType<BufferStatistics>(r.InputBuffer);
                Assert.Null(input.After);
                Assert.Equal(line.Stations[0].Name, input.Before);
                AssertWithin(input);
                if (line.Source.InputCapacity is { } capacity)
                {
                    Assert.Equal(capacity, input.Capacity);
                }
            }
        }

        static void AssertWithin(BufferStatistics buffer)
        {
            // The level is integrated over the window; allow only rounding.
            Assert.InRange(buffer.AverageLevel, 0, buffer.Capacity * (1 + 1e-12));
            Assert.InRange(buffer.FullFraction, 0, 1);
            Assert.InRange(buffer.EmptyFraction, 0, 1);
            if (buffer.Capacity > 0)
            {
                Assert.InRange(buffer.FullFraction + buffer.EmptyFraction, 0, 1 + 1e-9);
                Assert.InRange(buffer.AverageLevel, buffer.FullFraction * buffer.Capacity * (1 - 1e-12), buffer.Capacity * (1 - buffer.EmptyFraction) * (1 + 1e-12));
            }
        }
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

    /// <summary>
    /// Little's law over a window: the area under work in process differs from the sum of the lead times of the
    /// parts that left only by the parts in the line at either end of the window (at most the line's places each,
    /// each for at most its lead time). Lines fed into an unlimited input buffer are left out: they may fill without
    /// bound, and so may the boundary terms.
    /// </summary>
    [Property(MaxTest = 60, Arbitrary = [typeof(LineArbitraries)], Replay = Replay)]
    public void Run_BoundedLine_ObeysLittlesLaw(LineModel line, int seed)
    {
        if (line.Source is { IsUnlimited: false, InputCapacity: null })
        {
            return;
        }

        int places = line.Stations.Length + line.BufferCapacities().Sum() + (line.Source.InputCapacity ?? 0);
        SimulationResult result = Run(line, seed, warmup: 5_000, duration: 200_000, replications: 1);

        ReplicationResult r = result.ReplicationResults[0];
        Assert.True(r.PartsOut > 100, $"only {r.PartsOut} parts out");
        double arrivalRate = r.PartsOut / r.ObservedTime;
        // Three times the 95th percentile stands in for the longest lead time of the few parts at the boundaries.
        double boundary = 2 * places * 3 * r.LeadTimeP95 / r.ObservedTime;
        double little = arrivalRate * r.LeadTime;
        Assert.True(Math.Abs(r.WorkInProcess - little) <= boundary + 1e-9, $"WIP {r.WorkInProcess} vs lambda W {little} (allowance {boundary})");
        Assert.Equal(r.ThroughputPerHour, arrivalRate * 3600, 9);
    }

    [Property(MaxTest = 50, Arbitrary = [typeof(LineArbitraries)], Replay = Replay)]
    public void Run_SameSeed_GivesBitIdenticalResults(LineModel line, int seed)
    {
        SimulationResult first = Run(line, seed);
        SimulationResult second = Run(line, seed);

        Assert.Equal(ResultFingerprint.Of(first), ResultFingerprint.Of(second));
    }

    [Property(MaxTest = 50, Arbitrary = [typeof(LineArbitraries)], Replay = Replay)]
    public void Run_OneOrFourThreads_GivesBitIdenticalResults(LineModel line, int seed)
    {
        var options = new SimulationOptions { Seed = seed, Replications = 4, Duration = 20_000 };

        SimulationResult serial = Simulation.Create(line, options with { MaxDegreeOfParallelism = 1 }).Run();
        SimulationResult parallel = Simulation.Create(line, options with { MaxDegreeOfParallelism = 4 }).Run();

        Assert.Equal(ResultFingerprint.Of(serial), ResultFingerprint.Of(parallel));
    }

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
