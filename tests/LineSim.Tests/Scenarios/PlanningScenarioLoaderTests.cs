using System.Collections.Immutable;
using LineSim.Model;
using LineSim.Scenarios;

namespace LineSim.Tests.Scenarios;

/// <summary>Each planning element (variants, processing times by variant, setups, maintenance, routing by variant, paced segments, the shift calendar) read into its model object.</summary>
public sealed class PlanningScenarioLoaderTests
{
    private static readonly ImmutableArray<DayOfWeek> s_weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    private static LineModel Line(string json)
    {
        ScenarioLoadResult result = ScenarioLoader.Load(json);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Scenario.Line;
    }

    /// <summary>A line of stations A, B and C (40 s each, or <paramref name="b"/> as B), with <paramref name="top"/> fields added at the top level.</summary>
    private static string Json(string top, string b = """{ "name": "B", "processingTime": 40 }""") =>
        $$"""{ "taktTime": 55, {{top}} "stations": [ { "name": "A", "processingTime": 40 }, {{b}}, { "name": "C", "processingTime": 40 } ] }""";

    private const string Sequence = """ "variants": { "sequence": ["Sedan", "Sedan", "Touring"] }, """;

    [Fact]
    public void Load_VariantSequence_IsProductMixBySequence()
    {
        ProductMix mix = Line(Json(Sequence)).Variants!;

        Assert.Equal(["Sedan", "Sedan", "Touring"], mix.Sequence.ToArray());
        Assert.Empty(mix.Shares);
        Assert.Equal(["Sedan", "Touring"], mix.Variants.ToArray());
    }

    [Fact]
    public void Load_VariantShares_IsProductMixByShares()
    {
        ProductMix mix = Line(Json(""" "variants": { "shares": { "Sedan": 0.7, "Touring": 0.3 } }, """)).Variants!;

        Assert.Equal([new VariantShare("Sedan", 0.7), new VariantShare("Touring", 0.3)], mix.Shares.ToArray());
        Assert.Empty(mix.Sequence);
    }

    [Fact]
    public void Load_ProcessingTimeByVariant_HasTheDefaultAndEachVariantsTime()
    {
        Station b = Line(Json(Sequence, """
            { "name": "B", "processingTime": { "default": { "type": "normal", "mean": 50, "stdDev": 2 }, "byVariant": { "Touring": 58 } } }
            """)).Stations[1];

        Assert.Equal(Distribution.Normal(50, 2).ToString(), b.ProcessingTime.ToString());
        Assert.Equal(["Touring"], b.ProcessingTimeByVariant.Keys);
        Assert.Equal(58, b.ProcessingTimeByVariant["Touring"].Mean);
    }

    [Fact]
    public void Load_ProcessingTimeAsADistribution_HasNoTimesByVariant()
    {
        Assert.All(Line(Json(Sequence)).Stations, station => Assert.Empty(station.ProcessingTimeByVariant));
    }

    [Theory]
    [InlineData("8")]
    [InlineData("""{ "type": "constant", "value": 8 }""")]
    [InlineData("""{ "time": 8 }""")]
    public void Load_SetupForAnyChange_IsAChangeoverTime(string setup)
    {
        Changeover changeover = Line(Json(Sequence, $$"""{ "name": "B", "processingTime": 40, "setup": {{setup}} }""")).Stations[1].Setup!;

        Assert.Equal(8, changeover.Time!.Mean);
        Assert.Empty(changeover.Matrix);
    }

    [Fact]
    public void Load_SetupMatrix_HasEachChange()
    {
        Changeover changeover = Line(Json(Sequence, """
            { "name": "B", "processingTime": 40,
              "setup": { "time": 5, "matrix": [ { "from": "Sedan", "to": "Touring", "time": 30 }, { "from": "Touring", "to": "Sedan", "time": { "type": "exponential", "mean": 20 } } ] } }
            """)).Stations[1].Setup!;

        Assert.Equal(5, changeover.Time!.Mean);
        Assert.Equal([("Sedan", "Touring", 30.0), ("Touring", "Sedan", 20.0)], changeover.Matrix.Select(c => (c.From, c.To, c.Time.Mean)));
    }

    [Fact]
    public void Load_SetupMatrixAlone_HasNoTimeForOtherChanges()
    {
        Changeover changeover = Line(Json(Sequence, """
            { "name": "B", "processingTime": 40, "setup": { "matrix": [ { "from": "Sedan", "to": "Touring", "time": 30 } ] } }
            """)).Stations[1].Setup!;

        Assert.Null(changeover.Time);
        Assert.Single(changeover.Matrix);
    }

    [Fact]
    public void Load_Maintenance_HasEachWindowFirstAtZeroByDefault()
    {
        Station b = Line(Json(string.Empty, """
            { "name": "B", "processingTime": 40, "maintenance": [ { "first": 79200, "every": 604800, "duration": 7200 }, { "every": 28800, "duration": 600 } ] }
            """)).Stations[1];

        Assert.Equal([new MaintenanceWindow(79_200, 604_800, 7_200), new MaintenanceWindow(0, 28_800, 600)], b.Maintenance.ToArray());
    }

    [Fact]
    public void Load_RoutingByVariant_HasEachTargetsVariants()
    {
        LineModel line = Line("""
            { "taktTime": 55, "variants": { "shares": { "Sedan": 0.6, "Touring": 0.3, "Coupe": 0.1 } },
              "stations": [
                { "name": "A", "processingTime": 40,
                  "routing": { "rule": "byVariant", "targets": [ { "station": "B", "variants": ["Touring", "Coupe"] }, { "station": "C" } ] } },
                { "name": "B", "inputs": [ { "from": "A" } ], "processingTime": 60 },
                { "name": "C", "inputs": [ { "from": "A" } ], "processingTime": 60 } ] }
            """);

        Routing routing = line.Stations[0].Routing!;
        Assert.Equal(RoutingRule.ByVariant, routing.Rule);
        Assert.Equal(["Touring", "Coupe"], routing.Targets[0].Variants.ToArray());
        Assert.Empty(routing.Targets[1].Variants);
    }

    [Fact]
    public void Load_Segments_TakeTheLinesTaktUnlessGivenTheirOwn()
    {
        // A paced segment's first station needs a place before it for its next part: C has a buffer of 1.
        LineModel line = Line("""
            { "taktTime": 55,
              "segments": [ { "name": "Trim", "first": "A", "last": "B" }, { "name": "Final", "first": "C", "last": "C", "taktTime": 50 } ],
              "stations": [ { "name": "A", "processingTime": 40 }, { "name": "B", "processingTime": 40 }, { "name": "C", "bufferBefore": 1, "processingTime": 40 } ] }
            """);

        Assert.Equal([new PacedSegment("Trim", "A", "B", 55), new PacedSegment("Final", "C", "C", 50)], line.Segments.ToArray());
    }

    [Fact]
    public void Load_Calendar_HasShiftsWithBreaksFromTheShiftsStart()
    {
        ShiftCalendar calendar = Line(Json("""
            "calendar": { "shifts": [
              { "name": "Early", "days": ["monday", "tuesday", "wednesday", "thursday", "friday"], "start": "06:00", "end": "14:00",
                "breaks": [ { "start": "09:00", "end": "09:15" }, { "start": "11:30", "end": "12:00" } ] },
              { "name": "Night", "days": ["sun", "mon", "tue", "wed", "thu"], "start": "22:00", "end": "06:00",
                "breaks": [ { "start": "02:00", "end": "02:30" } ] } ],
              "holidays": [0, 25] },
            """)).Calendar!;

        Shift early = calendar.Shifts[0];
        Assert.Equal(("Early", 6 * 3_600.0, 8 * 3_600.0), (early.Name, early.Start, early.Length));
        Assert.Equal(s_weekdays, early.Days.ToArray());
        Assert.Equal([new ShiftBreak(3 * 3_600, 900), new ShiftBreak(5.5 * 3_600, 1_800)], early.Breaks.ToArray());
        Shift night = calendar.Shifts[1];
        Assert.Equal((22 * 3_600.0, 8 * 3_600.0), (night.Start, night.Length));
        Assert.Equal([DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday], night.Days.ToArray());
        Assert.Equal([new ShiftBreak(4 * 3_600, 1_800)], night.Breaks.ToArray());
        Assert.Equal([0, 25], calendar.Holidays.ToArray());
        Assert.True(calendar.FailuresInWorkingTimeOnly);
    }

    [Theory]
    [InlineData("\"06:00\"", "\"06:00\"", 86_400)]
    [InlineData("\"00:00\"", "\"24:00\"", 86_400)]
    [InlineData("\"6:00\"", "\"14:30:30\"", 30_630)]
    public void Load_ShiftTimes_GiveItsStartAndLength(string start, string end, double length)
    {
        ShiftCalendar calendar = Line(Json($$""" "calendar": { "shifts": [ { "name": "S", "days": ["sat"], "start": {{start}}, "end": {{end}} } ] }, """)).Calendar!;

        Assert.Equal(length, calendar.Shifts[0].Length);
    }

    [Fact]
    public void Load_WeekdaysAndFailuresInCalendarTime_AreRead()
    {
        ShiftCalendar calendar = Line(Json("""
            "calendar": { "shifts": [ { "name": "Day", "days": ["weekdays", "saturday"], "start": "07:00", "end": "15:00" } ], "failuresCountIn": "calendarTime" },
            """)).Calendar!;

        Assert.Equal([.. s_weekdays, DayOfWeek.Saturday], calendar.Shifts[0].Days.ToArray());
        Assert.False(calendar.FailuresInWorkingTimeOnly);
        Assert.Empty(calendar.Holidays);
    }

    [Fact]
    public void Load_CalendarTwoShiftsFiveDays_IsTheModelsOwn()
    {
        Assert.Same(ShiftCalendar.TwoShiftsFiveDays, Line(Json(""" "calendar": "twoShiftsFiveDays", """)).Calendar);
    }

    [Fact]
    public void Load_ScenarioWithoutPlanning_HasNone()
    {
        LineModel line = ScenarioLoader.Load(ScenarioJson.Example).GetScenarioOrThrow().Line;

        Assert.Null(line.Variants);
        Assert.Null(line.Calendar);
        Assert.Empty(line.Segments);
        Assert.All(line.Stations, station =>
        {
            Assert.Empty(station.ProcessingTimeByVariant);
            Assert.Null(station.Setup);
            Assert.Empty(station.Maintenance);
        });
    }
}
