using System.Collections.Immutable;
using LineSim.Model;
using LineSim.Results;

namespace LineSim.Cli.Tests;

/// <summary>
/// Simulation results written out by hand, with the lines they belong to, so that the reports can be tested without
/// running an engine: a plain serial line, a body-shop line with feeder lines, a robot cell, a quality check,
/// a conveyor, a repair crew and carriers, and a paced line with variants, a setup, maintenance and a shift calendar.
/// </summary>
internal static class HandBuiltResults
{
    /// <summary>A three-station serial line with an arrival source, as in <see cref="ScenarioFiles.Short"/>.</summary>
    public static LineModel SerialLine { get; } = new()
    {
        Name = "Short line",
        TaktTime = 55,
        Source = Source.Arrivals(Distribution.Exponential(56), 4),
        Stations =
        [
            new("Load", Distribution.Constant(48)),
            new("Respot 1", Distribution.LogNormal(50, 4), FailureModel.FromMeans(7_200, 420)),
            new("Respot 2", Distribution.Exponential(45)),
        ],
        Buffers = [new("Load", 3), new("Respot 1", 2)],
    };

    /// <summary>Results of <see cref="SerialLine"/> over two replications.</summary>
    public static SimulationResult Serial()
    {
        ImmutableArray<ReplicationResult> replications =
        [
            Replication(0, 640, 64.0, [Station("Load", 0.87, 0.13, 0, 0), Station("Respot 1", 0.90, 0.05, 0.01, 0.04), Station("Respot 2", 0.80, 0.20, 0, 0)],
                [Buffer("Load", "Respot 1", 3, 1.2), Buffer("Respot 1", "Respot 2", 2, 0.4)], Buffer(null, "Load", 4, 0.9)),
            Replication(1, 630, 63.0, [Station("Load", 0.86, 0.14, 0, 0), Station("Respot 1", 0.89, 0.06, 0.01, 0.04), Station("Respot 2", 0.79, 0.21, 0, 0)],
                [Buffer("Load", "Respot 1", 3, 1.1), Buffer("Respot 1", "Respot 2", 2, 0.5)], Buffer(null, "Load", 4, 1.0)),
        ];

        return Result("Short line", EngineKind.Event, replications) with
        {
            Stations =
            [
                Summary("Load", 0.865, 0.135, 0, 0),
                Summary("Respot 1", 0.895, 0.055, 0.01, 0.04),
                Summary("Respot 2", 0.795, 0.205, 0, 0),
            ],
            Buffers = [BufferSummaryOf("Load", "Respot 1", 3, 1.15), BufferSummaryOf("Respot 1", "Respot 2", 2, 0.45)],
            InputBuffer = BufferSummaryOf(null, "Load", 4, 0.95),
        };
    }

    /// <summary>
    /// A body shop: an underbody line and two side-frame feeder lines meet at the Framing assembly; a respot cell of three
    /// robots, an inspection whose failed parts go to a rework bay and back, a conveyor to the unload station, a maintenance crew and a skid loop.
    /// </summary>
    public static LineModel BodyShopLine { get; } = new()
    {
        Name = "Body shop",
        TaktTime = 55,
        Crews = [new RepairCrew("Maintenance", 2)],
        Carriers = [new CarrierLoop("Skids", 24, "Framing", "Unload", 90)],
        Stations =
        [
            new("Underbody", Distribution.Constant(50), FailureModel.FromMeans(14_400, 600) with { Crew = "Maintenance" }),
            new("Side LH", Distribution.Constant(48)) { Inputs = [StationInput.FromSupply(Source.Unlimited)] },
            new("Side RH", Distribution.Constant(48)) { Inputs = [StationInput.FromSupply(Source.Unlimited)] },
            new("Framing", Distribution.Constant(52)) { Inputs = [StationInput.FromStation("Underbody", 2), StationInput.FromStation("Side LH", 2), StationInput.FromStation("Side RH", 2)] },
            new("Respot", Distribution.Constant(150)) { Servers = 3 },
            new("Inspection", Distribution.Constant(45))
            {
                Inputs = [StationInput.FromStation("Respot", 2), StationInput.FromStation("Rework bay", 1)],
                Merge = MergeRule.FirstAvailable,
                Quality = new Quality(0.97) { Rework = [new ReworkRoute("Rework bay", 0.8)] },
            },
            new("Rework bay", Distribution.Exponential(300)) { Inputs = [] },
            new("Unload", Distribution.Constant(40)) { Inputs = [StationInput.FromConveyor("Inspection", new Conveyor(30, 6))] },
        ],
    };

    /// <summary>Results of <see cref="BodyShopLine"/>: one replication (no half-widths) so that the figures are easy to check.</summary>
    public static SimulationResult BodyShop()
    {
        StationStatistics framing = Station("Framing", 0.85, 0.10, 0.02, 0.03) with
        {
            StarvedByInput = [new InputStarvation("Underbody", 0.06), new InputStarvation("Side LH", 0.03), new InputStarvation("Side RH", 0.02)],
        };
        StationStatistics underbody = Station("Underbody", 0.80, 0, 0.15, 0.05) with { WaitingForCrew = 0.01 };
        StationStatistics respot = Station("Respot", 0.84, 0.16, 0, 0) with { Servers = 3, ServerWorking = [0.9, 0.84, 0.78] };
        StationStatistics inspection = Station("Inspection", 0.75, 0.25, 0, 0) with { Scrapped = 4, Reworked = 16 };
        ReplicationResult replication = Replication(0, 600, 60.0,
            [underbody, Station("Side LH", 0.8, 0, 0.2, 0), Station("Side RH", 0.8, 0, 0.2, 0), framing, respot, inspection, Station("Rework bay", 0.1, 0.9, 0, 0), Station("Unload", 0.7, 0.3, 0, 0)],
            [Buffer("Underbody", "Framing", 2, 1.5), Buffer("Side LH", "Framing", 2, 1.6), Buffer("Side RH", "Framing", 2, 1.7), Buffer("Inspection", "Unload", 6, 2.5) with { IsConveyor = true }],
            null) with
        {
            Scrapped = 4,
            Carriers = [new CarrierStatistics("Skids", 24, 20.4, 2.4, 1.2, 0.125, 0.05, 0.02)],
            Crews = [new CrewStatistics("Maintenance", 2, 0.16, 0.02, 55)],
        };

        static Estimate One(double value) => new(value, double.NaN, 1);

        StationSummary Summarise(StationStatistics s) => new StationSummary(s.Name, One(s.Working), One(s.Starved), One(s.Blocked), One(s.Down), One(s.Availability))
        {
            Servers = s.Servers,
            ServerWorking = s.Servers > 1 ? [.. s.ServerWorking.Select((w, m) => new NamedEstimate((m + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), One(w)))] : [],
            WaitingForCrew = One(s.WaitingForCrew),
            Quality = One(s.Quality),
            Oee = One(s.Oee),
            Scrapped = One(s.Scrapped),
            Reworked = One(s.Reworked),
            StarvedByInput = [.. s.StarvedByInput.Select(i => new NamedEstimate(i.From, One(i.Fraction)))],
        };

        BufferSummary SummariseBuffer(BufferStatistics b) => new BufferSummary(b.After, b.Before, b.Capacity, One(b.AverageLevel), One(b.FullFraction), One(b.EmptyFraction)) { IsConveyor = b.IsConveyor };

        return Result("Body shop", EngineKind.Event, [replication]) with
        {
            Scrapped = One(4),
            Stations = [.. replication.Stations.Select(Summarise)],
            Buffers = [.. replication.Buffers.Select(SummariseBuffer)],
            Carriers = [new CarrierSummary("Skids", 24, One(20.4), One(2.4), One(1.2), One(0.125), One(0.85), One(0.05), One(0.02))],
            Crews = [new CrewSummary("Maintenance", 2, One(0.08), One(0.02), One(55))],
        };
    }

    /// <summary>
    /// A paced line of three stations: A and B a paced segment, two variants in sequence with a setup at B, planned
    /// maintenance at C, and two shifts a day, Monday to Friday.
    /// </summary>
    public static LineModel PlannedLine { get; } = new()
    {
        Name = "Paced line",
        TaktTime = 55,
        Variants = ProductMix.BySequence("Sedan", "Touring"),
        Calendar = ShiftCalendar.TwoShiftsFiveDays,
        Segments = [new PacedSegment("Paced", "A", "B", 55)],
        Stations =
        [
            new("A", Distribution.Constant(50)),
            new("B", Distribution.Constant(48)) { Setup = new Changeover(Distribution.Constant(8)) },
            new("C", Distribution.Constant(45)) { Maintenance = [new MaintenanceWindow(0, 86_400, 3_600)] },
        ],
        Buffers = [new("B", 2)],
    };

    /// <summary>Results of <see cref="PlannedLine"/> over two weeks and two replications.</summary>
    public static SimulationResult Planned()
    {
        const double TwoWeeks = 14 * 86_400;
        StationStatistics Planned(string name, double working, double starved, double blocked, double down, double setup, double maintenance) =>
            Station(name, working, starved, blocked, down) with { Setup = setup, OffShift = 0.55, Maintenance = maintenance };

        ReplicationResult Replication(int index, long partsOut, long sedan) => HandBuiltResults.Replication(
            index, partsOut, partsOut * 3_600 / TwoWeeks,
            [Planned("A", 0.40, 0, 0.05, 0, 0, 0), Planned("B", 0.38, 0.01, 0.02, 0, 0.04, 0), Planned("C", 0.36, 0.05, 0, 0.04, 0, 0.04)],
            [Buffer("B", "C", 2, 0.5)], null) with
        {
            ObservedTime = TwoWeeks,
            EndTime = TwoWeeks,
            WorkingTime = 540_000,
            ThroughputPerWorkingHour = partsOut * 3_600 / 540_000.0,
            OutputByVariant = [new VariantOutput("Sedan", sedan), new VariantOutput("Touring", partsOut - sedan)],
            Segments = [new SegmentStatistics("Paced", partsOut + 10, 2_000, 0.02, 0.015, 0, 0.01)],
            OutputPerShift = [new ShiftOutput("Early", 21_600, 460), new ShiftOutput("Late", 50_400, 455)],
            OutputPerDay = [915, 915, 915, 915, 915, 0, 0, 915, 915, 915, 915, 915, 0, 0],
            OutputPerWeek = [4_575, 4_575],
        };

        static Estimate Two(double mean, double halfWidth) => new(mean, halfWidth, 2);

        static StationSummary Summarise(string name, double working, double starved, double blocked, double down, double setup, double maintenance) =>
            new StationSummary(name, Two(working, 0.01), Two(starved, 0.01), Two(blocked, 0.005), Two(down, 0.002), Two(1 - ((down + setup) / 0.45), 0.002))
            {
                Setup = Two(setup, 0.001),
                OffShift = Two(0.55, 0),
                Maintenance = Two(maintenance, 0),
                Oee = Two(working / 0.45, 0.01),
                Quality = Two(1, 0),
            };

        return Result("Paced line", EngineKind.Event, [Replication(0, 9_150, 4_575), Replication(1, 9_100, 4_550)]) with
        {
            Duration = TwoWeeks,
            Warmup = 0,
            ThroughputPerHour = Two(27.2, 0.1),
            ThroughputPerWorkingHour = Two(61.0, 0.2),
            WorkingHours = Two(150, 0),
            PartsOut = Two(9_125, 25),
            TaktAttainment = Two(0.932, 0.003),
            CalendarLeadTime = Two(7_250, 600),
            CalendarLeadTimeP50 = Two(330, 10),
            CalendarLeadTimeP95 = Two(58_000, 900),
            OutputByVariant = [new NamedEstimate("Sedan", Two(4_570, 12)), new NamedEstimate("Touring", Two(4_555, 13))],
            Segments = [new SegmentSummary("Paced", Two(9_135, 25), Two(2_000, 0), Two(0.02, 0), Two(0.015, 0), Two(0, 0), Two(0.01, 0))],
            OutputPerShift = [new NamedEstimate("Early", Two(460, 0)), new NamedEstimate("Late", Two(455, 0))],
            OutputPerDay = [.. Enumerable.Range(0, 14).Select(d => Two(d % 7 < 5 ? 915 : 0, 0))],
            OutputPerWeek = [Two(4_570, 10), Two(4_580, 10)],
            Stations =
            [
                Summarise("A", 0.40, 0, 0.05, 0, 0, 0),
                Summarise("B", 0.38, 0.01, 0.02, 0, 0.04, 0),
                Summarise("C", 0.36, 0.05, 0, 0.04, 0, 0.04),
            ],
            Buffers = [BufferSummaryOf("B", "C", 2, 0.5)],
        };
    }

    private static SimulationResult Result(string name, EngineKind engine, ImmutableArray<ReplicationResult> replications) => new()
    {
        Scenario = name,
        Engine = engine,
        Seed = 42,
        Warmup = 3_600,
        Duration = 36_000,
        TaktTime = 55,
        ThroughputPerHour = new Estimate(63.5, 0.8, 2),
        PartsOut = new Estimate(635, 8, 2),
        TaktAttainment = new Estimate(0.97, 0.012, 2),
        WorkInProcess = new Estimate(6.25, 0.3, 2),
        LeadTime = new Estimate(354, 12, 2),
        LeadTimeP50 = new Estimate(330, 10, 2),
        LeadTimeP95 = new Estimate(520, 20, 2),
        CalendarLeadTime = new Estimate(354, 12, 2),
        CalendarLeadTimeP50 = new Estimate(330, 10, 2),
        CalendarLeadTimeP95 = new Estimate(520, 20, 2),
        Stations = [],
        Buffers = [],
        ReplicationResults = replications,
    };

    private static ReplicationResult Replication(int index, long partsOut, double jph, ImmutableArray<StationStatistics> stations, ImmutableArray<BufferStatistics> buffers, BufferStatistics? input) => new()
    {
        Index = index,
        Engine = EngineKind.Event,
        ObservedTime = 36_000,
        EndTime = 39_600,
        Released = partsOut + 10,
        Completed = partsOut + 4,
        WorkInProcessAtEnd = 6,
        PartsOut = partsOut,
        ThroughputPerHour = jph,
        TaktAttainment = jph / (3_600.0 / 55),
        WorkInProcess = 6.25,
        LeadTime = 354,
        LeadTimeP50 = 330,
        LeadTimeP95 = 520,
        Stations = stations,
        Buffers = buffers,
        InputBuffer = input,
        EventsProcessed = 10_000,
    };

    private static StationStatistics Station(string name, double working, double starved, double blocked, double down) =>
        new(name, working, starved, blocked, down, PartsProcessed: 100, Failures: down > 0 ? 3 : 0);

    private static BufferStatistics Buffer(string? after, string before, int capacity, double level) =>
        new(after, before, capacity, level, FullFraction: 0.1, EmptyFraction: 0.3);

    private static StationSummary Summary(string name, double working, double starved, double blocked, double down) =>
        new(name, new Estimate(working, 0.01, 2), new Estimate(starved, 0.01, 2), new Estimate(blocked, 0.005, 2), new Estimate(down, 0.002, 2), new Estimate(1 - down, 0.002, 2));

    private static BufferSummary BufferSummaryOf(string? after, string before, int capacity, double level) =>
        new(after, before, capacity, new Estimate(level, 0.05, 2), new Estimate(0.1, 0.01, 2), new Estimate(0.3, 0.02, 2));
}
