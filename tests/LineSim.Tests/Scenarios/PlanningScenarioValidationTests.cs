using LineSim.Model;
using LineSim.Scenarios;

namespace LineSim.Tests.Scenarios;

/// <summary>
/// Every problem with the planning elements (variants, setups, maintenance, paced segments, the shift calendar) reported
/// at its JSON path: values by the readers, and what refers to what by the model's checks, translated to the file's paths.
/// </summary>
public sealed class PlanningScenarioValidationTests
{
    private const string Sequence = """ "variants": { "sequence": ["Sedan", "Sedan", "Touring"] }, """;

    private static List<string> Errors(string json)
    {
        ScenarioLoadResult result = ScenarioLoader.Load(json);
        Assert.False(result.IsValid, "the scenario should be invalid");
        return [.. result.Errors.Select(e => e.ToString())];
    }

    /// <summary>A line of stations A, B and C (40 s each, or <paramref name="b"/> as B), with <paramref name="top"/> fields added at the top level.</summary>
    private static string Json(string top, string b = """{ "name": "B", "processingTime": 40 }""") =>
        $$"""{ "taktTime": 55, {{top}} "stations": [ { "name": "A", "processingTime": 40 }, {{b}}, { "name": "C", "processingTime": 40 } ] }""";

    /// <summary>A line with one shift, whose fields are <paramref name="shift"/>.</summary>
    private static string Shift(string shift) => Json($$""" "calendar": { "shifts": [ { {{shift}} } ] }, """);

    // Variants

    [Fact]
    public void Load_UnknownVariantInProcessingTimes_IsCaughtAtItsKey()
    {
        Assert.Equal(
            ["stations[1].processingTime.byVariant.Coupe: unknown variant 'Coupe'; the variants are 'Sedan', 'Touring'"],
            Errors(Json(Sequence, """{ "name": "B", "processingTime": { "default": 40, "byVariant": { "Touring": 50, "Coupe": 45 } } }""")));
    }

    [Fact]
    public void Load_UnknownVariantNotAPlainWord_IsCaughtAtItsQuotedKey()
    {
        Assert.Equal(
            ["stations[1].processingTime.byVariant[\"Touring XL\"]: unknown variant 'Touring XL'; the variants are 'Sedan', 'Touring'"],
            Errors(Json(Sequence, """{ "name": "B", "processingTime": { "default": 40, "byVariant": { "Touring XL": 50 } } }""")));
    }

    [Fact]
    public void Load_UnknownVariantInASetupMatrix_IsCaughtAtFromAndTo()
    {
        Assert.Equal(
            [
                "stations[1].setup.matrix[0].to: unknown variant 'Coupe'; the variants are 'Sedan', 'Touring'",
                "stations[1].setup.matrix[1].from: unknown variant 'Estate'; the variants are 'Sedan', 'Touring'",
            ],
            Errors(Json(Sequence, """
                { "name": "B", "processingTime": 40,
                  "setup": { "matrix": [ { "from": "Sedan", "to": "Coupe", "time": 30 }, { "from": "Estate", "to": "Sedan", "time": 30 } ] } }
                """)));
    }

    [Fact]
    public void Load_UnknownVariantOfARoutingTarget_IsCaughtAtItsPlaceInTheList()
    {
        Assert.Equal(
            ["stations[0].routing.targets[0].variants[1]: unknown variant 'Coupe'; the variants are 'Sedan', 'Touring'"],
            Errors($$"""
                { "taktTime": 55, {{Sequence}} "stations": [
                  { "name": "A", "processingTime": 40,
                    "routing": { "rule": "byVariant", "targets": [ { "station": "B", "variants": ["Touring", "Coupe"] }, { "station": "C" } ] } },
                  { "name": "B", "inputs": [ { "from": "A" } ], "processingTime": 60 },
                  { "name": "C", "inputs": [ { "from": "A" } ], "processingTime": 60 } ] }
                """));
    }

    [Fact]
    public void Load_VariantsWithoutAVariantsSection_AreCaught()
    {
        Assert.Equal(
            ["stations[1].processingTime.byVariant.Touring: names variant 'Touring', but the line has no variants"],
            Errors(Json(string.Empty, """{ "name": "B", "processingTime": { "default": 40, "byVariant": { "Touring": 50 } } }""")));
    }

    [Fact]
    public void Load_SharesNotSummingToOne_AreCaught()
    {
        Assert.Equal(
            ["variants.shares: the shares must sum to 1, got 0.9"],
            Errors(Json(""" "variants": { "shares": { "Sedan": 0.7, "Touring": 0.2 } }, """)));
    }

    [Theory]
    [InlineData("""{ "sequence": [] }""", "variants.sequence: must name at least one variant, got an empty list")]
    [InlineData("""{ "sequence": ["Sedan", ""] }""", "variants.sequence[1]: must not be empty")]
    [InlineData("""{ "sequence": ["Sedan"], "shares": { "Sedan": 1 } }""", "variants.shares: give either sequence or shares, not both")]
    [InlineData("""{ }""", "variants: needs sequence (the variants in the order parts get them, over and over) or shares (each variant's fraction of the parts, drawn at random)")]
    [InlineData("""{ "shares": { } }""", "variants.shares: must give at least one variant's share, got an empty object")]
    [InlineData("""{ "shares": { "Sedan": 1.5 } }""", "variants.shares.Sedan: must be between 0 and 1, got 1.5")]
    [InlineData("""{ "shares": { "Sedan": 0.5, "Sedan": 0.5 } }""", "variants.shares.Sedan: appears more than once; give each name once")]
    [InlineData("""{ "shares": ["Sedan"] }""", "variants.shares: must be an object of variant names and their shares, got a list")]
    [InlineData("""{ "sequense": ["Sedan"] }""", "variants.sequense: unknown field, did you mean \"sequence\"?")]
    public void Load_ImpossibleVariants_AreCaughtAtTheirPath(string variants, string expected)
    {
        Assert.Contains(expected, Errors(Json($$""" "variants": {{variants}}, """)));
    }

    [Theory]
    [InlineData("""{ "byVariant": { "Touring": 50 } }""", "stations[1].processingTime.default: required field is missing; the processing time of the variants byVariant does not name")]
    [InlineData("""{ "default": 40 }""", "stations[1].processingTime.byVariant: required field is missing")]
    [InlineData("""{ "default": 40, "byVariant": { } }""", "stations[1].processingTime.byVariant: must give at least one variant's processing time, got an empty object; without any, give processingTime as a distribution")]
    [InlineData("""{ "default": 40, "byVariant": { "Touring": -1 } }""", "stations[1].processingTime.byVariant.Touring: must be 0 or more, got -1")]
    [InlineData("""{ "default": 40, "byVariant": { "Touring": 50 }, "Sedan": 40 }""", "stations[1].processingTime.Sedan: unknown field; a processing time by variant has the fields default, byVariant")]
    public void Load_ImpossibleProcessingTimesByVariant_AreCaughtAtTheirPath(string processingTime, string expected)
    {
        Assert.Contains(expected, Errors(Json(Sequence, $$"""{ "name": "B", "processingTime": {{processingTime}} }""")));
    }

    // Setups

    [Fact]
    public void Load_SetupWithoutVariants_IsCaught()
    {
        Assert.Equal(
            ["stations[1].setup: a setup happens when the variant changes, but the line has no variants"],
            Errors(Json(string.Empty, """{ "name": "B", "processingTime": 40, "setup": 8 }""")));
    }

    [Theory]
    [InlineData("-1", "stations[1].setup: must be 0 or more, got -1")]
    [InlineData("\"8 sec\"", "stations[1].setup: must be a number of seconds or a string with a unit (s, min, h, d, w), as \"55 s\" or \"4 h\", got a string \"8 sec\"")]
    [InlineData("""{ "mean": 8 }""", "stations[1].setup.type: required field is missing; the type of a distribution: \"constant\", \"exponential\", \"normal\", \"lognormal\", \"gamma\", \"weibull\", \"triangular\", \"uniform\", \"erlang\" or \"empirical\"")]
    [InlineData("""{ "time": 8, "matrix": [ { "from": "Sedan", "time": 30 } ] }""", "stations[1].setup.matrix[0].to: required field is missing")]
    [InlineData("""{ "matrix": [ { "from": "Sedan", "to": "Sedan", "time": 30 } ] }""", "stations[1].setup.matrix[0].to: must differ from from (\"Sedan\"): a setup happens only when the variant changes")]
    [InlineData("""{ "matrix": [ { "from": "Sedan", "to": "Touring", "time": 30 }, { "from": "Sedan", "to": "Touring", "time": 20 } ] }""", "stations[1].setup.matrix[1]: the setup from \"Sedan\" to \"Touring\" is already given by stations[1].setup.matrix[0]")]
    [InlineData("""{ "time": 8, "matrix": [], "costs": 1 }""", "stations[1].setup.costs: unknown field; a setup has the fields time, matrix")]
    public void Load_ImpossibleSetup_IsCaughtAtItsPath(string setup, string expected)
    {
        Assert.Contains(expected, Errors(Json(Sequence, $$"""{ "name": "B", "processingTime": 40, "setup": {{setup}} }""")));
    }

    // Maintenance

    [Fact]
    public void Load_MaintenanceLongerThanItsPeriod_IsCaught()
    {
        Assert.Equal(
            ["stations[1].maintenance[0].every: must be longer than the window's duration (7200), got 3600"],
            Errors(Json(string.Empty, """{ "name": "B", "processingTime": 40, "maintenance": [ { "every": 3600, "duration": 7200 } ] }""")));
    }

    [Theory]
    [InlineData("""[ { "every": 3600 } ]""", "stations[1].maintenance[0].duration: required field is missing")]
    [InlineData("""[ { "every": 3600, "duration": 0 } ]""", "stations[1].maintenance[0].duration: must be greater than 0, got 0")]
    [InlineData("""[ { "first": -1, "every": 3600, "duration": 600 } ]""", "stations[1].maintenance[0].first: must be 0 or more, got -1")]
    [InlineData("""[ { "first": "22:00", "every": 3600, "duration": 600 } ]""", "stations[1].maintenance[0].first: must be a number of seconds or a string with a unit (s, min, h, d, w), as \"55 s\" or \"4 h\", got a string \"22:00\"")]
    [InlineData("""{ "every": 3600, "duration": 600 }""", "stations[1].maintenance: must be a list of maintenance windows, got an object")]
    public void Load_ImpossibleMaintenance_IsCaughtAtItsPath(string maintenance, string expected)
    {
        Assert.Contains(expected, Errors(Json(string.Empty, $$"""{ "name": "B", "processingTime": 40, "maintenance": {{maintenance}} }""")));
    }

    // Routing by variant

    [Theory]
    [InlineData("""{ "rule": "byVariant" }""", "stations[0].routing.targets: required field is missing; routing by variant lists each station this one feeds, with the variants sent there")]
    [InlineData("""{ "rule": "byVariant", "targets": [ { "station": "B", "variants": [] }, { "station": "C" } ] }""", "stations[0].routing.targets[0].variants: must name at least one variant, got an empty list; leave variants out for the target that takes every variant the others do not name")]
    [InlineData("""{ "rule": "byVariant", "targets": [ { "station": "B" }, { "station": "C" } ] }""", "stations[0].routing.targets: 2 targets name no variants; at most one may take the variants the others do not name")]
    [InlineData("""{ "rule": "byVariant", "targets": [ { "station": "B", "variants": ["Sedan"] }, { "station": "C", "variants": ["Sedan"] } ] }""", "stations[0].routing.targets[1].variants[0]: variant 'Sedan' already goes to another target")]
    [InlineData("""{ "rule": "byVariant", "targets": [ { "station": "B", "variants": ["Sedan"] }, { "station": "C", "probability": 1 } ] }""", "stations[0].routing.targets[1].probability: not allowed with rule \"byVariant\": only routing by \"probability\" gives targets probabilities; a target's variants say which parts go there")]
    [InlineData("""{ "rule": "roundRobin", "targets": [ { "station": "B", "variants": ["Sedan"] }, { "station": "C" } ] }""", "stations[0].routing.targets[0].variants: not allowed with rule \"roundRobin\": only routing by \"byVariant\" sends variants to targets")]
    public void Load_ImpossibleRoutingByVariant_IsCaughtAtItsPath(string routing, string expected)
    {
        Assert.Contains(expected, Errors($$"""
            { "taktTime": 55, {{Sequence}} "stations": [
              { "name": "A", "processingTime": 40, "routing": {{routing}} },
              { "name": "B", "inputs": [ { "from": "A" } ], "processingTime": 60 },
              { "name": "C", "inputs": [ { "from": "A" } ], "processingTime": 60 } ] }
            """));
    }

    [Fact]
    public void Load_RoutingByVariantWithoutVariants_IsCaught()
    {
        Assert.Equal(
            ["stations[0].routing.rule: routing by variant needs the line's variants"],
            Errors("""
                { "taktTime": 55, "stations": [
                  { "name": "A", "processingTime": 40, "routing": { "rule": "byVariant", "targets": [ { "station": "B" }, { "station": "C" } ] } },
                  { "name": "B", "inputs": [ { "from": "A" } ], "processingTime": 60 },
                  { "name": "C", "inputs": [ { "from": "A" } ], "processingTime": 60 } ] }
                """));
    }

    // Segments

    [Theory]
    [InlineData("0", "segments[0].taktTime: must be greater than 0, got 0")]
    [InlineData("-55", "segments[0].taktTime: must be greater than 0, got -55")]
    public void Load_SegmentTaktNotPositive_IsCaught(string takt, string expected)
    {
        Assert.Equal([expected], Errors(Json($$""" "segments": [ { "name": "Trim", "first": "A", "last": "C", "taktTime": {{takt}} } ], """)));
    }

    [Fact]
    public void Load_SegmentNamingAnUnknownStation_IsCaught()
    {
        Assert.Equal(
            ["segments[0].last: no station is named 'Trim 3'"],
            Errors(Json(""" "segments": [ { "name": "Trim", "first": "A", "last": "Trim 3" } ], """)));
    }

    [Fact]
    public void Load_SegmentGoingBackwards_IsCaught()
    {
        Assert.Equal(
            ["segments[0].last: 'A' comes before 'C' in the line; a segment runs from its first station forwards"],
            Errors(Json(""" "segments": [ { "name": "Trim", "first": "C", "last": "A" } ], """)));
    }

    [Fact]
    public void Load_BufferInsideASegment_IsCaughtAtTheBufferBefore()
    {
        Assert.Equal(
            ["stations[1].bufferBefore: 'A' is inside paced segment 'Trim', whose stations pass parts on without buffers"],
            Errors(Json(""" "segments": [ { "name": "Trim", "first": "A", "last": "C" } ], """, """{ "name": "B", "bufferBefore": 2, "processingTime": 40 }""")));
    }

    [Theory]
    [InlineData("""[ { "name": "Trim", "first": "A", "last": "B" }, { "name": "Final", "first": "B", "last": "C" } ]""", "segments[1]: 'B' is already in segment 'Trim'; segments do not overlap")]
    [InlineData("""[ { "name": "Trim", "first": "A", "last": "A" }, { "name": "Trim", "first": "C", "last": "C" } ]""", "segments[1].name: must be a name no other segment has, got 'Trim'")]
    [InlineData("""[ { "name": "Trim", "first": "A" } ]""", "segments[0].last: required field is missing")]
    [InlineData("""[ { "name": "Trim", "from": "A", "last": "B" } ]""", "segments[0].from: unknown field; a paced segment has the fields name, first, last, taktTime")]
    public void Load_ImpossibleSegments_AreCaughtAtTheirPath(string segments, string expected)
    {
        Assert.Contains(expected, Errors(Json($$""" "segments": {{segments}}, """)));
    }

    [Fact]
    public void Load_CellInsideASegment_IsCaughtAtItsServers()
    {
        Assert.Equal(
            ["stations[1].servers: a station in paced segment 'Trim' is a single machine, got 2"],
            Errors(Json(""" "segments": [ { "name": "Trim", "first": "A", "last": "C" } ], """, """{ "name": "B", "servers": 2, "processingTime": 80 }""")));
    }

    // Calendar

    [Fact]
    public void Load_OverlappingShifts_AreCaught()
    {
        Assert.Equal(
            ["calendar.shifts: shifts 'Early' and 'Late' overlap on Monday; a plant works one shift at a time"],
            Errors(Json("""
                "calendar": { "shifts": [
                  { "name": "Early", "days": ["weekdays"], "start": "06:00", "end": "15:00" },
                  { "name": "Late", "days": ["weekdays"], "start": "14:00", "end": "22:00" } ] },
                """)));
    }

    [Fact]
    public void Load_BreakOutsideItsShift_IsCaught()
    {
        Assert.Equal(
            ["calendar.shifts[0].breaks[0].start: \"15:00\" is outside the shift, which runs from \"06:00\" to \"14:00\"; a break lies within its shift"],
            Errors(Shift(""" "name": "Early", "days": ["mon"], "start": "06:00", "end": "14:00", "breaks": [ { "start": "15:00", "end": "15:30" } ] """)));
    }

    [Theory]
    [InlineData("""{ "start": "13:45", "end": "14:15" }""", "calendar.shifts[0].breaks[0].end: \"14:15\" is after the end of the shift, which runs from \"06:00\" to \"14:00\"; a break lies within its shift")]
    [InlineData("""{ "start": "05:45", "end": "06:15" }""", "calendar.shifts[0].breaks[0].start: \"05:45\" is outside the shift, which runs from \"06:00\" to \"14:00\"; a break lies within its shift")]
    [InlineData("""{ "start": "10:00", "end": "10:00" }""", "calendar.shifts[0].breaks[0].end: must be later than the break's start (\"10:00\"), got \"10:00\"")]
    [InlineData("""{ "start": "10:00", "end": "10:30" }, { "start": "10:15", "end": "10:45" }""", "calendar.shifts[0].breaks[1].start: \"10:15\" is before the end of the break before it (\"10:30\"); give a shift's breaks in order, without overlaps")]
    [InlineData("""{ "start": "10:00" }""", "calendar.shifts[0].breaks[0].end: required field is missing")]
    public void Load_ImpossibleBreak_IsCaughtAtItsPath(string breaks, string expected)
    {
        Assert.Contains(expected, Errors(Shift($$""" "name": "Early", "days": ["mon"], "start": "06:00", "end": "14:00", "breaks": [ {{breaks}} ] """)));
    }

    [Fact]
    public void Load_BreakAfterMidnightInANightShift_IsValid()
    {
        ScenarioLoadResult result = ScenarioLoader.Load(Shift(""" "name": "Night", "days": ["mon"], "start": "22:00", "end": "06:00", "breaks": [ { "start": "23:45", "end": "00:15" } ] """));

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(new ShiftBreak(6_300, 1_800), result.Scenario.Line.Calendar!.Shifts[0].Breaks[0]);
    }

    [Theory]
    [InlineData("\"25:00\"", "calendar.shifts[0].start: must be a time of day \"hh:mm\", from \"00:00\" to \"23:59\", got \"25:00\"")]
    [InlineData("\"6.30\"", "calendar.shifts[0].start: must be a time of day \"hh:mm\", from \"00:00\" to \"23:59\", got \"6.30\"")]
    [InlineData("\"06:60\"", "calendar.shifts[0].start: must be a time of day \"hh:mm\", from \"00:00\" to \"23:59\", got \"06:60\"")]
    [InlineData("\"24:00\"", "calendar.shifts[0].start: must be a time of day \"hh:mm\", from \"00:00\" to \"23:59\", got \"24:00\"")]
    [InlineData("21600", "calendar.shifts[0].start: must be a time of day \"hh:mm\", from \"00:00\" to \"23:59\", got the number 21600")]
    public void Load_BadTimeOfDay_IsCaught(string start, string expected)
    {
        Assert.Equal([expected], Errors(Shift($$""" "name": "Early", "days": ["mon"], "start": {{start}}, "end": "14:00" """)));
    }

    [Theory]
    [InlineData("""["Monday"]""", "calendar.shifts[0].days[0]: must be a day of the week (\"monday\" to \"sunday\", or \"mon\" to \"sun\") or \"weekdays\", got \"Monday\"; did you mean \"monday\"?")]
    [InlineData("""["weekdays", "fri"]""", "calendar.shifts[0].days[1]: \"friday\" is already among the shift's days; give each day once")]
    [InlineData("""[]""", "calendar.shifts[0].days: a shift needs at least one day, got an empty list")]
    [InlineData("\"weekdays\"", "calendar.shifts[0].days: must be a list of days (\"monday\" to \"sunday\", \"mon\" to \"sun\", or \"weekdays\"), got a string \"weekdays\"")]
    public void Load_ImpossibleDays_AreCaughtAtTheirPath(string days, string expected)
    {
        Assert.Equal([expected], Errors(Shift($$""" "name": "Early", "days": {{days}}, "start": "06:00", "end": "14:00" """)));
    }

    [Theory]
    [InlineData("""{ "shifts": [] }""", "calendar.shifts: a calendar needs at least one shift, got an empty list")]
    [InlineData("""{ "holidays": [0] }""", "calendar.shifts: required field is missing")]
    [InlineData("""{ "shifts": [ { "name": "S", "days": ["mon"], "start": "06:00", "end": "14:00" } ], "holidays": [-1] }""", "calendar.holidays[0]: must be 0 or more, got -1")]
    [InlineData("""{ "shifts": [ { "name": "S", "days": ["mon"], "start": "06:00", "end": "14:00" } ], "holidays": [1.5] }""", "calendar.holidays[0]: must be a whole number of days (0 for the run's first day, a Monday), got 1.5")]
    [InlineData("""{ "shifts": [ { "name": "S", "days": ["mon"], "start": "06:00", "end": "14:00" } ], "failuresCountIn": "workTime" }""", "calendar.failuresCountIn: must be \"workingTime\" or \"calendarTime\", got \"workTime\"; did you mean \"workingTime\"?")]
    [InlineData("""{ "shifts": [ { "days": ["mon"], "start": "06:00", "end": "14:00" } ] }""", "calendar.shifts[0].name: required field is missing")]
    [InlineData("\"twoShifts\"", "calendar: must be \"twoShiftsFiveDays\", got \"twoShifts\"")]
    [InlineData("[]", "calendar: must be an object (a shift calendar) or \"twoShiftsFiveDays\", got a list")]
    public void Load_ImpossibleCalendar_IsCaughtAtItsPath(string calendar, string expected)
    {
        Assert.Contains(expected, Errors(Json($$""" "calendar": {{calendar}}, """)));
    }

    [Fact]
    public void Load_ProblemsOfSeveralSections_ComeInTheFilesOrder()
    {
        Assert.Equal(
            [
                "variants.shares: the shares must sum to 1, got 0.5",
                "stations[1].setup.matrix[0].from: unknown variant 'Coupe'; the variants are 'Sedan'",
                "segments[0].first: no station is named 'X'",
                "calendar.shifts: shifts 'Early' and 'Late' overlap on Monday; a plant works one shift at a time",
            ],
            Errors(Json(
                """
                "variants": { "shares": { "Sedan": 0.5 } },
                "segments": [ { "name": "Trim", "first": "X", "last": "C" } ],
                "calendar": { "shifts": [
                  { "name": "Early", "days": ["mon"], "start": "06:00", "end": "15:00" },
                  { "name": "Late", "days": ["mon"], "start": "14:00", "end": "22:00" } ] },
                """,
                """{ "name": "B", "processingTime": 40, "setup": { "matrix": [ { "from": "Coupe", "to": "Sedan", "time": 30 } ] } }""")));
    }
}
