using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Planning;

/// <summary>
/// Exact results for paced segments of constant-time stations: two segments decoupled by a buffer, and a segment fed
/// by an unpaced station. In steady state every figure is periodic, so over a window of a whole number of cycles it is
/// exact: parts out, indexes, late indexes, and the time each segment stood past its takt, by cause.
/// </summary>
public sealed class PacedSegmentTheoryTests
{
    /// <summary>
    /// A (40 s) and B (50 s) index at takt t1; a buffer of 2; C (c s) and D (30 s) index at takt t2. The line makes a
    /// part every max(t1, t2, c). The faster segment waits for the slower: the first, blocked (its last part has no room
    /// until the second takes one from the buffer); the second, starved. A segment whose station is slower than its
    /// takt waits for it, busy, c - t2 each cycle.
    /// </summary>
    [Theory]
    [InlineData(70, 50, 60)] // the first segment is slower: the second is busy 10 s and starved 10 s past its takt
    [InlineData(55, 50, 60)] // C is slowest: the second segment is busy 10 s past its takt, the first blocked 5 s
    [InlineData(60, 60, 60)] // both hold their takt exactly
    [InlineData(50, 65, 45)] // the second segment's takt is slowest: the first is blocked 15 s
    public void Run_TwoSegmentsDecoupledByABuffer_BothIndexAtTheSlowerCycle(double takt1, double takt2, double c)
    {
        var line = new LineModel
        {
            TaktTime = 60,
            Stations = [new("A", Distribution.Constant(40)), new("B", Distribution.Constant(50)), new("C", Distribution.Constant(c)), new("D", Distribution.Constant(30))],
            Buffers = [new LineBuffer("B", 2)],
            Segments = [new PacedSegment("First", "A", "B", takt1), new PacedSegment("Second", "C", "D", takt2)],
        };
        double second = Math.Max(takt2, c);
        double cycle = Math.Max(takt1, second);
        var options = new SimulationOptions { Seed = 1, Replications = 1, Warmup = 100 * cycle, Duration = 1_000 * cycle };

        ReplicationResult result = Simulation.Create(line, options).RunReplication(0);

        Assert.Equal(1_000, result.PartsOut);
        SegmentStatistics first = result.Segments[0];
        SegmentStatistics last = result.Segments[1];
        Assert.Equal(1_000, first.Indexes);
        Assert.Equal(1_000, last.Indexes);
        Assert.Equal(cycle > takt1 ? 1_000 : 0, first.LateIndexes);
        Assert.Equal(cycle > takt2 ? 1_000 : 0, last.LateIndexes);

        // The first segment waits only for room in the buffer; the second for C, then for a part.
        Assert.Equal((cycle - takt1) / cycle, first.StoppedBlocked, 9);
        Assert.Equal(0, first.StoppedBusy + first.StoppedStarved + first.StoppedFailure, 9);
        Assert.Equal((c - Math.Min(c, takt2)) / cycle, last.StoppedBusy, 9);
        Assert.Equal((cycle - second) / cycle, last.StoppedStarved, 9);
        Assert.Equal(0, last.StoppedBlocked + last.StoppedFailure, 9);

        // Every station holds its part, blocked, from the end of its work until the index.
        Assert.Equal(40 / cycle, result.Stations[0].Working, 9);
        Assert.Equal(1 - (40 / cycle), result.Stations[0].Blocked, 9);
        Assert.Equal(c / cycle, result.Stations[2].Working, 9);
    }

    /// <summary>
    /// An unpaced station U of u s feeds, through a buffer of 1, the segment A (50 s), B (50 s) at a takt of 60 s. A
    /// faster U waits, blocked, for the segment to take its part: u - 60 s each cycle is lost to U, none to the segment.
    /// A slower U starves the segment: it indexes late, u - 60 s past its takt, every cycle.
    /// </summary>
    [Theory]
    [InlineData(40)]
    [InlineData(60)]
    [InlineData(75)]
    public void Run_SegmentFedByAnUnpacedStation_StarvedExactlyTheDifference(double u)
    {
        const double takt = 60;
        var line = new LineModel
        {
            TaktTime = takt,
            Stations = [new("U", Distribution.Constant(u)), new("A", Distribution.Constant(50)), new("B", Distribution.Constant(50))],
            Buffers = [new LineBuffer("U", 1)],
            Segments = [new PacedSegment("Paced", "A", "B", takt)],
        };
        double cycle = Math.Max(u, takt);
        var options = new SimulationOptions { Seed = 1, Replications = 1, Warmup = 100 * cycle, Duration = 1_000 * cycle };

        ReplicationResult result = Simulation.Create(line, options).RunReplication(0);

        Assert.Equal(1_000, result.PartsOut);
        SegmentStatistics segment = Assert.Single(result.Segments);
        Assert.Equal(1_000, segment.Indexes);
        Assert.Equal(u > takt ? 1_000 : 0, segment.LateIndexes);
        Assert.Equal((cycle - takt) / cycle, segment.StoppedStarved, 9);
        Assert.Equal(0, segment.StoppedBusy + segment.StoppedBlocked + segment.StoppedFailure, 9);
        StationStatistics feeder = result.Stations[0];
        Assert.Equal(u / cycle, feeder.Working, 9);
        Assert.Equal((cycle - u) / cycle, feeder.Blocked, 9);
        Assert.Equal(0, feeder.Starved, 9);
        Assert.Equal((cycle - 50) / cycle, result.Stations[1].Blocked, 9);
    }

    /// <summary>
    /// Paced A, B at 60 s, then an unpaced C of c s through a buffer of 1. A slower C blocks the segment, which then
    /// indexes each time C takes a part: c - 60 s past its takt, blocked.
    /// </summary>
    [Theory]
    [InlineData(45)]
    [InlineData(80)]
    public void Run_SegmentFeedingAnUnpacedStation_BlockedExactlyTheDifference(double c)
    {
        const double takt = 60;
        var line = new LineModel
        {
            TaktTime = takt,
            Stations = [new("A", Distribution.Constant(50)), new("B", Distribution.Constant(50)), new("C", Distribution.Constant(c))],
            Buffers = [new LineBuffer("B", 1)],
            Segments = [new PacedSegment("Paced", "A", "B", takt)],
        };
        double cycle = Math.Max(c, takt);
        var options = new SimulationOptions { Seed = 1, Replications = 1, Warmup = 100 * cycle, Duration = 1_000 * cycle };

        ReplicationResult result = Simulation.Create(line, options).RunReplication(0);

        Assert.Equal(1_000, result.PartsOut);
        SegmentStatistics segment = Assert.Single(result.Segments);
        Assert.Equal(1_000, segment.Indexes);
        Assert.Equal((cycle - takt) / cycle, segment.StoppedBlocked, 9);
        Assert.Equal(0, segment.StoppedBusy + segment.StoppedStarved + segment.StoppedFailure, 9);
        Assert.Equal((cycle - c) / cycle, result.Stations[2].Starved, 9);
    }
}
