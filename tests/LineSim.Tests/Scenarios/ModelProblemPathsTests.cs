using LineSim.Model;
using LineSim.Scenarios;

namespace LineSim.Tests.Scenarios;

/// <summary>The translation of the model's problem paths (<c>Stations[3] 'Framing'.Inputs[0].From</c>) to JSON paths.</summary>
public sealed class ModelProblemPathsTests
{
    private static readonly LineModel s_line = new()
    {
        TaktTime = 55,
        Stations =
        [
            new("Load", Distribution.Constant(40)),
            new("Weld", Distribution.Constant(40)),
            new("Odd: 'name'.Inputs[9]", Distribution.Constant(40)),
            new("Framing", Distribution.Constant(40)),
        ],
        Buffers = [new("Load", 2)],
    };

    [Theory]
    [InlineData("Stations[3] 'Framing'.Inputs[0].From: no station is named 'X'.", "stations[3].inputs[0].from", "no station is named 'X'")]
    [InlineData("Stations[3] 'Framing'.Inputs[1].Conveyor.TravelTime: must be a number 0 or more, got -1.", "stations[3].inputs[1].conveyor.travelTime", "must be a number 0 or more, got -1")]
    [InlineData("Stations[3] 'Framing'.Inputs[2].Supply.InterarrivalTime: mean must be greater than 0, got 0.", "stations[3].inputs[2].source.interarrivalTime", "mean must be greater than 0, got 0")]
    [InlineData("Stations[1] 'Weld'.Routing.Targets[1].Station: 'C' is already a target.", "stations[1].routing.targets[1].station", "'C' is already a target")]
    [InlineData("Stations[1] 'Weld'.Routing.Targets: the probabilities must sum to 1, got 0.9.", "stations[1].routing.targets", "the probabilities must sum to 1, got 0.9")]
    [InlineData("Stations[1] 'Weld'.Routing: the station feeds 2 stations.", "stations[1].routing", "the station feeds 2 stations")]
    [InlineData("Stations[1] 'Weld'.Quality.Rework[0].Station: no station is named 'X'.", "stations[1].quality.rework[0].station", "no station is named 'X'")]
    [InlineData("Stations[1] 'Weld'.Quality.Rework: the rework probabilities sum to 1.2.", "stations[1].quality.rework", "the rework probabilities sum to 1.2")]
    [InlineData("Stations[1] 'Weld'.Quality.FirstPassYield: must be between 0 and 1, got 2.", "stations[1].quality.yield", "must be between 0 and 1, got 2")]
    [InlineData("Stations[1] 'Weld'.Failures.Crew: no repair crew is named 'Y'.", "stations[1].failures.crew", "no repair crew is named 'Y'")]
    [InlineData("Stations[1] 'Weld'.Servers: must be 1 or more, got 0.", "stations[1].servers", "must be 1 or more, got 0")]
    [InlineData("Stations[1] 'Weld': no part can reach this station.", "stations[1]", "no part can reach this station")]
    [InlineData("Stations: the inputs of 'A', 'B' form a cycle.", "stations", "the inputs of 'A', 'B' form a cycle")]
    [InlineData("Carriers[0].To: 'A' is not downstream of 'B'.", "carriers[0].to", "'A' is not downstream of 'B'")]
    [InlineData("Carriers[2].ReturnTime: must be a number 0 or more, got -1.", "carriers[2].returnTime", "must be a number 0 or more, got -1")]
    [InlineData("Crews[0].Size: a crew needs 1 technician or more, got 0.", "crews[0].size", "a crew needs 1 technician or more, got 0")]
    [InlineData("Crews[1]: must not be null.", "crews[1]", "must not be null")]
    [InlineData("Source: the first station takes its parts from its Inputs.", "source", "the first station takes its parts from its Inputs")]
    [InlineData("TaktTime: must be a number greater than 0, got 0.", "taktTime", "must be a number greater than 0, got 0")]
    [InlineData("Buffers[0].Capacity: must be 0 or more, got -1.", "stations[1].bufferBefore", "must be 0 or more, got -1")]
    public void Translate_ModelPath_IsTheJsonPath(string problem, string path, string message)
    {
        Assert.Equal(new ScenarioError(path, message), ModelProblemPaths.Translate(problem, s_line));
    }

    /// <summary>A line with the planning elements, whose problems name variants, shares and shifts.</summary>
    private static readonly LineModel s_planned = s_line with
    {
        Variants = ProductMix.ByShares(new VariantShare("Sedan", 0.7), new VariantShare("Touring XL", 0.2)),
        Stations =
        [
            s_line.Stations[0] with
            {
                ProcessingTimeByVariant = System.Collections.Immutable.ImmutableDictionary<string, Distribution>.Empty
                    .Add("Coupe", Distribution.Constant(50)).Add("Coupe']", Distribution.Constant(50)).Add("Touring XL", Distribution.Constant(50)),
            },
            .. s_line.Stations[1..],
        ],
        Calendar = new ShiftCalendar([new Shift("Early", [DayOfWeek.Monday], 21_600, 28_800), new Shift("Late 'B'.Breaks[0]", [DayOfWeek.Monday], 50_400, 28_800)]),
    };

    [Theory]
    [InlineData("Variants.Shares: the shares must sum to 1, got 0.9.", "variants.shares", "the shares must sum to 1, got 0.9")]
    [InlineData("Variants.Shares[0].Share: must be between 0 and 1, got 2.", "variants.shares.Sedan", "must be between 0 and 1, got 2")]
    [InlineData("Variants.Shares[1].Variant: must be a name no other share has, got 'Touring XL'.", "variants.shares[\"Touring XL\"]", "must be a name no other share has, got 'Touring XL'")]
    [InlineData("Variants.Sequence[2]: must name a variant.", "variants.sequence[2]", "must name a variant")]
    [InlineData("Stations[0] 'Load'.ProcessingTimeByVariant['Coupe']: unknown variant 'Coupe'.", "stations[0].processingTime.byVariant.Coupe", "unknown variant 'Coupe'")]
    [InlineData("Stations[0] 'Load'.ProcessingTimeByVariant['Coupe']']: unknown variant.", "stations[0].processingTime.byVariant[\"Coupe']\"]", "unknown variant")]
    [InlineData("Stations[0] 'Load'.ProcessingTimeByVariant['Touring XL']: unknown variant.", "stations[0].processingTime.byVariant[\"Touring XL\"]", "unknown variant")]
    [InlineData("Stations[1] 'Weld'.Setup.Matrix[2].To: unknown variant 'X'.", "stations[1].setup.matrix[2].to", "unknown variant 'X'")]
    [InlineData("Stations[1] 'Weld'.Setup: no variants.", "stations[1].setup", "no variants")]
    [InlineData("Stations[1] 'Weld'.Maintenance[0].Every: must be longer.", "stations[1].maintenance[0].every", "must be longer")]
    [InlineData("Stations[1] 'Weld'.Routing.Targets[0].Variants[1]: unknown variant 'X'.", "stations[1].routing.targets[0].variants[1]", "unknown variant 'X'")]
    [InlineData("Stations[1] 'Weld'.Quality.Rework[0].Station: inside a segment.", "stations[1].quality.rework[0].station", "inside a segment")]
    [InlineData("Segments[1].TaktTime: must be a number greater than 0, got 0.", "segments[1].taktTime", "must be a number greater than 0, got 0")]
    [InlineData("Segments[0].Last: 'A' comes before 'C'.", "segments[0].last", "'A' comes before 'C'")]
    [InlineData("Segments[0]: 'B' is already in segment 'Trim'.", "segments[0]", "'B' is already in segment 'Trim'")]
    [InlineData("Carriers[0].From: parts board inside a segment.", "carriers[0].from", "parts board inside a segment")]
    [InlineData("Calendar.Shifts: shifts 'Early' and 'Late' overlap on Monday.", "calendar.shifts", "shifts 'Early' and 'Late' overlap on Monday")]
    [InlineData("Calendar.Shifts[0] 'Early'.Days: a shift needs at least one day.", "calendar.shifts[0].days", "a shift needs at least one day")]
    [InlineData("Calendar.Shifts[0] 'Early'.Length: must be greater than 0.", "calendar.shifts[0].end", "must be greater than 0")]
    [InlineData("Calendar.Shifts[1] 'Late 'B'.Breaks[0]'.Breaks[0].Start: outside.", "calendar.shifts[1].breaks[0].start", "outside")]
    [InlineData("Calendar.Holidays[3]: must be a day 0 or later, got -1.", "calendar.holidays[3]", "must be a day 0 or later, got -1")]
    public void Translate_PlanningPath_IsTheJsonPath(string problem, string path, string message)
    {
        Assert.Equal(new ScenarioError(path, message), ModelProblemPaths.Translate(problem, s_planned));
    }

    [Theory]
    [InlineData("Stations[0] 'Load'.ProcessingTimeByVariant['Estate']: a variant the station does not have.")]
    [InlineData("Calendar.Shifts[0] 'Late'.Start: the name does not match the shift at that index.")]
    [InlineData("Calendar.Shifts[5] 'Early'.Start: no shift has that index.")]
    [InlineData("Variants.Shares[7]: no share has that index.")]
    public void Translate_PlanningPathOfAnotherForm_KeepsTheText(string problem)
    {
        Assert.Equal(new ScenarioError(string.Empty, problem), ModelProblemPaths.Translate(problem, s_planned));
    }

    [Fact]
    public void Translate_EveryPlanningProblem_GetsAJsonPath()
    {
        var line = new LineModel
        {
            TaktTime = 55,
            Variants = ProductMix.ByShares(new VariantShare("Sedan", 0.5), new VariantShare("Touring", 0.3)),
            Segments = [new PacedSegment("Trim", "A", "C", 0), new PacedSegment("Trim", "C", "A", 55), new PacedSegment("Final", "B", "X", 55)],
            Buffers = [new LineBuffer("A", 2)],
            Carriers = [new CarrierLoop("Skids", 2, "B", "C")],
            Calendar = new ShiftCalendar(
            [
                new Shift("Early", [DayOfWeek.Monday], 21_600, 32_400) { Breaks = [new ShiftBreak(30_000, 3_600)] },
                new Shift("Late", [DayOfWeek.Monday], 50_400, 28_800),
            ]) { Holidays = [-1] },
            Stations =
            [
                new("A", Distribution.Constant(40))
                {
                    ProcessingTimeByVariant = System.Collections.Immutable.ImmutableDictionary<string, Distribution>.Empty.Add("Coupe", Distribution.Constant(50)),
                    Setup = new Changeover { Matrix = [new ChangeoverTime("Sedan", "Estate", Distribution.Constant(5))] },
                    Maintenance = [new MaintenanceWindow(0, 600, 900)],
                },
                new("B", Distribution.Constant(40)) { Servers = 2 },
                new("C", Distribution.Constant(40)) { Quality = new Quality(0.9) { Rework = [new ReworkRoute("B", 1)] } },
            ],
        };

        IReadOnlyList<string> problems = line.Validate();

        Assert.True(problems.Count >= 12, string.Join("\n", problems));
        Assert.All(problems, problem => Assert.NotEqual(string.Empty, ModelProblemPaths.Translate(problem, line).Path));
    }

    [Fact]
    public void Translate_StationNameWithPunctuation_IsMatchedWhole()
    {
        ScenarioError error = ModelProblemPaths.Translate("Stations[2] 'Odd: 'name'.Inputs[9]'.Inputs[0].From: no station is named 'X'.", s_line);

        Assert.Equal(new ScenarioError("stations[2].inputs[0].from", "no station is named 'X'"), error);
    }

    [Theory]
    [InlineData("Stations[1] 'Load'.Inputs[0].From: the name does not match the station at that index.")]
    [InlineData("Stations[9] 'Framing'.Servers: no station has that index.")]
    [InlineData("Widgets[0].Colour: not a member of a line.")]
    [InlineData("a problem without a path")]
    [InlineData("Stations[x]: an index that is not a number.")]
    public void Translate_PathOfAnotherForm_KeepsTheTextWithAnEmptyPath(string problem)
    {
        Assert.Equal(new ScenarioError(string.Empty, problem), ModelProblemPaths.Translate(problem, s_line));
    }

    [Fact]
    public void TranslateAll_Problems_ComeInTheFilesSectionOrder()
    {
        string[] problems =
        [
            "Carriers[0].To: c.",
            "Stations[3] 'Framing'.Routing: b.",
            "Crews[0].Size: d.",
            "Stations[1] 'Weld'.Inputs[0].From: a.",
            "Stations: e.",
            "TaktTime: f.",
        ];

        IEnumerable<ScenarioError> errors = ModelProblemPaths.TranslateAll(problems, s_line);

        Assert.Equal(["taktTime: f", "stations: e", "stations[1].inputs[0].from: a", "stations[3].routing: b", "carriers[0].to: c", "crews[0].size: d"], errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Translate_EveryProblemOfAnInvalidGraph_GetsAJsonPath()
    {
        var line = new LineModel
        {
            TaktTime = 55,
            Crews = [new RepairCrew("M", 1), new RepairCrew("M", 1)],
            Carriers = [new CarrierLoop("S", 2, "A", "Nowhere")],
            Stations =
            [
                new("A", Distribution.Constant(40)) { Routing = Routing.ByProbability(new RouteTarget("B", 0.5), new RouteTarget("X", 0.4)) },
                new("B", Distribution.Constant(40), FailureModel.FromMeans(100, 10) with { Crew = "Z" }) { Inputs = [StationInput.FromStation("A")] },
                new("C", Distribution.Constant(40)) { Inputs = [StationInput.FromStation("A")], Quality = new Quality(0.9) { Rework = [new ReworkRoute("Q", 1)] } },
                new("D", Distribution.Constant(40)) { Inputs = [] },
            ],
        };

        IReadOnlyList<string> problems = line.Validate();

        Assert.True(problems.Count >= 6, string.Join("\n", problems));
        Assert.All(problems, problem => Assert.NotEqual(string.Empty, ModelProblemPaths.Translate(problem, line).Path));
    }
}
