using System.Text.Json.Nodes;
using LineSim.Experiments;

namespace LineSim.Tests.Experiments;

public sealed class SettingPathTests
{
    private static readonly JsonObject s_scenario = (JsonObject)JsonNode.Parse("""
        { "taktTime": 55,
          "stations": [
            { "name": "Load", "processingTime": 44 },
            { "name": "Weld", "bufferBefore": 2, "processingTime": { "type": "exponential", "mean": 50 } },
            { "name": "A.1", "processingTime": 40, "inputs": [ { "from": "Weld", "buffer": 3 }, { "from": "Load", "buffer": 1 } ] }
          ],
          "carriers": [ { "name": "Skids", "count": 12, "from": "Load", "to": "A.1" } ] }
        """)!;

    [Theory]
    [InlineData("taktTime", "taktTime")]
    [InlineData("stations[1].bufferBefore", "stations[Weld].bufferBefore")]
    [InlineData("stations[Weld].processingTime.mean", "stations[Weld].processingTime.mean")]
    [InlineData("stations[\"A.1\"].inputs[Load].buffer", "stations[A.1].inputs[Load].buffer")]
    [InlineData("carriers[Skids].count", "carriers[Skids].count")]
    [InlineData("stations[Weld].servers", "stations[Weld].servers")]
    public void Resolve_OneValue_FindsItAndNamesElementsByName(string path, string text)
    {
        ImmutableArrayAssert(path, [text]);
    }

    [Fact]
    public void Resolve_Wildcard_FindsTheElementsThatHaveTheField()
    {
        ImmutableArrayAssert("stations[*].bufferBefore", ["stations[Weld].bufferBefore"]);
        ImmutableArrayAssert("stations[A.1].inputs[*].buffer", ["stations[A.1].inputs[Weld].buffer", "stations[A.1].inputs[Load].buffer"]);
    }

    [Theory]
    [InlineData("stations[Wled].bufferBefore", "stations has no element named \"Wled\", did you mean \"Weld\"?")]
    [InlineData("stations[7].bufferBefore", "stations has 3 elements, so [7] is out of range (indices start at 0)")]
    [InlineData("stations[Weld].procesingTime.mean", "stations[Weld] has no field \"procesingTime\", did you mean \"processingTime\"?")]
    [InlineData("stations[Load].processingTime.mean", "stations[Load].processingTime is the value 44, not an object with fields")]
    [InlineData("taktTime[0].x", "taktTime is the value 55, not a list, so [0] selects nothing")]
    [InlineData("stations[*].failures.mtbf", "stations[Load] has no field \"failures\"")]
    public void Resolve_PathThatSelectsNothing_SaysWhy(string path, string problem)
    {
        SettingPath parsed = SettingPath.Parse(path, out string? parseProblem)!;
        Assert.Null(parseProblem);

        Assert.Empty(parsed.Resolve(s_scenario, out string? resolveProblem));
        Assert.Equal(problem, resolveProblem);
    }

    [Theory]
    [InlineData("stations[Weld]", "\"stations[Weld]\" ends with a list element; name the field to set in it, as stations[Weld].buffer")]
    [InlineData("stations[Weld.bufferBefore", "the '[' after \"stations\" is not closed by ']'")]
    [InlineData("stations[].x", "empty brackets after \"stations\": give an index, a name or *")]
    [InlineData("stations..x", "a field name is missing at character 10 of \"stations..x\"")]
    [InlineData("stations[0]x", "expected '.' or the end after \"stations[0]\", got 'x'")]
    public void Parse_MalformedPath_SaysWhatIsWrong(string path, string problem)
    {
        Assert.Null(SettingPath.Parse(path, out string? found));
        Assert.Equal(problem, found);
    }

    private static void ImmutableArrayAssert(string path, string[] expected)
    {
        SettingPath parsed = SettingPath.Parse(path, out string? problem)!;
        Assert.Null(problem);
        Assert.Equal(expected, parsed.Resolve(s_scenario, out problem).Select(t => t.Text));
        Assert.Null(problem);
    }
}
