using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using LineSim.Model;
using LineSim.Tests.Network;
using LineSim.Tests.Planning;
using LineSim.Tests.Properties;

namespace LineSim.Tests.Plants;

/// <summary>
/// Generates plants with every feature of the model at once, and a run for each: one to three feeder lines from
/// unlimited supplies or arrivals, merging at an assembly station (with a quality check, scrap or rework, on a feeder
/// just before it, now and then) or a first-available join, or both (two joining, fitted to the third); then, each
/// optional, a cell, a paced segment, a split by probability, round robin, first with space or variant into two stations
/// that join again, and a quality check with scrap and rework (back along the main line or at a rework station); and a
/// last station, which may sort parts (by variant, or round robin) to two exits. Links are buffers or
/// conveyors; stations fail in either mode, some through a repair crew; carriers ride along the main line; variants
/// come in a sequence or by shares, with times of their own and setups; a shift calendar (breaks, holidays, failures in
/// working or calendar time) and planned maintenance; stations with two failure profiles and stops after a count of parts
/// (some of one variant); exits pulled on a schedule; either blocking policy. Runs have no warm-up, or one that ends
/// within working time, or outside it; they last a duration or a number of parts. Every choice is drawn from a fixed
/// array of numbers, so a case is a pure function of FsCheck's draws.
/// </summary>
/// <remarks>
/// Every feature added to LineSim from now on joins this generator (and <see cref="PlantFeature"/>), so that the laws
/// of <see cref="ResultLaws"/> hold for it together with every other feature, and the pair test shows that its cases
/// meet each of the others.
/// </remarks>
public static class AllFeaturePlants
{
    private const int DrawCount = 300;
    private const double Week = 7 * 86_400;

    public static Arbitrary<PlantCase> Cases() => Arb.From(Case);

    public static Gen<PlantCase> Case =>
        from draws in Gen.ArrayOf(Gen.Choose(0, 9_999), DrawCount)
        from processing in Gen.ArrayOf(LineArbitraries.ProcessingTime, 24)
        select Build(new Draws(draws), processing);

    private static PlantCase Build(Draws d, Distribution[] processing)
    {
        var stations = new List<Station>();
        var buffers = new List<LineBuffer>();
        var spine = new List<string>();
        var inSegment = new HashSet<string>(StringComparer.Ordinal);
        int time = 0;
        bool crew = d.Chance(40);
        bool maintenance = d.Chance(35);
        bool profiles = d.Chance(50);
        bool stops = d.Chance(50);
        ProductMix? mix = d.Int(0, 9) switch
        {
            <= 2 => null,
            <= 6 => PlanningArbitraries.Sequence(d),
            _ => PlanningArbitraries.Shares(d),
        };
        string[] variants = mix is null ? [] : [.. mix.Variants];

        Station NewStation(string name)
        {
            var station = new Station(name, processing[time++ % processing.Length], PlantArbitraries.Failures(d, crew));
            station = PlanningArbitraries.WithVariants(d, station, variants);
            station = StoppageArbitraries.With(d, station, profiles, stops, crew, variants);
            return maintenance ? PlanningArbitraries.WithMaintenance(d, station) : station;
        }

        // Feeder lines, merging at an assembly station or a join.
        int feeders = d.Int(1, 3);
        var ends = new string[feeders];
        for (int f = 0; f < feeders; f++)
        {
            int length = d.Int(1, 2);
            for (int j = 0; j < length; j++)
            {
                string name = string.Create(CultureInfo.InvariantCulture, $"F{f}S{j}");
                Station station = NewStation(name);
                stations.Add(j == 0 ? station with { Inputs = [StationInput.FromSupply(Supply(d))] } : PlantArbitraries.Follow(d, station, stations[^1].Name, buffers));
                if (feeders == 1)
                {
                    spine.Add(name);
                }
            }

            ends[f] = stations[^1].Name;
        }

        if (feeders == 3 && d.Chance(35))
        {
            // The last two feeder lines join first, and the join's parts are fitted to the first feeder line's.
            stations.Add(NewStation("Pair") with { Merge = MergeRule.FirstAvailable, Inputs = [PlantArbitraries.Link(d, ends[1]), PlantArbitraries.Link(d, ends[2])] });
            ends = [ends[0], "Pair"];
            feeders = 2;
        }

        if (feeders > 1)
        {
            MergeRule rule = d.Chance(65) ? MergeRule.Assembly : MergeRule.FirstAvailable;
            if (rule == MergeRule.Assembly && d.Chance(50))
            {
                // A check at the end of a feeder line: what it scraps or sends back leaves a gap in that feeder's sequence.
                int f = d.Int(0, feeders - 1);
                var quality = new Quality(d.Int(70, 95) / 100.0);
                if (d.Chance(50))
                {
                    string back = ends[f] == "Pair" ? "Pair" : string.Create(CultureInfo.InvariantCulture, $"F{f}S0");
                    quality = quality with { Rework = [new ReworkRoute(back, d.Int(2, 10) / 10.0)] };
                }

                int end = stations.FindIndex(s => s.Name == ends[f]);
                stations[end] = stations[end] with { Quality = quality };
            }

            stations.Add(NewStation("Merge") with
            {
                Servers = d.Int(1, 2),
                Merge = rule,
                Inputs = [.. ends.Select((end, k) => PlantArbitraries.Link(d, end) with { Quantity = rule == MergeRule.Assembly && k > 0 ? d.Int(1, 2) : 1 })],
            });
            spine.Add("Merge");
        }

        if (d.Chance(45))
        {
            stations.Add(PlantArbitraries.Follow(d, NewStation("Cell") with { Servers = d.Int(2, 3) }, stations[^1].Name, buffers));
            spine.Add("Cell");
        }

        var segments = new List<PacedSegment>();
        if (d.Chance(40))
        {
            int length = d.Int(2, 3);
            for (int k = 0; k < length; k++)
            {
                string name = string.Create(CultureInfo.InvariantCulture, $"P{k}");
                Station station = NewStation(name);
                stations.Add(k == 0 ? FollowWithRoom(d, station, stations[^1].Name, buffers) : station);
                spine.Add(name);
                if (k > 0)
                {
                    inSegment.Add(name);
                }
            }

            segments.Add(new PacedSegment("Paced", "P0", spine[^1], d.Int(40, 90)));
        }

        if (d.Chance(45))
        {
            Routing routing = d.Int(0, 3) switch
            {
                0 when variants.Length > 0 => new Routing(RoutingRule.ByVariant,
                [
                    new RouteTarget("PA") { Variants = [.. Subset(d, variants)] },
                    new RouteTarget("PB"),
                ]),
                0 or 1 => Routing.ByProbability(new RouteTarget("PA", d.Int(1, 9) / 10.0), new RouteTarget("PB", 0)),
                2 => new Routing(RoutingRule.RoundRobin),
                _ => new Routing(RoutingRule.FirstWithSpace),
            };
            if (routing.Rule == RoutingRule.Probability)
            {
                double p = routing.Targets[0].Probability;
                routing = Routing.ByProbability(new RouteTarget("PA", p), new RouteTarget("PB", 1 - p));
            }

            stations.Add(PlantArbitraries.Follow(d, NewStation("Split") with { Routing = routing }, stations[^1].Name, buffers));
            stations.Add(NewStation("PA") with { Inputs = [PlantArbitraries.Link(d, "Split")] });
            stations.Add(NewStation("PB") with { Inputs = [PlantArbitraries.Link(d, "Split")] });
            stations.Add(NewStation("Join") with { Merge = MergeRule.FirstAvailable, Inputs = [PlantArbitraries.Link(d, "PA"), PlantArbitraries.Link(d, "PB")] });
            spine.Add("Split");
            spine.Add("Join");
        }

        stations.Add(PlantArbitraries.Follow(d, NewStation("Out"), stations[^1].Name, buffers));
        spine.Add("Out");
        if (d.Chance(35))
        {
            // Two exits, sorted by variant now and then.
            Routing sort = variants.Length > 0 && d.Chance(60)
                ? new Routing(RoutingRule.ByVariant, [new RouteTarget("ExitA") { Variants = [.. Subset(d, variants)] }, new RouteTarget("ExitB")])
                : new Routing(RoutingRule.RoundRobin);
            stations[^1] = stations[^1] with { Routing = sort };
            stations.Add(NewStation("ExitA") with { Inputs = [PlantArbitraries.Link(d, "Out")] });
            stations.Add(NewStation("ExitB") with { Inputs = [PlantArbitraries.Link(d, "Out")] });
        }

        // A check on the main line; parts that fail are scrapped, sent back to where parts may enter, or repaired at a
        // rework station of their own, from which they leave the plant.
        if (d.Chance(50))
        {
            int check = d.Int(0, spine.Count - 1);
            var quality = new Quality(d.Int(60, 98) / 100.0);
            string[] entries = [.. spine.Take(check + 1).Where(name => !inSegment.Contains(name))];
            switch (d.Int(0, 2))
            {
                case 0:
                    break;
                case 1 when entries.Length > 0:
                    quality = quality with { Rework = [new ReworkRoute(entries[d.Int(0, entries.Length - 1)], d.Int(2, 10) / 10.0)] };
                    break;
                default:
                    quality = quality with { Rework = [new ReworkRoute("Rework", d.Int(2, 10) / 10.0)] };
                    stations.Add(NewStation("Rework") with { Inputs = [] });
                    break;
            }

            int index = stations.FindIndex(s => s.Name == spine[check]);
            stations[index] = stations[index] with { Quality = quality };
        }

        var carriers = new List<CarrierLoop>();
        if (d.Chance(45))
        {
            string[] boarding = [.. spine.Where(name => !inSegment.Contains(name))];
            string from = boarding[d.Int(0, boarding.Length - 1)];
            string to = spine[d.Int(spine.IndexOf(from), spine.Count - 1)];
            int count = d.Int(1, 8);

            // Parts on carriers fill a paced segment the loop spans, and one more must reach its first station to let it
            // index: with fewer carriers it would wait for good.
            bool spansSegment = segments.Count > 0 && spine.IndexOf(from) <= spine.IndexOf("P0") && spine.IndexOf(to) >= spine.IndexOf("P0");
            if (spansSegment)
            {
                count = Math.Max(count, inSegment.Count + 3);
            }

            // A return of limited capacity, and a storage, where the release station is not paced (refused there). With
            // a storage, fewer carriers than the stations from boarding to release and the return and storage hold, so
            // that they cannot fill the loop (also refused).
            if (!spansSegment && !inSegment.Contains(to) && d.Chance(60))
            {
                int places = d.Int(1, 3);
                int? storage = d.Chance(50) ? d.Int(0, 2) : null;
                if (storage is { } stored)
                {
                    count = Math.Min(count, places + stored + spine.IndexOf(to) - spine.IndexOf(from));
                }

                carriers.Add(new CarrierLoop("Carriers", count, from, to) { Return = new Conveyor(d.Int(0, 3) * 30, places), Storage = storage });
            }
            else
            {
                carriers.Add(new CarrierLoop("Carriers", count, from, to, d.Int(0, 4) * 30));
            }
        }

        ShiftCalendar? calendar = PlanningArbitraries.Calendar(d);
        var model = new LineModel
        {
            Name = "Plant",
            TaktTime = 55,
            Stations = [.. stations],
            Buffers = [.. buffers],
            Blocking = d.Chance(30) ? BlockingPolicy.BeforeService : BlockingPolicy.AfterService,
            Carriers = [.. carriers],
            Crews = crew && stations.Any(s => s.Failures is not null) ? [new RepairCrew("Crew", d.Int(1, 2))] : [],
            Variants = mix,
            Segments = [.. segments],
            Calendar = calendar,
        };
        if (d.Chance(35))
        {
            // The paint shop's intake: the downstream of each exit outside a paced segment takes a part on a schedule.
            model = model with { Stations = [.. model.Stations.Select((s, i) => IsExit(model, i) && !segments.Any(g => g.Last == s.Name) ? s with { Pull = Times(d) } : s)] };
        }

        if (model.Crews.IsEmpty)
        {
            model = model with { Stations = [.. model.Stations.Select(s => s.Failures is { Crew: not null } f ? s with { Failures = f with { Crew = null } } : s)] };
        }

        IReadOnlyList<string> problems = model.Validate();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The generator built an invalid plant:" + Environment.NewLine + PlanningText.Describe(model) + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }

        (double warmup, PlantFeature? warmupFeature) = Warmup(d, calendar);
        double? duration = null;
        long? partCount = null;
        if (d.Chance(50))
        {
            duration = d.Int(4, 96) * 1_800;
        }
        else
        {
            partCount = d.Int(10, 120);
        }

        var features = new SortedSet<PlantFeature>(FeaturesOf(model));
        features.Add(duration is null ? PlantFeature.RunByPartCount : PlantFeature.RunByDuration);

        // Half the runs find the bottleneck, chosen from what was drawn so that the draws stay as they were.
        if ((duration is { } window ? (long)(window / 1_800) : partCount!.Value) % 2 == 0)
        {
            features.Add(PlantFeature.BottleneckAnalysis);
        }
        if (warmupFeature is { } feature)
        {
            features.Add(feature);
        }

        return new PlantCase(model, warmup, duration, partCount, [.. features]);
    }

    /// <summary>No warm-up, or one of up to 30 hours that ends strictly within working time, or strictly outside it.</summary>
    private static (double Warmup, PlantFeature? Feature) Warmup(Draws d, ShiftCalendar? calendar)
    {
        int kind = d.Int(0, 2);
        double warmup = d.Int(1, 90) * 1_200;
        int tenths = d.Int(1, 9);
        if (kind == 0)
        {
            return (0, null);
        }

        if (calendar is null)
        {
            return (warmup, PlantFeature.WarmupEndsInWorkingTime);
        }

        // The first working interval, or gap between two, that ends after the drawn time; a point within it.
        IReadOnlyList<(double Start, double End)> intervals = new CalendarScan(calendar, 4 * Week).Intervals;
        for (int i = 0; i + 1 < intervals.Count; i++)
        {
            (double start, double end) = kind == 1 ? intervals[i] : (intervals[i].End, intervals[i + 1].Start);
            if (end > warmup)
            {
                double from = Math.Max(start, warmup);
                return (Math.Round(from + ((end - from) * tenths / 10)), kind == 1 ? PlantFeature.WarmupEndsInWorkingTime : PlantFeature.WarmupEndsOffShift);
            }
        }

        throw new InvalidOperationException("A generated calendar has no working time in four weeks.");
    }

    private static IEnumerable<PlantFeature> FeaturesOf(LineModel model)
    {
        IEnumerable<StationInput> inputs = model.Stations.SelectMany(s => s.Inputs.IsDefault ? [] : s.Inputs);
        var found = new List<(PlantFeature Feature, bool Has)>
        {
            (PlantFeature.Assembly, model.Stations.Any(s => s is { Merge: MergeRule.Assembly, Inputs.IsDefault: false, Inputs.Length: > 1 })),
            (PlantFeature.Join, model.Stations.Any(s => s is { Merge: MergeRule.FirstAvailable, Name: "Merge" or "Pair" })),
            (PlantFeature.Arrivals, inputs.Any(input => input.Supply is { InterarrivalTime: not null })),
            (PlantFeature.ScheduledSupply, inputs.Any(input => input.Supply is { Schedule: not null })),
            (PlantFeature.Cell, model.Stations.Any(s => s.Servers > 1)),
            (PlantFeature.Routing, model.Stations.Any(s => s.Routing is { Rule: not RoutingRule.ByVariant })),
            (PlantFeature.RoutingByVariant, model.Stations.Any(s => s.Routing is { Rule: RoutingRule.ByVariant })),
            (PlantFeature.Rework, model.Stations.Any(s => s.Quality is { Rework.IsEmpty: false })),
            (PlantFeature.Scrap, model.Stations.Any(s => s.Quality is { ScrapProbability: > 0 })),
            (PlantFeature.QualityBeforeAssembly, model.Stations.Any(s => s.Quality is not null && (s.Name.StartsWith('F') || s.Name == "Pair"))),
            (PlantFeature.Conveyor, inputs.Any(input => input.Conveyor is not null)),
            (PlantFeature.Carriers, !model.Carriers.IsEmpty),
            (PlantFeature.FiniteCarrierReturn, model.Carriers.Any(c => c.Return is not null)),
            (PlantFeature.Crew, !model.Crews.IsEmpty),
            (PlantFeature.OperationDependentFailures, model.Stations.Any(s => s.Failures is { Mode: FailureMode.OperationDependent })),
            (PlantFeature.TimeDependentFailures, model.Stations.Any(s => s.Failures is { Mode: FailureMode.TimeDependent })),
            (PlantFeature.PacedSegment, !model.Segments.IsEmpty),
            (PlantFeature.VariantSequence, model.Variants is { Sequence.IsDefaultOrEmpty: false }),
            (PlantFeature.VariantShares, model.Variants is { Sequence.IsDefaultOrEmpty: true }),
            (PlantFeature.Setup, model.Stations.Any(s => s.Setup is not null)),
            (PlantFeature.Calendar, model.Calendar is not null),
            (PlantFeature.Breaks, model.Calendar?.Shifts.Any(shift => !shift.Breaks.IsEmpty) == true),
            (PlantFeature.Holidays, model.Calendar is { Holidays.IsEmpty: false }),
            (PlantFeature.FailuresInCalendarTime, model.Calendar is { FailuresInWorkingTimeOnly: false } && model.Stations.Any(s => s.Failures is { Mode: FailureMode.TimeDependent })),
            (PlantFeature.Maintenance, model.Stations.Any(s => !s.Maintenance.IsEmpty)),
            (PlantFeature.FailureProfiles, model.Stations.Any(s => !s.AdditionalFailures.IsEmpty)),
            (PlantFeature.CountStops, model.Stations.Any(s => !s.Stops.IsEmpty)),
            (PlantFeature.PulledExit, model.Stations.Any(s => s.Pull is not null)),
            (PlantFeature.BlockingBeforeService, model.Blocking == BlockingPolicy.BeforeService),
        };
        return found.Where(f => f.Has).Select(f => f.Feature);
    }

    private static bool IsExit(LineModel model, int i) =>
        !(i + 1 < model.Stations.Length && model.Stations[i + 1].TakesFromStationBefore)
        && !model.Stations.Any(other => !other.Inputs.IsDefault && other.Inputs.Any(input => input.From == model.Stations[i].Name));

    /// <summary>A feeder line's supply: unlimited, arrivals, or deliveries on a schedule that repeats (a run by part count must end).</summary>
    private static Source Supply(Draws d)
    {
        if (!d.Chance(35))
        {
            return PlantArbitraries.Supply(d);
        }

        int capacity = d.Int(-1, 4);
        return Source.Scheduled(Times(d), capacity < 0 ? null : capacity);
    }

    private static Schedule Times(Draws d) => d.Chance(60)
        ? Schedule.Every(d.Int(30, 120), d.Int(0, 60))
        : Schedule.At([d.Int(0, 20), d.Int(30, 60), d.Int(70, 150)], d.Int(160, 400));

    /// <summary>Some of <paramref name="variants"/>, at least one.</summary>
    private static string[] Subset(Draws d, string[] variants)
    {
        string[] some = [.. variants.Where(_ => d.Chance(50))];
        return some.Length > 0 ? some : [variants[0]];
    }

    /// <summary>
    /// <paramref name="station"/> takes its parts from <paramref name="before"/> through a place of at least one part, as
    /// the first station of a paced segment must: a line buffer, a buffer of its own, or a conveyor.
    /// </summary>
    private static Station FollowWithRoom(Draws d, Station station, string before, List<LineBuffer> buffers)
    {
        if (d.Chance(50))
        {
            buffers.Add(new LineBuffer(before, d.Int(1, 3)));
            return station;
        }

        StationInput input = PlantArbitraries.Link(d, before);
        return station with { Inputs = [input.Conveyor is null ? StationInput.FromStation(before, Math.Max(1, input.Buffer)) : input] };
    }
}
