using System.Collections.Immutable;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using LineSim.Model;
using LineSim.Tests.Plants;
using LineSim.Tests.Properties;

namespace LineSim.Tests.Planning;

/// <summary>
/// Generates small valid serial lines with planning: 2 to 5 stations (now and then of constant whole seconds), buffers
/// of 0 to 3, up to two paced segments (with a place before each), product variants (none, a repeating sequence or
/// random shares) with their own times at some stations and setups (a default time, matrix entries, or both), planned
/// maintenance windows, failures of both
/// modes (repairs instant now and then), a quality check with scrap or rework, an unlimited supply or arrivals, either
/// blocking policy, and a shift calendar: two shifts, three with a night across midnight, a week that starts on Sunday
/// night, or one or two shifts of random days, hours and breaks; holidays; failures counted in working or calendar
/// time. Every choice is drawn from a fixed array of numbers, so a line is a pure function of FsCheck's draws.
/// </summary>
public static class PlanningArbitraries
{
    private const int DrawCount = 200;
    private const double Hour = 3_600;

    private static readonly ImmutableArray<DayOfWeek> s_weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static Arbitrary<PlannedLine> PlannedLines() => Arb.From(Lines);

    public static Gen<PlannedLine> Lines =>
        from draws in Gen.ArrayOf(Gen.Choose(0, 9_999), DrawCount)
        from processing in Gen.ArrayOf(LineArbitraries.ProcessingTime, 5)
        select Build(new Draws(draws), processing);

    private static PlannedLine Build(Draws d, Distribution[] processing)
    {
        int count = d.Int(2, 5);
        string Name(int i) => string.Create(CultureInfo.InvariantCulture, $"S{i}");

        ProductMix? mix = d.Int(0, 2) switch
        {
            0 => null,
            1 => Sequence(d),
            _ => Shares(d),
        };
        string[] variants = mix is null ? [] : [.. mix.Variants];

        // Paced segments: up to two runs of one to three consecutive stations, apart or side by side.
        var segments = new List<PacedSegment>();
        var segmentOf = new int[count];
        Array.Fill(segmentOf, -1);
        int next = 0;
        for (int g = d.Int(0, 2); g > 0 && next < count; g--)
        {
            int first = d.Int(next, count - 1);
            int last = d.Int(first, Math.Min(count - 1, first + 2));
            for (int s = first; s <= last; s++)
            {
                segmentOf[s] = segments.Count;
            }

            segments.Add(new PacedSegment(string.Create(CultureInfo.InvariantCulture, $"P{segments.Count}"), Name(first), Name(last), d.Int(30, 90)));
            next = last + 1 + d.Int(0, 1);
        }

        bool IsSegmentFirst(int s) => segmentOf[s] >= 0 && segments[segmentOf[s]].First == Name(s);

        // Constant whole seconds now and then, so that parts leave exactly at changes of shift, at midnight, at the end
        // of the warm-up.
        bool constant = d.Chance(30);
        var stations = new List<Station>();
        for (int i = 0; i < count; i++)
        {
            Distribution time = constant ? Distribution.Constant(Math.Max(1, Math.Round(processing[i].Mean))) : processing[i];
            stations.Add(WithMaintenance(d, WithVariants(d, new Station(Name(i), time, Failures(d)), variants)));
        }

        // Buffers: none inside a segment, at least one place before a segment's first station.
        var buffers = new List<LineBuffer>();
        for (int i = 0; i + 1 < count; i++)
        {
            if (segmentOf[i] >= 0 && segmentOf[i] == segmentOf[i + 1])
            {
                continue;
            }

            int capacity = d.Int(-1, 3);
            if (IsSegmentFirst(i + 1))
            {
                capacity = Math.Max(1, capacity);
            }

            if (capacity >= 0)
            {
                buffers.Add(new LineBuffer(Name(i), capacity));
            }
        }

        // A quality check; parts that fail are scrapped or sent back to a station where parts may enter.
        if (d.Chance(25))
        {
            int check = d.Int(0, count - 1);
            var quality = new Quality(d.Int(80, 98) / 100.0);
            if (d.Chance(50))
            {
                int to = d.Int(0, check);
                if (segmentOf[to] >= 0)
                {
                    to = int.Parse(segments[segmentOf[to]].First[1..], CultureInfo.InvariantCulture);
                }

                quality = quality with { Rework = [new ReworkRoute(Name(to), d.Int(2, 10) / 10.0)] };
            }

            stations[check] = stations[check] with { Quality = quality };
        }

        Source source = Source.Unlimited;
        if (d.Chance(35))
        {
            int capacity = d.Int(-1, 4);
            source = Source.Arrivals(Distribution.Exponential(d.Int(30, 120)), capacity < 0 ? null : IsSegmentFirst(0) ? Math.Max(1, capacity) : capacity);
        }

        var model = new LineModel
        {
            Name = "Planned",
            TaktTime = 55,
            Stations = [.. stations],
            Buffers = [.. buffers],
            Source = source,
            Blocking = d.Chance(50) ? BlockingPolicy.AfterService : BlockingPolicy.BeforeService,
            Variants = mix,
            Segments = [.. segments],
            Calendar = Calendar(d),
        };

        IReadOnlyList<string> problems = model.Validate();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The generator built an invalid line:" + Environment.NewLine + PlanningText.Describe(model) + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }

        return new PlannedLine(model);
    }

    /// <summary>The station with, for some of <paramref name="variants"/>, times of their own, and now and then setups (a default time, matrix entries, or both).</summary>
    internal static Station WithVariants(Draws d, Station station, string[] variants)
    {
        if (variants.Length == 0)
        {
            return station;
        }

        var byVariant = ImmutableDictionary<string, Distribution>.Empty;
        foreach (string variant in variants)
        {
            if (d.Chance(30))
            {
                byVariant = byVariant.Add(variant, Time(d, d.Int(20, 90)));
            }
        }

        station = station with { ProcessingTimeByVariant = byVariant };
        if (d.Chance(40))
        {
            Distribution? byDefault = d.Chance(70) ? Time(d, d.Int(5, 60)) : null;
            // A change from a variant to itself never happens, and of two entries for one change the first counts: the
            // model takes both and ignores them, a scenario file refuses them, so they are left out.
            ImmutableArray<ChangeoverTime> matrix = [.. Enumerable.Range(0, d.Int(0, 2)).Select(_ => new ChangeoverTime(variants[d.Int(0, variants.Length - 1)], variants[d.Int(0, variants.Length - 1)], Time(d, d.Int(0, 90))))
                .Where(change => change.From != change.To).DistinctBy(change => (change.From, change.To))];
            station = station with { Setup = new Changeover(byDefault) { Matrix = matrix } };
        }

        return station;
    }

    /// <summary>The station, now and then with a planned maintenance window.</summary>
    internal static Station WithMaintenance(Draws d, Station station) => d.Chance(30)
        ? station with { Maintenance = [new MaintenanceWindow(d.Int(0, 48) * 1_800, d.Int(4, 40) * 1_800, d.Int(1, 8) * 600)] }
        : station;

    private static string Variant(int k) => ((char)('A' + k)).ToString();

    /// <summary>A repeating sequence of one to five parts of up to three variants.</summary>
    internal static ProductMix Sequence(Draws d) => ProductMix.BySequence([.. Enumerable.Range(0, d.Int(1, 5)).Select(_ => Variant(d.Int(0, 2)))]);

    /// <summary>Two or three variants with shares in tenths.</summary>
    internal static ProductMix Shares(Draws d)
    {
        if (d.Chance(50))
        {
            int a = d.Int(1, 9);
            return ProductMix.ByShares(new VariantShare("A", a / 10.0), new VariantShare("B", (10 - a) / 10.0));
        }

        int first = d.Int(1, 8);
        int second = d.Int(1, 9 - first);
        return ProductMix.ByShares(new VariantShare("A", first / 10.0), new VariantShare("B", second / 10.0), new VariantShare("C", (10 - first - second) / 10.0));
    }

    /// <summary>A time of mean <paramref name="mean"/> seconds: constant, uniform or exponential.</summary>
    internal static Distribution Time(Draws d, double mean) => d.Int(0, 2) switch
    {
        0 => Distribution.Constant(mean),
        1 => mean > 0 ? Distribution.Uniform(mean / 2, mean * 1.5) : Distribution.Constant(0),
        _ => mean > 0 ? Distribution.Exponential(mean) : Distribution.Constant(0),
    };

    private static FailureModel? Failures(Draws d)
    {
        if (!d.Chance(35))
        {
            return null;
        }

        double mtbf = d.Int(1_000, 8_000);
        double mttr = d.Int(20, 300);
        Distribution timeToFailure = d.Chance(50) ? Distribution.Exponential(mtbf) : Distribution.Weibull(1.5, mtbf);
        Distribution timeToRepair = d.Chance(25) ? Distribution.Constant(0) : Time(d, mttr);
        return new FailureModel(timeToFailure, timeToRepair, d.Chance(50) ? FailureMode.OperationDependent : FailureMode.TimeDependent);
    }

    internal static ShiftCalendar? Calendar(Draws d)
    {
        ShiftCalendar? calendar = d.Int(0, 9) switch
        {
            <= 3 => null,
            4 => ShiftCalendar.TwoShiftsFiveDays,
            5 => new ShiftCalendar(
            [
                new Shift("Early", s_weekdays, 6 * Hour, 8 * Hour),
                new Shift("Late", s_weekdays, 14 * Hour, 8 * Hour),
                new Shift("Night", s_weekdays, 22 * Hour, 8 * Hour),
            ]),
            6 => new ShiftCalendar(
            [
                new Shift("Night", [DayOfWeek.Sunday, .. s_weekdays[..4]], 22 * Hour, 8 * Hour),
                new Shift("Early", s_weekdays, 6 * Hour, 8 * Hour) { Breaks = [new ShiftBreak(4 * Hour, 1_800)] },
                new Shift("Late", s_weekdays, 14 * Hour, 8 * Hour),
            ]),
            _ => RandomShifts(d),
        };
        if (calendar is null)
        {
            return null;
        }

        if (d.Chance(30))
        {
            calendar = calendar with { Holidays = [.. Enumerable.Range(0, d.Int(1, 2)).Select(_ => d.Int(0, 13)).Distinct()] };
        }

        return calendar with { FailuresInWorkingTimeOnly = d.Chance(50) };
    }

    /// <summary>One shift, or two one after the other, on random days, from a random hour (past midnight, too), with a break or not.</summary>
    private static ShiftCalendar RandomShifts(Draws d)
    {
        int mask = d.Int(1, 127);
        ImmutableArray<DayOfWeek> days = [.. Enumerable.Range(0, 7).Where(k => (mask & (1 << k)) != 0).Select(k => (DayOfWeek)k)];
        int start = d.Int(0, 20);
        int length = d.Int(4, 10);
        var shifts = new List<Shift> { WithBreak(d, new Shift("One", days, start * Hour, length * Hour)) };
        int gap = d.Int(0, 3);
        if (start + length + gap < 24 && length + gap <= 20 && d.Chance(50))
        {
            shifts.Add(WithBreak(d, new Shift("Two", days, (start + length + gap) * Hour, d.Int(2, Math.Min(10, 24 - length - gap)) * Hour)));
        }

        return new ShiftCalendar([.. shifts]);
    }

    private static Shift WithBreak(Draws d, Shift shift) => d.Chance(50)
        ? shift with { Breaks = [new ShiftBreak(d.Int(1, (int)(shift.Length / Hour) - 1) * Hour, d.Int(10, 45) * 60)] }
        : shift;
}
