using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Network;

/// <summary>
/// A press feeds a check station with first-pass yield y: every part checked fails with probability 1 - y, on its
/// own draw, so the parts scrapped out of those processed are binomial; a failed part is reworked with probability r
/// (back at the press, which serves rework first), so the parts reworked out of those failed are binomial too. Parts
/// are conserved: each part that entered has left, been scrapped, been used up in an assembly or is still in the line.
/// </summary>
public sealed class QualityTests
{
    private static LineModel Plant(Quality quality, BlockingPolicy blocking = BlockingPolicy.AfterService) => new()
    {
        Name = "Press and check",
        TaktTime = 12,
        Blocking = blocking,
        Stations =
        [
            new Station("Press", Distribution.Exponential(10)),
            new Station("Check", Distribution.Constant(8)) { Quality = quality },
        ],
        Buffers = [new LineBuffer("Press", 3)],
    };

    private static SimulationResult Run(LineModel plant, double warmup = 0) =>
        Simulation.Create(plant, new SimulationOptions { Seed = 29, Replications = 10, Warmup = warmup, Duration = 100_000 }).Run();

    [Theory]
    [InlineData(0.9, BlockingPolicy.AfterService)]
    [InlineData(0.6, BlockingPolicy.BeforeService)]
    public void Run_YieldWithScrap_ScrappedPartsAreBinomial(double yield, BlockingPolicy blocking)
    {
        SimulationResult result = Run(Plant(new Quality(yield), blocking), warmup: 1_000);

        long scrapped = 0;
        long processed = 0;
        foreach (ReplicationResult r in result.ReplicationResults)
        {
            StationStatistics check = r.Stations[1];
            AssertBinomial(check.Scrapped, check.PartsProcessed, 1 - yield);
            Assert.Equal(0, check.Reworked);

            // The quality factor is the share of parts that passed: binomial, its deviation sqrt(y (1 - y) / n) some 0.003.
            double sd = Math.Sqrt(yield * (1 - yield) / check.PartsProcessed);
            Assert.True(Math.Abs(check.Quality - yield) <= (4 * sd) + (1.0 / check.PartsProcessed), $"quality {check.Quality} of {check.PartsProcessed} parts, yield {yield} ± {4 * sd}");
            scrapped += check.Scrapped;
            processed += check.PartsProcessed;
        }

        // Pooled over the replications: the count's variance is known, so this is sharper than a t interval from ten.
        AssertBinomial(scrapped, processed, 1 - yield);
    }

    [Theory]
    [InlineData(0.8, 0.4)]
    [InlineData(0.7, 1.0)]
    public void Run_YieldWithRework_ReworkedPartsAreBinomialAmongTheFailed(double yield, double rework)
    {
        var quality = new Quality(yield) { Rework = [new ReworkRoute("Press", rework)] };

        SimulationResult result = Run(Plant(quality));

        foreach (ReplicationResult r in result.ReplicationResults)
        {
            StationStatistics check = r.Stations[1];
            long failed = check.Scrapped + check.Reworked;
            AssertBinomial(failed, check.PartsProcessed, 1 - yield);
            AssertBinomial(check.Reworked, failed, rework);

            // Each pass through the press is a new part or one sent back.
            Assert.True(r.Stations[0].PartsProcessed <= r.Released + check.Reworked, "the press made more parts than it was given");
        }
    }

    [Theory]
    [InlineData(0.9, 0.0)]
    [InlineData(0.8, 0.5)]
    [InlineData(0.5, 1.0)]
    public void Run_AnyYield_ConservesParts(double yield, double rework)
    {
        var quality = new Quality(yield) { Rework = rework > 0 ? [new ReworkRoute("Press", rework)] : [] };

        SimulationResult result = Run(Plant(quality), warmup: 500);

        Assert.All(result.ReplicationResults, r =>
        {
            Assert.Equal(r.Released, r.Completed + r.Scrapped + r.Assembled + r.WorkInProcessAtEnd);
            Assert.Equal(0, r.Assembled);
            Assert.True(r.Scrapped >= r.Stations[1].Scrapped, "scrapped since time 0 counts at least those in the window");
            if (rework == 1)
            {
                Assert.Equal(0, r.Scrapped);
            }
        });
    }

    [Fact]
    public void Run_ReworkToARepairStation_RepairedPartsLeaveFromIt()
    {
        // A rework station with no inputs of its own gets only failed parts; it feeds no station, so they leave from it.
        LineModel plant = Plant(new Quality(0.8) { Rework = [new ReworkRoute("Repair", 0.5)] }) with
        {
            Stations =
            [
                new Station("Press", Distribution.Exponential(10)),
                new Station("Check", Distribution.Constant(8)) { Quality = new Quality(0.8) { Rework = [new ReworkRoute("Repair", 0.5)] } },
                new Station("Repair", Distribution.Constant(30)) { Inputs = [] },
            ],
        };

        SimulationResult result = Run(plant);

        Assert.All(result.ReplicationResults, r =>
        {
            Assert.Equal(r.Released, r.Completed + r.Scrapped + r.Assembled + r.WorkInProcessAtEnd);
            StationStatistics check = r.Stations[1];
            StationStatistics repair = r.Stations[2];
            Assert.True(repair.PartsProcessed <= check.Reworked, "the repair station made more parts than were sent to it");
            Assert.Equal(r.Completed, check.PartsProcessed - check.Scrapped - check.Reworked + repair.PartsProcessed);
        });
    }

    /// <summary>Within four standard deviations of the binomial mean n p (plus one for a part at the window's edge).</summary>
    private static void AssertBinomial(long count, long n, double p)
    {
        double sd = Math.Sqrt(n * p * (1 - p));
        Assert.True(Math.Abs(count - (n * p)) <= (4 * sd) + 1, $"{count} of {n} with p = {p}: expected {n * p} ± {4 * sd}");
    }
}
