using System.Collections.Immutable;
using FsCheck.Xunit;
using LineSim.Execution;
using LineSim.Model;
using LineSim.Results;
using LineSim.Tests.Network;
using LineSim.Tests.Properties;

namespace LineSim.Tests.Planning;

/// <summary>
/// Laws every line with planning obeys on every sample path, checked over generated lines (<see cref="PlanningArbitraries"/>):
/// states and time, working time, conservation, variants, calendar outputs, segments, determinism. FsCheck replays a
/// fixed seed, so the lines and, through the generated seed and run, the runs are the same on every run.
/// </summary>
public sealed class PlanningLawTests
{
    private const string Replay = "(1618033,2718281829)";
    private const double Hour = 3_600;
    private const double Day = 86_400;

    /// <summary>Warm-ups and windows: none; ending off shift before the first shift (Monday 01:00); on Tuesday 06:00, at a shift's start; within a night.</summary>
    private static readonly (double Warmup, double Duration)[] s_runs = [(0, 26 * Hour), (Hour, 40 * Hour), (30 * Hour, 20 * Hour), (Day + 1_800, Day)];

    private static SimulationOptions Options(int seed, byte run, int replications = 2, int threads = 1) => new()
    {
        Seed = seed,
        Replications = replications,
        Warmup = s_runs[run % s_runs.Length].Warmup,
        Duration = s_runs[run % s_runs.Length].Duration,
        MaxDegreeOfParallelism = threads,
    };

    private static SimulationResult Run(LineModel line, SimulationOptions options) => Simulation.Create(line, options).Run();

    /// <summary>Runs replication 0 from time 0 with no warm-up, so that every part that leaves is in the window, and logs every departure.</summary>
    private static (ReplicationResult Result, DepartureLog Log) RunLogged(LineModel line, int seed, double duration)
    {
        var log = new DepartureLog();
        ReplicationResult result = Simulation.Create(line, new SimulationOptions { Seed = seed, Replications = 1, Warmup = 0, Duration = duration }).RunReplication(0, log);
        return (result, log);
    }

    /// <summary>
    /// Every station is working, starved, blocked, down, in setup or off shift, so the fractions are fractions that sum
    /// to one; maintenance is part of down; a station without setups, maintenance or failures spends no time in them;
    /// time off shift is the window less its working time, which is the calendar's exactly; and parts are conserved.
    /// </summary>
    [Property(MaxTest = 100, Arbitrary = [typeof(PlanningArbitraries)], Replay = Replay)]
    public void Run_AnyPlannedLine_StateFractionsSumToOneAndPartsAreConserved(PlannedLine line, int seed, byte run)
    {
        SimulationOptions options = Options(seed, run);
        SimulationResult result = Run(line.Model, options);

        double workingTime = options.Duration!.Value;
        if (line.Model.Calendar is { } calendar)
        {
            var work = new WorkCalendar(calendar);
            workingTime = work.ToWorking(options.Warmup + options.Duration.Value) - work.ToWorking(options.Warmup);
        }

        foreach (ReplicationResult r in result.ReplicationResults)
        {
            Assert.Equal(options.Duration.Value, r.ObservedTime, 6);
            Assert.Equal(workingTime, r.WorkingTime, 6);
            Assert.Equal(r.Released, r.Completed + r.Scrapped + r.Assembled + r.WorkInProcessAtEnd);
            Assert.InRange(r.PartsOut, 0, r.Completed);
            Assert.Equal(line.Model.Variants is null ? 0 : r.PartsOut, r.OutputByVariant.Sum(v => v.Parts));
            for (int i = 0; i < r.Stations.Length; i++)
            {
                Station model = line.Model.Stations[i];
                StationStatistics s = r.Stations[i];
                double[] fractions = [s.Working, s.Starved, s.Blocked, s.Down, s.Setup, s.OffShift, s.Maintenance];
                Assert.All(fractions, fraction => Assert.InRange(fraction, -1e-12, 1 + 1e-12));
                Assert.Equal(1, s.Working + s.Starved + s.Blocked + s.Down + s.Setup + s.OffShift, 9);
                Assert.True(s.Maintenance <= s.Down + 1e-9, $"{s.Name}: maintenance {s.Maintenance} is more than down {s.Down}");
                Assert.Equal(1 - (r.WorkingTime / r.ObservedTime), s.OffShift, 9);
                if (model.Setup is null || line.Model.Variants is not { Variants.Length: > 1 })
                {
                    Assert.Equal(0, s.Setup);
                }

                if (model.Maintenance.IsEmpty)
                {
                    Assert.Equal(0, s.Maintenance);
                    if (model.Failures is null)
                    {
                        Assert.Equal(0, s.Down);
                    }
                }

                if (model.Failures is null)
                {
                    Assert.Equal(0, s.Failures);
                }
            }
        }
    }

    /// <summary>
    /// Outside working time nothing moves: every part leaves every station at a calendar time within working time (at
    /// the end of a shift at the latest). Lines without a calendar of their own get two shifts.
    /// </summary>
    [Property(MaxTest = 100, Arbitrary = [typeof(PlanningArbitraries)], Replay = Replay)]
    public void Run_AnyPlannedLine_NoPartMovesOutsideWorkingTime(PlannedLine line, int seed, byte run)
    {
        LineModel model = line.Model with { Calendar = line.Model.Calendar ?? ShiftCalendar.TwoShiftsFiveDays };
        var log = new DepartureLog();
        ReplicationResult result = Simulation.Create(model, Options(seed, run, replications: 1)).RunReplication(0, log);

        var work = new WorkCalendar(model.Calendar!);
        for (int s = 0; s < model.Stations.Length; s++)
        {
            foreach (long part in log.PartsFrom(s))
            {
                foreach (double time in log.Of(s, part))
                {
                    Assert.True(work.IsWorking(time), $"part {part} left {model.Stations[s].Name} at {time} s, day {Math.Floor(time / Day)} {time % Day / Hour:F4} h, off shift");
                    Assert.True(time <= result.EndTime + 1e-6, $"part {part} left {model.Stations[s].Name} at {time} s, after the run's end {result.EndTime}");
                }
            }
        }
    }

    /// <summary>
    /// Parts take the variants of the sequence in the order they enter, so the variants of the parts that leave are
    /// exactly those of their numbers, whatever overtakes what: OutputByVariant counts them. Lines with shares or no
    /// variants get a sequence (from the shares, in tenths); a quality check at the last station scraps instead of
    /// sending parts back, so that each part leaves it once.
    /// </summary>
    [Property(MaxTest = 100, Arbitrary = [typeof(PlanningArbitraries)], Replay = Replay)]
    public void Run_SequenceOfVariants_OutputByVariantFollowsTheSequenceExactly(PlannedLine line, int seed)
    {
        LineModel model = WithSequence(WithoutReworkAtTheEnd(line.Model));
        Assert.Empty(model.Validate());
        ImmutableArray<string> sequence = model.Variants!.Sequence;

        (ReplicationResult result, DepartureLog log) = RunLogged(model, seed, duration: 26 * Hour);

        int exit = model.Stations.Length - 1;
        var expected = model.Variants.Variants.ToDictionary(v => v, _ => 0L);
        foreach (long part in log.PartsFrom(exit))
        {
            expected[sequence[(int)(part % sequence.Length)]] += log.Of(exit, part).Count;
        }

        Assert.Equal(result.PartsOut, expected.Values.Sum());
        Assert.Equal(model.Variants.Variants.Select(v => new VariantOutput(v, expected[v])), result.OutputByVariant);
    }

    /// <summary>
    /// A random mix: each part draws its variant, so the parts out of each variant are binomial, given how many left,
    /// but for the parts the window's end catches in process (a slower variant lags). Within five standard deviations,
    /// plus the parts in process. Lines with a sequence or no variants get shares.
    /// </summary>
    [Property(MaxTest = 100, Arbitrary = [typeof(PlanningArbitraries)], Replay = Replay)]
    public void Run_RandomMix_OutputByVariantWithinBinomialBounds(PlannedLine line, int seed, byte run)
    {
        LineModel model = WithShares(line.Model);
        Assert.Empty(model.Validate());

        SimulationResult result = Run(model, Options(seed, run));

        foreach (ReplicationResult r in result.ReplicationResults)
        {
            foreach (VariantShare share in model.Variants!.Shares)
            {
                long parts = r.OutputByVariant.Single(v => v.Variant == share.Variant).Parts;
                double mean = r.PartsOut * share.Share;
                double bound = (5 * Math.Sqrt(mean * (1 - share.Share))) + r.WorkInProcessAtEnd + 1;
                Assert.True(Math.Abs(parts - mean) <= bound, $"{parts} parts of {share.Variant} out of {r.PartsOut}, expected {mean} within {bound}");
            }
        }
    }

    /// <summary>
    /// With a calendar, the output per day and per week sums to the parts out, one entry per day and week of the window.
    /// Each shift that began in the window and has working time is listed with the parts that left during it (at a
    /// change of shift, the shift ending): the shifts' outputs sum to the parts out but for those made in a shift that
    /// began before the window. Checked against the departures from the last station, day by day and shift by shift.
    /// </summary>
    [Property(MaxTest = 100, Arbitrary = [typeof(PlanningArbitraries)], Replay = Replay)]
    public void Run_AnyCalendar_OutputPerDayWeekAndShiftAddUpToThePartsOut(PlannedLine line, int seed, byte run)
    {
        LineModel model = WithoutReworkAtTheEnd(line.Model with { Calendar = line.Model.Calendar ?? ShiftCalendar.TwoShiftsFiveDays });
        SimulationOptions options = Options(seed, run);

        SimulationResult result = Run(model, options);

        foreach (ReplicationResult r in result.ReplicationResults)
        {
            Assert.Equal(r.PartsOut, r.OutputPerDay.Sum());
            Assert.Equal(r.PartsOut, r.OutputPerWeek.Sum());
            Assert.Equal((int)Math.Ceiling(r.ObservedTime / Day), r.OutputPerDay.Length);
            Assert.Equal((int)Math.Ceiling(r.ObservedTime / (7 * Day)), r.OutputPerWeek.Length);
            Assert.InRange(r.OutputPerShift.Sum(shift => shift.Parts), 0, r.PartsOut);
        }

        // From time 0, every departure from the last station is in the window.
        double duration = options.Duration!.Value;
        (ReplicationResult logged, DepartureLog log) = RunLogged(model, seed, duration);
        int exit = model.Stations.Length - 1;
        var perDay = new long[(int)Math.Ceiling(duration / Day)];
        var perShift = new Dictionary<double, long>();
        long beforeTheWindow = 0;
        foreach (long part in log.PartsFrom(exit))
        {
            foreach (double time in log.Of(exit, part))
            {
                perDay[Math.Max(0, (int)Math.Ceiling(time / Day) - 1)]++;
                (string Name, double Start) shift = ShiftAt(model.Calendar!, time) ?? throw new InvalidOperationException($"part {part} left at {time} s, in no shift");
                if (shift.Start < 0)
                {
                    beforeTheWindow++;
                }
                else
                {
                    perShift[shift.Start] = perShift.GetValueOrDefault(shift.Start) + 1;
                }
            }
        }

        Assert.Equal(perDay, logged.OutputPerDay.ToArray());
        Assert.Equal(ShiftsWithWork(model.Calendar!, duration).Select(s => new ShiftOutput(s.Name, s.Start, perShift.GetValueOrDefault(s.Start))), logged.OutputPerShift);
        Assert.Equal(logged.PartsOut - beforeTheWindow, logged.OutputPerShift.Sum(shift => shift.Parts));
    }

    /// <summary>
    /// A paced segment indexes at most once a takt of working time, and no more often late than at all; it stops past
    /// its takt for one cause at a time, for at most the working time. From an empty line every part that leaves passed
    /// every segment, entering at one index and leaving at the one after its L stations: parts out are at most the
    /// indexes less L, and so never more than working time over takt.
    /// </summary>
    [Property(MaxTest = 100, Arbitrary = [typeof(PlanningArbitraries)], Replay = Replay)]
    public void Run_AnyPacedSegment_IndexesAtMostOnceATaktAndStopsForAtMostTheWorkingTime(PlannedLine line, int seed, byte run)
    {
        SimulationOptions options = Options(seed, run);
        SimulationResult result = Run(line.Model, options);

        foreach (ReplicationResult r in result.ReplicationResults)
        {
            Assert.Equal(line.Model.Segments.Length, r.Segments.Length);
            for (int g = 0; g < r.Segments.Length; g++)
            {
                PacedSegment model = line.Model.Segments[g];
                SegmentStatistics segment = r.Segments[g];
                Assert.Equal(model.Name, segment.Name);
                Assert.InRange(segment.LateIndexes, 0, segment.Indexes);
                double[] stops = [segment.StoppedBusy, segment.StoppedFailure, segment.StoppedStarved, segment.StoppedBlocked];
                Assert.All(stops, stop => Assert.InRange(stop, -1e-12, 1 + 1e-12));
                Assert.InRange(stops.Sum(), 0, 1 + 1e-9);
                Assert.True(segment.Indexes <= Math.Floor((r.WorkingTime / model.TaktTime) + 1e-9) + 1, $"{segment.Indexes} indexes in {r.WorkingTime} s of working time at a takt of {model.TaktTime} s");
                if (options.Warmup == 0)
                {
                    int stations = line.Model.IndexOf(model.Last) - line.Model.IndexOf(model.First) + 1;
                    Assert.True(r.PartsOut <= Math.Max(0, segment.Indexes - stations), $"{r.PartsOut} parts out, {segment.Indexes} indexes of {stations} stations");
                    Assert.True(r.PartsOut <= r.WorkingTime / model.TaktTime, $"{r.PartsOut} parts out in {r.WorkingTime} s of working time at a takt of {model.TaktTime} s");
                }
            }
        }
    }

    [Property(MaxTest = 50, Arbitrary = [typeof(PlanningArbitraries)], Replay = Replay)]
    public void Run_SameSeed_GivesBitIdenticalResults(PlannedLine line, int seed, byte run)
    {
        SimulationResult first = Run(line.Model, Options(seed, run));
        SimulationResult second = Run(line.Model, Options(seed, run));

        Assert.Equal(Fingerprint(first), Fingerprint(second));
    }

    [Property(MaxTest = 30, Arbitrary = [typeof(PlanningArbitraries)], Replay = Replay)]
    public void Run_OneOrFourThreads_GivesBitIdenticalResults(PlannedLine line, int seed, byte run)
    {
        SimulationResult serial = Run(line.Model, Options(seed, run, replications: 4, threads: 1));
        SimulationResult parallel = Run(line.Model, Options(seed, run, replications: 4, threads: 4));

        Assert.Equal(Fingerprint(serial), Fingerprint(parallel));
    }

    /// <summary>The summary's figures and each replication's, field by field.</summary>
    private static List<string> Fingerprint(SimulationResult result)
    {
        List<string> lines = ResultFingerprint.Of(result with { ReplicationResults = [] });
        foreach (ReplicationResult replication in result.ReplicationResults)
        {
            lines.AddRange(ResultFingerprint.Of(replication));
        }

        return lines;
    }

    /// <summary>The line with a repeating sequence: its own, or one from its shares (each variant as many times as its tenths), or A B B.</summary>
    private static LineModel WithSequence(LineModel model) => model.Variants switch
    {
        { Sequence.IsDefaultOrEmpty: false } => model,
        { } shares => model with { Variants = ProductMix.BySequence([.. shares.Shares.SelectMany(s => Enumerable.Repeat(s.Variant, (int)Math.Round(s.Share * 10)))]) },
        null => model with { Variants = ProductMix.BySequence("A", "B", "B") },
    };

    /// <summary>The line with random shares: its own, or its sequence's variants in equal tenths (the last taking what is left), or A 0.3, B 0.7.</summary>
    private static LineModel WithShares(LineModel model)
    {
        if (model.Variants is { Sequence.IsDefaultOrEmpty: true })
        {
            return model;
        }

        if (model.Variants is not { } sequence)
        {
            return model with { Variants = ProductMix.ByShares(new VariantShare("A", 0.3), new VariantShare("B", 0.7)) };
        }

        string[] variants = [.. sequence.Variants];
        int tenths = 10 / variants.Length;
        return model with
        {
            Variants = ProductMix.ByShares([.. variants.Select((v, k) => new VariantShare(v, (k < variants.Length - 1 ? tenths : 10 - (tenths * (variants.Length - 1))) / 10.0))]),
        };
    }

    /// <summary>The line with the last station's quality check, if any, scrapping the parts that fail instead of sending them back.</summary>
    private static LineModel WithoutReworkAtTheEnd(LineModel model) => model.Stations[^1].Quality is { Rework.IsEmpty: false } quality
        ? model with { Stations = [.. model.Stations[..^1], model.Stations[^1] with { Quality = quality with { Rework = [] } }] }
        : model;

    /// <summary>The shift running at calendar time <paramref name="time"/>, its name and start; at a change of shift, the one ending (the earlier start).</summary>
    private static (string Name, double Start)? ShiftAt(ShiftCalendar calendar, double time)
    {
        (string Name, double Start)? running = null;
        int today = (int)Math.Floor(time / Day);
        for (int day = today - 1; day <= today; day++)
        {
            foreach (Shift shift in calendar.Shifts.Where(shift => shift.Days.Contains(DayOf(day))))
            {
                double start = (day * Day) + shift.Start;
                if (time >= start && time <= start + shift.Length && (running is null || start < running.Value.Start))
                {
                    running = (shift.Name, start);
                }
            }
        }

        return running;
    }

    /// <summary>The shifts that start in [0, <paramref name="end"/>) and hold working time (not all holiday, not all break), in order of start.</summary>
    private static IEnumerable<(string Name, double Start)> ShiftsWithWork(ShiftCalendar calendar, double end)
    {
        var work = new WorkCalendar(calendar);
        return Enumerable.Range(0, (int)Math.Ceiling(end / Day))
            .SelectMany(day => calendar.Shifts.Where(shift => shift.Days.Contains(DayOf(day))).Select(shift => (shift.Name, Start: (day * Day) + shift.Start, shift.Length)))
            .Where(shift => shift.Start < end && work.ToWorking(shift.Start + shift.Length) > work.ToWorking(shift.Start))
            .OrderBy(shift => shift.Start)
            .Select(shift => (shift.Name, shift.Start));
    }

    /// <summary>Day 0 of a run is a Monday; day -1 the Sunday before.</summary>
    private static DayOfWeek DayOf(int day) => (DayOfWeek)((((day % 7) + 7) % 7 + 1) % 7);
}
