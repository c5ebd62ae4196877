using System.Collections.Immutable;
using FsCheck.Xunit;
using LineSim.Model;
using LineSim.Results;
using LineSim.Tests.Network;
using LineSim.Tests.Plants;

namespace LineSim.Tests.Planning;

/// <summary>
/// Laws every line with planning obeys on every sample path, checked over generated lines (<see cref="PlanningArbitraries"/>):
/// every law of a result (<see cref="ResultLaws"/>), and those of planning on a line: nothing moves off shift, variants
/// follow the sequence or the shares, the calendar's outputs add up, segments pass parts on. FsCheck replays a fixed
/// seed, so the lines and, through the generated seed and run, the runs are the same on every run.
/// </summary>
public sealed class PlanningLawTests
{
    private const string Replay = "(1618033,2718281829)";
    private const double Hour = 3_600;
    private const double Day = 86_400;

    /// <summary>Warm-ups and windows: none; ending off shift before the first shift (Monday 01:00); on Tuesday 06:00, at a shift's start; within a night.</summary>
    private static readonly (double Warmup, double Duration)[] s_runs = [(0, 26 * Hour), (Hour, 40 * Hour), (30 * Hour, 20 * Hour), (Day + 1_800, Day)];

    private static SimulationOptions Options(int seed, byte run, int replications = 2) => new()
    {
        Seed = seed,
        Replications = replications,
        Warmup = s_runs[run % s_runs.Length].Warmup,
        Duration = s_runs[run % s_runs.Length].Duration,
        MaxDegreeOfParallelism = 1,
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
    /// Every law of a result (<see cref="ResultLaws"/>), for every replication, its working time by the brute-force scan
    /// of the calendar; and of paced segments on a line: from an empty line every part that leaves passed every segment,
    /// entering at one index and leaving at the one after its L stations, so parts out are at most the indexes less L,
    /// and so never more than working time over takt.
    /// </summary>
    [Property(MaxTest = 100, Arbitrary = [typeof(PlanningArbitraries)], Replay = Replay)]
    public void Run_AnyPlannedLine_ObeysEveryLawOfAResult(PlannedLine line, int seed, byte run)
    {
        SimulationOptions options = Options(seed, run);

        SimulationResult result = ResultLaws.RunAndHold(line.Model, options);

        foreach (ReplicationResult r in options.Warmup == 0 ? result.ReplicationResults : [])
        {
            for (int g = 0; g < r.Segments.Length; g++)
            {
                PacedSegment segment = line.Model.Segments[g];
                int stations = line.Model.IndexOf(segment.Last) - line.Model.IndexOf(segment.First) + 1;
                Assert.True(r.PartsOut <= Math.Max(0, r.Segments[g].Indexes - stations), $"{r.PartsOut} parts out, {r.Segments[g].Indexes} indexes of {stations} stations");
                Assert.True(r.PartsOut <= r.WorkingTime / segment.TaktTime, $"{r.PartsOut} parts out in {r.WorkingTime} s of working time at a takt of {segment.TaktTime} s");
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

        var work = new CalendarScan(model.Calendar!, result.EndTime);
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
    /// Parts take the variants of the sequence in the order they enter the line, so the variants of the parts that leave
    /// are those of their places in that order, whatever overtakes what: OutputByVariant counts them. The order is the
    /// logged entry times', and the variant of the k-th part the sequence's k-th, not the engine's part numbers. Lines with
    /// shares or no variants get a sequence (from the shares, in tenths); a quality check at the last station scraps
    /// instead of sending parts back, so that each part leaves it once.
    /// </summary>
    [Property(MaxTest = 100, Arbitrary = [typeof(PlanningArbitraries)], Replay = Replay)]
    public void Run_SequenceOfVariants_OutputByVariantFollowsTheSequenceExactly(PlannedLine line, int seed)
    {
        LineModel model = WithSequence(WithoutReworkAtTheEnd(line.Model));
        Assert.Empty(model.Validate());
        ImmutableArray<string> sequence = model.Variants!.Sequence;
        var log = new PartFlowLog();

        ReplicationResult result = Simulation.Create(model, new SimulationOptions { Seed = seed, Replications = 1, Duration = 26 * Hour }, log).RunReplication(0);

        long[] entryOrder = [.. log.Entered.OrderBy(entry => entry.Value).ThenBy(entry => entry.Key).Select(entry => entry.Key)];
        var expected = model.Variants.Variants.ToDictionary(v => v, _ => 0L);
        for (int k = 0; k < entryOrder.Length; k++)
        {
            if (log.Left.ContainsKey(entryOrder[k]))
            {
                expected[sequence[k % sequence.Length]]++;
            }
        }

        Assert.Equal(result.PartsOut, expected.Values.Sum());
        Assert.Equal(model.Variants.Variants.Select(v => new VariantOutput(v, expected[v])), result.OutputByVariant);
    }

    /// <summary>
    /// A random mix: each part draws its variant, so from an empty line the parts out of each variant are binomial but
    /// for those still in the line or scrapped: the variant law of <see cref="ResultLaws"/>, here for every line. Lines
    /// with a sequence or no variants get shares.
    /// </summary>
    [Property(MaxTest = 100, Arbitrary = [typeof(PlanningArbitraries)], Replay = Replay)]
    public void Run_RandomMix_OutputByVariantWithinBinomialBounds(PlannedLine line, int seed, byte run)
    {
        LineModel model = WithShares(line.Model);
        Assert.Empty(model.Validate());

        ResultLaws.RunAndHold(model, Options(seed, run) with { Warmup = 0 });
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

        ResultLaws.Hold(model, options, Run(model, options));

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

    [Property(MaxTest = 40, Arbitrary = [typeof(PlanningArbitraries)], Replay = Replay)]
    public void Run_SameSeedOnOneThreadOrFour_GivesBitIdenticalResults(PlannedLine line, int seed, byte run) =>
        ResultLaws.AreReproducible(line.Model, Options(seed, run, replications: 4));

    /// <summary>The line with a repeating sequence: its own, or one from its shares (each variant as many times as its tenths), or A B B.</summary>
    internal static LineModel WithSequence(LineModel model) => model.Variants switch
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
            foreach (Shift shift in calendar.Shifts.Where(shift => shift.Days.Contains(CalendarScan.DayOf(day))))
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
        var work = new CalendarScan(calendar, end + Day);
        return Enumerable.Range(0, (int)Math.Ceiling(end / Day))
            .SelectMany(day => calendar.Shifts.Where(shift => shift.Days.Contains(CalendarScan.DayOf(day))).Select(shift => (shift.Name, Start: (day * Day) + shift.Start, shift.Length)))
            .Where(shift => shift.Start < end && work.WorkingBetween(shift.Start, shift.Start + shift.Length) > 0)
            .OrderBy(shift => shift.Start)
            .Select(shift => (shift.Name, shift.Start));
    }
}
