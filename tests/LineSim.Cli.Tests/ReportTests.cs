using System.Text.Json;
using LineSim.Cli.Reporting;

namespace LineSim.Cli.Tests;

/// <summary>
/// The reports on hand-built results (<see cref="HandBuiltResults"/>): a plain serial line keeps its layout; a line with
/// feeder lines, a robot cell, a quality check, a conveyor, a crew and carriers shows them.
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

              Carriers  Count  Utilisation  Avg idle  None idle
              Skids        24        85.0%      1.20      12.5%

              Crew         Size  Utilisation  Avg waiting  Repairs
              Maintenance     2         8.0%         0.02     55.0
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

        JsonElement crew = Assert.Single(root.GetProperty("crews").EnumerateArray());
        Assert.Equal("Maintenance", crew.GetProperty("name").GetString());
        Assert.Equal(2, crew.GetProperty("size").GetInt32());
        Assert.Equal(0.08, crew.GetProperty("utilisation").GetProperty("mean").GetDouble());
        Assert.Equal(0.02, crew.GetProperty("averageWaiting").GetProperty("mean").GetDouble());
        Assert.Equal(55, crew.GetProperty("repairs").GetProperty("mean").GetDouble());
    }

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
                "crew Maintenance utilisation", "crew Maintenance averageWaiting", "crew Maintenance repairs",
            ],
            header[first..]);
        Assert.Equal(["4", "0.8", "0.01"], cells[first..(first + 3)]);
        Assert.Equal(["4", "16"], cells[(first + 8)..(first + 10)]);
        Assert.Equal(["0.85", "1.2", "0.125", "0.08", "0.02", "55"], cells[^6..]);
    }
}
