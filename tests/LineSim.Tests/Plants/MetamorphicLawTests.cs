using System.Collections.Immutable;
using FsCheck.Xunit;
using LineSim.Model;
using LineSim.Results;
using LineSim.Tests.Network;
using LineSim.Tests.Planning;

namespace LineSim.Tests.Plants;

/// <summary>
/// Laws that tie a plant to a changed plant whose result is known from the first: a shift calendar only stretches
/// working time over the calendar, and a feeder line fitted to the main line leaves its variants as they were. FsCheck
/// replays a fixed seed, so the plants and the runs are the same on every run.
/// </summary>
public sealed class MetamorphicLawTests
{
    private const string Replay = "(2236067,2449489743)";

    /// <summary>
    /// The engine runs on working time, so a plant under a shift calendar whose failures count working time makes the
    /// same parts leave the same stations at the same working times as the plant around the clock (its calendar, or two
    /// shifts, taken away; maintenance windows, which are set in calendar time, taken away from both). Mapped to working
    /// time by the brute-force scan of the calendar, every departure is the same; every count is the same; every share
    /// of time of a station or a crew is the same share of working time, so over the window it scales by working time
    /// over window time, and the rest of the window is off shift; a paced segment's stops scale the same way.
    /// </summary>
    [Property(MaxTest = 100, Arbitrary = [typeof(AllFeaturePlants)], Replay = Replay)]
    public void RunReplication_UnderACalendar_SameDeparturesInWorkingTimeAndFractionsScaled(PlantCase plant, int seed)
    {
        LineModel around = plant.Model with
        {
            Calendar = null,
            Stations = [.. plant.Model.Stations.Select(s => s with { Maintenance = [] })],
        };
        ShiftCalendar calendar = (plant.Model.Calendar ?? ShiftCalendar.TwoShiftsFiveDays) with { FailuresInWorkingTimeOnly = true };
        LineModel shifts = around with { Calendar = calendar };
        var options = new SimulationOptions { Seed = seed, Replications = 1, PartCount = 10 * (plant.PartCount ?? 60) };
        var aroundLog = new DepartureLog();
        var shiftsLog = new DepartureLog();

        ReplicationResult a = Simulation.Create(around, options).RunReplication(0, aroundLog);
        ReplicationResult c = Simulation.Create(shifts, options).RunReplication(0, shiftsLog);

        var scan = new CalendarScan(calendar, c.EndTime);
        Assert.Equal(aroundLog.Keys.Order(), shiftsLog.Keys.Order());
        foreach ((int station, long part) in aroundLog.Keys)
        {
            IReadOnlyList<double> expected = aroundLog.Of(station, part);
            double[] mapped = [.. shiftsLog.Of(station, part).Select(time => scan.WorkingBetween(0, time))];
            Assert.Equal(expected.Count, mapped.Length);
            for (int k = 0; k < mapped.Length; k++)
            {
                Assert.True(Math.Abs(expected[k] - mapped[k]) <= 1e-6 * Math.Max(1, expected[k]), $"part {part} left {around.Stations[station].Name} at {expected[k]} s around the clock, at {mapped[k]} s of working time under the calendar");
            }
        }

        Assert.Equal(a.ObservedTime, c.WorkingTime, 6);
        Assert.Equal(a.ThroughputPerHour, c.ThroughputPerWorkingHour, 9);
        Assert.Equal(
            (a.PartsOut, a.Released, a.Completed, a.Scrapped, a.Assembled, a.WorkInProcessAtEnd),
            (c.PartsOut, c.Released, c.Completed, c.Scrapped, c.Assembled, c.WorkInProcessAtEnd));
        Assert.Equal(a.OutputByVariant.AsEnumerable(), c.OutputByVariant);
        double scale = c.WorkingTime / c.ObservedTime;
        for (int i = 0; i < a.Stations.Length; i++)
        {
            StationStatistics x = a.Stations[i];
            StationStatistics y = c.Stations[i];
            Assert.Equal((x.PartsProcessed, x.Failures, x.Scrapped, x.Reworked), (y.PartsProcessed, y.Failures, y.Scrapped, y.Reworked));
            AssertScaled(
                [x.Working, x.Starved, x.Blocked, x.Down, x.Setup, x.WaitingForCrew, .. x.ServerWorking, .. x.StarvedByInput.Select(input => input.Fraction)],
                [y.Working, y.Starved, y.Blocked, y.Down, y.Setup, y.WaitingForCrew, .. y.ServerWorking, .. y.StarvedByInput.Select(input => input.Fraction)],
                scale,
                y.Name);
            Assert.Equal(1 - scale, y.OffShift, 9);
        }

        for (int k = 0; k < a.Crews.Length; k++)
        {
            Assert.Equal(a.Crews[k].Repairs, c.Crews[k].Repairs);
            AssertScaled([a.Crews[k].Utilisation, a.Crews[k].AverageWaiting], [c.Crews[k].Utilisation, c.Crews[k].AverageWaiting], scale, $"crew {c.Crews[k].Name}");
        }

        Assert.Equal(a.Segments.Length, c.Segments.Length);
        for (int g = 0; g < a.Segments.Length; g++)
        {
            SegmentStatistics x = a.Segments[g];
            SegmentStatistics y = c.Segments[g];
            Assert.Equal((x.Indexes, x.LateIndexes), (y.Indexes, y.LateIndexes));
            AssertScaled([x.StoppedBusy, x.StoppedFailure, x.StoppedStarved, x.StoppedBlocked], [y.StoppedBusy, y.StoppedFailure, y.StoppedStarved, y.StoppedBlocked], scale, $"segment {y.Name}");
        }
    }

    /// <summary>
    /// Every supply gives its k-th part the k-th variant of the sequence, and an assembled part carries on as its first
    /// input's part. So on a serial line of single machines, where parts leave in the order they enter, the first N
    /// parts out hold each variant exactly as often as the first N of the sequence (counted from the sequence, not from
    /// the engine's part numbers); and fitting a feeder line to any of its stations, as an assembly's second input,
    /// changes nothing of that (only a paced segment's first station may have inputs). Quality checks, which would
    /// reorder or drop parts, are taken away; lines with shares or no variants get a sequence.
    /// </summary>
    [Property(MaxTest = 100, Arbitrary = [typeof(PlanningArbitraries)], Replay = Replay)]
    public void RunReplication_FeederLineFittedToASerialLine_SameVariantsOut(PlannedLine line, int seed, byte at, byte quantity)
    {
        LineModel serial = PlanningLawTests.WithSequence(line.Model) with { Stations = [.. line.Model.Stations.Select(s => s with { Quality = null })] };
        int[] entries = [.. Enumerable.Range(0, serial.Stations.Length).Where(s => !serial.Segments.Any(g => s > serial.IndexOf(g.First) && s <= serial.IndexOf(g.Last)))];
        LineModel fitted = WithFeeder(serial, entries[at % entries.Length], 1 + (quantity % 2));
        ImmutableArray<string> sequence = serial.Variants!.Sequence;
        var options = new SimulationOptions { Seed = seed, Replications = 1, PartCount = 90 };

        ReplicationResult alone = Simulation.Create(serial, options).RunReplication(0);
        ReplicationResult fed = Simulation.Create(fitted, options).RunReplication(0);

        IEnumerable<VariantOutput> expected = serial.Variants.Variants.Select(v => new VariantOutput(v, Enumerable.Range(0, 90).Count(k => sequence[k % sequence.Length] == v)));
        Assert.Equal(expected, alone.OutputByVariant);
        Assert.Equal(expected, fed.OutputByVariant);
    }

    /// <summary>
    /// The line with a feeder line (an unlimited supply and one station) fitted to station <paramref name="at"/> as its
    /// second input, of <paramref name="quantity"/> parts; the station takes its first input as before, through a buffer
    /// of the same capacity. A line fed by arrivals gets them as the supply of its first station's first input.
    /// </summary>
    private static LineModel WithFeeder(LineModel line, int at, int quantity)
    {
        Station station = line.Stations[at];
        string? before = at == 0 ? null : line.Stations[at - 1].Name;
        int capacity = line.Buffers.FirstOrDefault(b => b.After == before)?.Capacity ?? 0;
        StationInput first = before is null ? StationInput.FromSupply(line.Source) : StationInput.FromStation(before, capacity);
        return line with
        {
            Source = Source.Unlimited,
            Buffers = [.. line.Buffers.Where(b => b.After != before)],
            Stations =
            [
                .. line.Stations.SetItem(at, station with { Inputs = [first, StationInput.FromStation("Feeder", 2) with { Quantity = quantity }] }),
                new Station("Feeder", Distribution.Exponential(30)) { Inputs = [StationInput.FromSupply(Source.Unlimited)] },
            ],
        };
    }


    private static void AssertScaled(double[] around, double[] shifts, double scale, string what)
    {
        Assert.Equal(around.Length, shifts.Length);
        for (int k = 0; k < around.Length; k++)
        {
            Assert.True(Math.Abs((around[k] * scale) - shifts[k]) <= 1e-9, $"{what}: {shifts[k]} under the calendar, {around[k]} around the clock, which scales by {scale} to {around[k] * scale}");
        }
    }
}
