using System.Text.Json;
using LineSim.Cli.Reporting;

namespace LineSim.Cli.Tests;

/// <summary>
/// The reports on hand-built results (<see cref="HandBuiltResults"/>): a plain serial line keeps its layout; a line with
/// feeder lines, a robot cell, a quality check, a conveyor, a crew and carriers shows them; so does a paced line with
/// variants, a setup, maintenance and a shift calendar.
/// </summary>
public sealed class ReportTests
{
    /// <summary>The text report of <see cref="HandBuiltResults.Serial"/>, as written before lines had graph elements.</summary>
    private const string SerialText = """
            Short line
            2 replications of 36000 s (10 h) after a 3600 s (1 h) warm-up, seed 42, event engine

              JPH              63.5 ± 0.8 against takt 65.5 (55 s)
              Takt attainment  97.0% ± 1.2%
              Parts out        635 ± 8 per replication
              WIP              6.25 ± 0.30 parts
              Lead time        354 ± 12 s (median 330 s, 95th percentile 520 s)
              Bottleneck       Respot 1

              Station   Working  Starved  Blocked  Down
              Load        86.5%    13.5%     0.0%  0.0%
              Respot 1    89.5%     5.5%     1.0%  4.0%
              Respot 2    79.5%    20.5%     0.0%  0.0%

              Buffer                Capacity  Avg level   Full  Empty
              (input) -> Load              4       0.95  10.0%  30.0%
              Load -> Respot 1             3       1.15  10.0%  30.0%
              Respot 1 -> Respot 2         2       0.45  10.0%  30.0%
            """;

    /// <summary>The CSV report of <see cref="HandBuiltResults.Serial"/>, as written before lines had graph elements.</summary>
    private const string SerialCsv = """
            replication,observedTime,partsOut,throughputPerHour,taktAttainment,wip,leadTime,leadTimeP50,leadTimeP95,Load working,Load starved,Load blocked,Load down,Respot 1 working,Respot 1 starved,Respot 1 blocked,Respot 1 down,Respot 2 working,Respot 2 starved,Respot 2 blocked,Respot 2 down,input -> Load averageLevel,Load -> Respot 1 averageLevel,Respot 1 -> Respot 2 averageLevel
            0,36000,640,64,0.9777777777777777,6.25,354,330,520,0.87,0.13,0,0,0.9,0.05,0.01,0.04,0.8,0.2,0,0,0.9,1.2,0.4
            1,36000,630,63,0.9625,6.25,354,330,520,0.86,0.14,0,0,0.89,0.06,0.01,0.04,0.79,0.21,0,0,1,1.1,0.5
            """;

    /// <summary>The text report of <see cref="HandBuiltResults.BodyShop"/>.</summary>
    private const string BodyShopText = """
            Body shop
            1 replication of 36000 s (10 h) after a 3600 s (1 h) warm-up, seed 42, event engine

              JPH              63.5 ± 0.8 against takt 65.5 (55 s)
              Takt attainment  97.0% ± 1.2%
              Parts out        635 ± 8 per replication
              Scrapped         4.0 per replication
              WIP              6.25 ± 0.30 parts
              Lead time        354 ± 12 s (median 330 s, 95th percentile 520 s)
              Bottleneck       Framing

              Station     Servers  Working  Starved  Blocked  Down  Crew wait  Quality    OEE
              Underbody         1    80.0%     0.0%    15.0%  5.0%       1.0%        -  80.0%
              Side LH           1    80.0%     0.0%    20.0%  0.0%          -        -  80.0%
              Side RH           1    80.0%     0.0%    20.0%  0.0%          -        -  80.0%
              Framing           1    85.0%    10.0%     2.0%  3.0%          -        -  85.0%
              Respot            3    84.0%    16.0%     0.0%  0.0%          -        -  84.0%
              Inspection        1    75.0%    25.0%     0.0%  0.0%          -    80.0%  60.0%
              Rework bay        1    10.0%    90.0%     0.0%  0.0%          -        -  10.0%
              Unload            1    70.0%    30.0%     0.0%  0.0%          -        -  70.0%

              Assembly  Starved by input
              Framing   Underbody         6.0%
                        Side LH           3.0%
                        Side RH           2.0%

              Buffer                           Capacity  Avg level   Full  Empty
              Underbody -> Framing                    2       1.50  10.0%  30.0%
              Side LH -> Framing                      2       1.60  10.0%  30.0%
              Side RH -> Framing                      2       1.70  10.0%  30.0%
              Inspection -> Unload (conveyor)         6       2.50  10.0%  30.0%

              Carriers  Count  Utilisation  Avg returning  Avg idle  None idle  Wait for carrier  Return blocked
              Skids        24        85.0%           2.40      1.20      12.5%              5.0%            2.0%

              Crew         Size  Utilisation  Avg waiting  Repairs
              Maintenance     2         8.0%         0.02     55.0
            """;

    /// <summary>The text report of <see cref="HandBuiltResults.Planned"/>.</summary>
    private const string PlannedText = """
            Paced line
            2 replications of 1209600 s (14 d) after a 0 s warm-up, seed 42, event engine

              JPH              61.0 ± 0.2 per working hour against takt 65.5 (55 s); 27.2 ± 0.1 per calendar hour
              Working hours    150 of 336 h
              Takt attainment  93.2% ± 0.3%
              Parts out        9125 ± 25 per replication over 2 weeks (mean, 95% confidence)
              One period       9082 to 9168 parts (95% prediction interval for one period of 2 weeks)
              Per shift        Early 460.0 ± 0.0, Late 455.0 ± 0.0
              Per week         4575 (mean of 2 weeks)
              WIP              6.25 ± 0.30 parts
              Lead time        354 ± 12 s (median 330 s, 95th percentile 520 s) of working time
                               7250 ± 600 s (median 330 s, 95th percentile 58000 s) of calendar time
              Bottleneck       A

              Variant  Parts out  Share
              Sedan    4570 ± 12  50.1%
              Touring  4555 ± 13  49.9%

              Station states as shares of working time; off shift as a share of calendar time.
              Station  Working  Starved  Blocked  Down  Setup  Off shift  Maintenance    OEE
              A          88.9%     0.0%    11.1%  0.0%      -      55.0%            -  88.9%
              B          84.4%     2.2%     4.4%  0.0%   8.9%      55.0%            -  84.4%
              C          80.0%    11.1%     0.0%  8.9%      -      55.0%         8.9%  80.0%

              Segment  Takt  Indexes   Late  Stopped: busy  failure  starved  blocked
              Paced    55 s     9135  21.9%           4.5%     3.4%     0.0%     2.2%

              Buffer  Capacity  Avg level   Full  Empty
              B -> C         2       0.50  10.0%  30.0%
            """;

    private static string Text(Results.SimulationResult result, Model.LineModel line)
    {
        using var writer = new StringWriter();
        TextReport.Write(result, line, writer);
        return writer.ToString().ReplaceLineEndings("\n");
    }

    private static string[] Csv(Results.SimulationResult result, Model.LineModel line)
    {
        using var writer = new StringWriter();
        CsvReport.Write(result, line, writer);
        return writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void Text_PlainSerialLine_KeepsItsLayout()
    {
        Assert.Equal(SerialText.ReplaceLineEndings("\n") + "\n", Text(HandBuiltResults.Serial(), HandBuiltResults.SerialLine));
    }

    [Fact]
    public void Csv_PlainSerialLine_KeepsItsColumns()
    {
        Assert.Equal(SerialCsv.Split('\n'), Csv(HandBuiltResults.Serial(), HandBuiltResults.SerialLine));
    }

    [Fact]
    public void Json_PlainSerialLine_KeepsEveryFieldItHad()
    {
        using JsonDocument document = JsonDocument.Parse(JsonReport.Write(HandBuiltResults.Serial()));
        JsonElement root = document.RootElement;

        string[] fields =
        [
            "scenario", "engine", "seed", "replications", "warmup", "duration", "taktTime", "taktThroughputPerHour", "throughputPerHour",
            "partsOut", "taktAttainment", "wip", "leadTime", "bottleneck", "stations", "buffers", "inputBuffer",
        ];
        Assert.All(fields, field => Assert.True(root.TryGetProperty(field, out _), field));
        JsonElement station = root.GetProperty("stations")[1];
        Assert.Equal("Respot 1", station.GetProperty("name").GetString());
        Assert.Equal(0.895, station.GetProperty("working").GetProperty("mean").GetDouble());
        Assert.Equal(0.01, station.GetProperty("working").GetProperty("halfWidth").GetDouble());
        Assert.Equal(0.96, station.GetProperty("availability").GetProperty("mean").GetDouble());
        JsonElement buffer = root.GetProperty("buffers")[0];
        Assert.Equal(("Load", "Respot 1", 3), (buffer.GetProperty("after").GetString(), buffer.GetProperty("before").GetString(), buffer.GetProperty("capacity").GetInt32()));
        Assert.False(buffer.GetProperty("conveyor").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("inputBuffer").GetProperty("after").ValueKind);
    }

    [Fact]
    public void Text_GraphLine_ShowsServersCrewWaitQualityOeeStarvationConveyorsCarriersAndCrews()
    {
        Assert.Equal(BodyShopText.ReplaceLineEndings("\n") + "\n", Text(HandBuiltResults.BodyShop(), HandBuiltResults.BodyShopLine));
    }

    [Fact]
    public void Text_GraphLineWithoutCellsCrewsOrQualityChecks_ShowsOeeOnly()
    {
        Model.LineModel line = HandBuiltResults.BodyShopLine with
        {
            Crews = [],
            Carriers = [],
            Stations = [.. HandBuiltResults.BodyShopLine.Stations.Select(s => s with { Servers = 1, Quality = null, Failures = null })],
        };

        string text = Text(HandBuiltResults.BodyShop(), line);

        Assert.Contains("  Station     Working  Starved  Blocked  Down    OEE\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Servers", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Crew wait", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Quality", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_NothingScrapped_HasNoScrapLine()
    {
        string text = Text(HandBuiltResults.BodyShop() with { Scrapped = default }, HandBuiltResults.BodyShopLine);

        Assert.DoesNotContain("Scrapped", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_GraphLine_HasTheNewFields()
    {
        using JsonDocument document = JsonDocument.Parse(JsonReport.Write(HandBuiltResults.BodyShop()));
        JsonElement root = document.RootElement;

        Assert.Equal(4, root.GetProperty("scrapped").GetProperty("mean").GetDouble());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("scrapped").GetProperty("halfWidth").ValueKind);
        JsonElement[] stations = [.. root.GetProperty("stations").EnumerateArray()];
        JsonElement underbody = stations[0];
        Assert.Equal(1, underbody.GetProperty("servers").GetInt32());
        Assert.Empty(underbody.GetProperty("serverWorking").EnumerateArray());
        Assert.Equal(0.01, underbody.GetProperty("waitingForCrew").GetProperty("mean").GetDouble());
        JsonElement framing = stations[3];
        Assert.Equal(
            [("Underbody", 0.06), ("Side LH", 0.03), ("Side RH", 0.02)],
            framing.GetProperty("starvedByInput").EnumerateArray().Select(i => (i.GetProperty("from").GetString(), i.GetProperty("mean").GetDouble())));
        JsonElement respot = stations[4];
        Assert.Equal(3, respot.GetProperty("servers").GetInt32());
        Assert.Equal(
            [("1", 0.9), ("2", 0.84), ("3", 0.78)],
            respot.GetProperty("serverWorking").EnumerateArray().Select(m => (m.GetProperty("name").GetString(), m.GetProperty("mean").GetDouble())));
        JsonElement inspection = stations[5];
        Assert.Equal(0.8, inspection.GetProperty("quality").GetProperty("mean").GetDouble(), 12);
        Assert.Equal(0.6, inspection.GetProperty("oee").GetProperty("mean").GetDouble(), 12);
        Assert.Equal(4, inspection.GetProperty("scrapped").GetProperty("mean").GetDouble());
        Assert.Equal(16, inspection.GetProperty("reworked").GetProperty("mean").GetDouble());

        Assert.Equal([false, false, false, true], root.GetProperty("buffers").EnumerateArray().Select(b => b.GetProperty("conveyor").GetBoolean()));

        JsonElement skids = Assert.Single(root.GetProperty("carriers").EnumerateArray());
        Assert.Equal("Skids", skids.GetProperty("name").GetString());
        Assert.Equal(24, skids.GetProperty("count").GetInt32());
        Assert.Equal(0.85, skids.GetProperty("utilisation").GetProperty("mean").GetDouble());
        Assert.Equal(20.4, skids.GetProperty("averageLoaded").GetProperty("mean").GetDouble());
        Assert.Equal(2.4, skids.GetProperty("averageReturning").GetProperty("mean").GetDouble());
        Assert.Equal(1.2, skids.GetProperty("averageIdle").GetProperty("mean").GetDouble());
        Assert.Equal(0.125, skids.GetProperty("noneIdleFraction").GetProperty("mean").GetDouble());
        Assert.Equal(0.05, skids.GetProperty("waitingForCarrierFraction").GetProperty("mean").GetDouble());
        Assert.Equal(0.02, skids.GetProperty("returnBlockedFraction").GetProperty("mean").GetDouble());

        JsonElement crew = Assert.Single(root.GetProperty("crews").EnumerateArray());
        Assert.Equal("Maintenance", crew.GetProperty("name").GetString());
        Assert.Equal(2, crew.GetProperty("size").GetInt32());
        Assert.Equal(0.08, crew.GetProperty("utilisation").GetProperty("mean").GetDouble());
        Assert.Equal(0.02, crew.GetProperty("averageWaiting").GetProperty("mean").GetDouble());
        Assert.Equal(55, crew.GetProperty("repairs").GetProperty("mean").GetDouble());
    }

    [Fact]
    public void Text_PlannedLine_ShowsWorkingHoursShiftsWeeksVariantsSetupOffShiftMaintenanceAndSegments()
    {
        Assert.Equal(PlannedText.ReplaceLineEndings("\n") + "\n", Text(HandBuiltResults.Planned(), HandBuiltResults.PlannedLine));
    }

    [Fact]
    public void Text_VariantsAndSegmentsWithoutACalendar_KeepJphPerHour()
    {
        Model.LineModel line = HandBuiltResults.PlannedLine with { Calendar = null, Stations = [.. HandBuiltResults.PlannedLine.Stations.Select(s => s with { Maintenance = [] })] };
        Results.SimulationResult result = HandBuiltResults.Planned() with
        {
            OutputPerShift = [],
            OutputPerDay = [],
            OutputPerWeek = [],
            Stations = [.. HandBuiltResults.Planned().Stations.Select(s => s with { OffShift = default, Maintenance = default })],
        };

        string text = Text(result, line);

        Assert.Contains("  JPH              27.2 ± 0.1 against takt 65.5 (55 s)\n", text, StringComparison.Ordinal);
        Assert.Contains("  Parts out        9125 ± 25 per replication\n", text, StringComparison.Ordinal);
        Assert.Contains("  Station  Working  Starved  Blocked  Down  Setup    OEE\n", text, StringComparison.Ordinal);
        Assert.Contains("  Variant  Parts out  Share\n", text, StringComparison.Ordinal);
        Assert.Contains("  Paced    55 s     9135", text, StringComparison.Ordinal);
        Assert.DoesNotContain("working hour", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Per shift", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Off shift", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Maintenance", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_WindowOfPartWeeks_AveragesTheWholeWeeksOnly()
    {
        Results.SimulationResult result = HandBuiltResults.Planned() with
        {
            Duration = 10 * 86_400,
            OutputPerWeek = [new(4_570, 10, 2), new(2_700, 10, 2)],
        };

        string text = Text(result, HandBuiltResults.PlannedLine);

        Assert.Contains("  Parts out        9125 ± 25 per replication over 10 d (mean, 95% confidence)\n", text, StringComparison.Ordinal);
        Assert.Contains("  One period       9082 to 9168 parts (95% prediction interval for one period of 10 d)\n", text, StringComparison.Ordinal);
        Assert.Contains("  Per week         4570 (mean of 1 week)\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_PlannedLine_HasThePlanningFields()
    {
        using JsonDocument document = JsonDocument.Parse(JsonReport.Write(HandBuiltResults.Planned()));
        JsonElement root = document.RootElement;

        Assert.Equal((61.0, 0.2), Statistic(root.GetProperty("throughputPerWorkingHour")));
        Assert.Equal((150, 0), Statistic(root.GetProperty("workingHours")));
        Assert.Equal(
            [("Sedan", 4_570.0), ("Touring", 4_555.0)],
            root.GetProperty("outputByVariant").EnumerateArray().Select(v => (v.GetProperty("variant").GetString(), v.GetProperty("mean").GetDouble())));
        Assert.Equal(
            [("Early", 460.0), ("Late", 455.0)],
            root.GetProperty("outputPerShift").EnumerateArray().Select(v => (v.GetProperty("shift").GetString(), v.GetProperty("mean").GetDouble())));
        Assert.Equal(14, root.GetProperty("outputPerDay").GetArrayLength());
        Assert.Equal([4_570.0, 4_580.0], root.GetProperty("outputPerWeek").EnumerateArray().Select(w => w.GetProperty("mean").GetDouble()));
        JsonElement segment = Assert.Single(root.GetProperty("segments").EnumerateArray());
        Assert.Equal("Paced", segment.GetProperty("name").GetString());
        Assert.Equal((9_135, 25), Statistic(segment.GetProperty("indexes")));
        Assert.Equal((2_000, 0), Statistic(segment.GetProperty("lateIndexes")));
        Assert.Equal(
            [0.02, 0.015, 0, 0.01],
            new[] { "stoppedBusy", "stoppedFailure", "stoppedStarved", "stoppedBlocked" }.Select(f => segment.GetProperty(f).GetProperty("mean").GetDouble()));
        JsonElement[] stations = [.. root.GetProperty("stations").EnumerateArray()];
        Assert.Equal((0.04, 0.001), Statistic(stations[1].GetProperty("setup")));
        Assert.Equal((0.55, 0), Statistic(stations[0].GetProperty("offShift")));
        Assert.Equal((0.04, 0), Statistic(stations[2].GetProperty("maintenance")));
    }

    [Fact]
    public void Json_PlainSerialLine_HasEmptyPlanningFields()
    {
        using JsonDocument document = JsonDocument.Parse(JsonReport.Write(HandBuiltResults.Serial()));
        JsonElement root = document.RootElement;

        Assert.All(["outputByVariant", "outputPerShift", "outputPerDay", "outputPerWeek", "segments"], field => Assert.Empty(root.GetProperty(field).EnumerateArray()));
        Assert.All(["throughputPerWorkingHour", "workingHours"], field => Assert.True(root.TryGetProperty(field, out _), field));
        Assert.All(["setup", "offShift", "maintenance"], field => Assert.True(root.GetProperty("stations")[0].TryGetProperty(field, out _), field));
    }

    [Fact]
    public void Csv_PlannedLine_AppendsWorkingTimeVariantsSegmentsSetupOffShiftAndMaintenance()
    {
        string[] lines = Csv(HandBuiltResults.Planned(), HandBuiltResults.PlannedLine);

        string[] header = lines[0].Split(',');
        string[] cells = lines[1].Split(',');
        Assert.Equal(3, lines.Length);
        Assert.Equal(header.Length, cells.Length);
        int first = Array.IndexOf(header, "workingTime");
        Assert.Equal(["scrapped", "A oee", "B oee", "C oee"], header[(first - 4)..first]);
        Assert.Equal(
            [
                "workingTime", "throughputPerWorkingHour", "variant Sedan partsOut", "variant Touring partsOut",
                "segment Paced indexes", "segment Paced lateIndexes", "segment Paced stoppedBusy", "segment Paced stoppedFailure", "segment Paced stoppedStarved", "segment Paced stoppedBlocked",
                "A offShift", "B setup", "B offShift", "C offShift", "C maintenance",
            ],
            header[first..]);
        Assert.Equal(["540000", "61", "4575", "4575", "9160", "2000", "0.02", "0.015", "0", "0.01", "0.55", "0.04", "0.55", "0.55", "0.04"], cells[first..]);
    }

    private static (double Mean, double HalfWidth) Statistic(JsonElement statistic) =>
        (statistic.GetProperty("mean").GetDouble(), statistic.GetProperty("halfWidth").GetDouble());

    [Fact]
    public void Json_PlainSerialLine_HasEmptyCarriersAndCrews()
    {
        using JsonDocument document = JsonDocument.Parse(JsonReport.Write(HandBuiltResults.Serial()));

        Assert.Empty(document.RootElement.GetProperty("carriers").EnumerateArray());
        Assert.Empty(document.RootElement.GetProperty("crews").EnumerateArray());
    }

    [Fact]
    public void Csv_GraphLine_AppendsItsColumnsAfterTheSerialOnes()
    {
        string[] lines = Csv(HandBuiltResults.BodyShop(), HandBuiltResults.BodyShopLine);

        string[] header = lines[0].Split(',');
        string[] cells = lines[1].Split(',');
        Assert.Equal(2, lines.Length);
        Assert.Equal(header.Length, cells.Length);
        int first = Array.IndexOf(header, "scrapped");
        Assert.Equal("Inspection -> Unload averageLevel", header[first - 1]);
        Assert.Equal(
            [
                "scrapped", "Underbody oee", "Underbody waitingForCrew", "Side LH oee", "Side RH oee", "Framing oee", "Respot oee",
                "Inspection oee", "Inspection scrapped", "Inspection reworked", "Rework bay oee", "Unload oee",
                "carriers Skids utilisation", "carriers Skids averageIdle", "carriers Skids noneIdleFraction",
                "carriers Skids averageReturning", "carriers Skids waitingForCarrierFraction", "carriers Skids returnBlockedFraction",
                "crew Maintenance utilisation", "crew Maintenance averageWaiting", "crew Maintenance repairs",
            ],
            header[first..]);
        Assert.Equal(["4", "0.8", "0.01"], cells[first..(first + 3)]);
        Assert.Equal(["4", "16"], cells[(first + 8)..(first + 10)]);
        Assert.Equal(["0.85", "1.2", "0.125", "2.4", "0.05", "0.02", "0.08", "0.02", "55"], cells[^9..]);
    }
}
