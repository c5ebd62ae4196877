using LineSim.Model;
using LineSim.Results;
using LineSim.Tests.Theory;

namespace LineSim.Tests.Planning;

/// <summary>
/// A paced segment of stations with exponential times, fed by an unlimited supply and leaving into the sink: at each
/// index every station starts a part, and the next index comes at the takt T or when the last station is done,
/// whichever is later. So indexes are a renewal process of cycles C = max(T, X1, ..., Xk), whose mean is
/// T + integral from T of (1 - product of (1 - e^(-t/mi))) dt = T + sum over nonempty sets S of stations of
/// (-1)^(|S|+1) e^(-T lS) / lS, with lS the sum of their rates. The segment makes one part per E[C], is late with
/// probability P(max X > T), and stands busy past its takt (E[C] - T) / E[C] of the time.
/// </summary>
public sealed class ExponentialPacedSegmentTests
{
    [Theory]
    [InlineData(30, new double[] { 50 })]
    [InlineData(60, new double[] { 40, 50 })]
    [InlineData(55, new double[] { 30, 45, 50 })]
    public void Run_SegmentOfExponentialStations_OnePartPerExpectedMaximumOfTaktAndTimes(double takt, double[] means)
    {
        var line = new LineModel
        {
            Name = "Paced",
            TaktTime = takt,
            Stations = [.. means.Select((mean, k) => new Station($"S{k}", Distribution.Exponential(mean)))],
            Segments = [new PacedSegment("Paced", "S0", $"S{means.Length - 1}", takt)],
        };
        double cycle = takt;
        for (int set = 1; set < 1 << means.Length; set++)
        {
            double rate = Enumerable.Range(0, means.Length).Where(k => (set & (1 << k)) != 0).Sum(k => 1 / means[k]);
            int size = int.PopCount(set);
            cycle += (size % 2 == 1 ? 1 : -1) * Math.Exp(-takt * rate) / rate;
        }

        double late = 1 - means.Aggregate(1.0, (product, mean) => product * (1 - Math.Exp(-takt / mean)));

        SimulationResult result = Simulation.Create(line, new SimulationOptions { Seed = 5, Replications = 10, Warmup = 2_000, Duration = 200_000 }).Run();

        SegmentSummary segment = Assert.Single(result.Segments);
        Confidence.Contains(result.ThroughputPerHour, 3_600 / cycle, "JPH");
        Confidence.Contains(Estimate.From([.. result.ReplicationResults.Select(r => (double)r.Segments[0].LateIndexes / r.Segments[0].Indexes)]), late, "late indexes");
        Confidence.Contains(segment.StoppedBusy, (cycle - takt) / cycle, "stopped busy");
        Assert.Equal(0, segment.StoppedStarved.Mean + segment.StoppedBlocked.Mean + segment.StoppedFailure.Mean);
    }
}
