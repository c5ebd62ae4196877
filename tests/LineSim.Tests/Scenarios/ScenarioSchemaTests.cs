using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using LineSim.Scenarios;

namespace LineSim.Tests.Scenarios;

/// <summary>
/// docs/scenario.schema.json, the schema editors attach to scenario files: every shipped scenario passes it, and it is
/// never stricter than the loader (a file it rejects, the loader rejects too); it may be looser, since the loader also
/// checks rules across fields.
/// </summary>
public sealed class ScenarioSchemaTests
{
    private static readonly JsonDocumentOptions s_json = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly Lazy<JsonSchema> s_schema = new(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(ScenarioJson.RepositoryRoot(), "docs", "scenario.schema.json"))));

    public static TheoryData<string> Invalid() =>
    [
        """{ "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """{ "taktTime": 0, "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """{ "taktTime": "55", "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """{ "taktTime": "55 hours", "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": { "type": "exponential", "mean": "40" } } ] }""",
        """{ "taktTime": 55, "colour": "red", "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """{ "taktTime": 55, "blocking": "afterservice", "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """{ "taktTime": 55, "stations": [] }""",
        """{ "taktTime": 55, "name": null, "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """{ "taktTime": 55, "stations": [ { "name": "", "processingTime": 40 } ] }""",
        """{ "taktTime": 55, "stations": [ { "name": "A" } ] }""",
        """{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": -1 } ] }""",
        """{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": { "type": "gama", "mean": 40 } } ] }""",
        """{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": { "mean": 40 } } ] }""",
        """{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": { "type": "lognormal", "mean": 40 } } ] }""",
        """{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": { "type": "gamma", "mean": 40, "stdDev": 2, "shape": 2, "scale": 20 } } ] }""",
        """{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": { "type": "constant", "value": 40, "mean": 40 } } ] }""",
        """{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": { "type": "empirical", "values": [] } } ] }""",
        """{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": { "type": "erlang", "k": 1.5, "mean": 40 } } ] }""",
        """{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": 40, "servers": 0 } ] }""",
        """{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": 40, "failures": { "mtbf": 100, "mttr": 10 } } ] }""",
        """{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": 40, "failures": { "mode": "operation", "mtbf": 100, "timeToFailure": 100, "mttr": 10 } } ] }""",
        """{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": 40, "failures": { "mode": "operation", "mtbf": 100 } } ] }""",
        """{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": 40 }, { "name": "B", "processingTime": 40, "bufferBefore": -1 } ] }""",
        """{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": 40 }, { "name": "B", "processingTime": 40, "inputs": [ { "buffer": 2 } ] } ] }""",
        """{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": 40 }, { "name": "B", "processingTime": 40, "inputs": [ { "from": "A", "source": { "type": "unlimited" } } ] } ] }""",
        """{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": 40 }, { "name": "B", "processingTime": 40, "inputs": [ { "from": "A", "buffer": 2, "conveyor": { "travelTime": 10, "capacity": 2 } } ] } ] }""",
        """{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": 40 }, { "name": "B", "processingTime": 40, "inputs": [ { "from": "A", "conveyor": { "travelTime": 10, "capacity": 0 } } ] } ] }""",
        """{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": 40 }, { "name": "B", "processingTime": 40, "merge": "join" } ] }""",
        """{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": 40, "quality": { "yield": 1.5 } } ] }""",
        """{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": 40, "routing": { "rule": "random" } } ] }""",
        """{ "taktTime": 55, "stations": [ { "name": "A", "processingTime": 40, "maintenance": [ { "duration": 60 } ] } ] }""",
        """{ "taktTime": 55, "source": { "type": "arrivals" }, "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """{ "taktTime": 55, "source": { "type": "unlimited", "capacity": 2 }, "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """{ "taktTime": 55, "source": { "type": "scheduled", "capacity": 2 }, "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """{ "taktTime": 55, "source": { "type": "scheduled", "every": 55, "at": [0] }, "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """{ "taktTime": 55, "source": { "type": "scheduled", "every": "55 sec" }, "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """{ "taktTime": 55, "source": { "type": "scheduled", "every": 55, "interarrivalTime": 55 }, "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """{ "taktTime": 55, "variants": { "sequence": ["S"], "shares": { "S": 1 } }, "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """{ "taktTime": 55, "variants": { "sequence": [] }, "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """{ "taktTime": 55, "crews": [ { "name": "M", "size": 0 } ], "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """{ "taktTime": 55, "carriers": [ { "name": "S", "count": 0, "from": "A", "to": "A" } ], "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """{ "taktTime": 55, "carriers": [ { "name": "S", "count": 2, "from": "A", "to": "A", "return": { "capacity": 0 } } ], "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """{ "taktTime": 55, "carriers": [ { "name": "S", "count": 2, "from": "A", "to": "A", "return": { "travelTime": "1 min" } } ], "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """{ "taktTime": 55, "carriers": [ { "name": "S", "count": 2, "from": "A", "to": "A", "returnTime": 30, "return": { "capacity": 2 } } ], "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """{ "taktTime": 55, "carriers": [ { "name": "S", "count": 2, "from": "A", "to": "A", "storage": -1 } ], "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """{ "taktTime": 55, "segments": [ { "name": "P", "first": "A", "last": "A", "taktTime": 0 } ], "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """{ "taktTime": 55, "calendar": "twoShifts", "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """{ "taktTime": 55, "calendar": { "shifts": [] }, "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """{ "taktTime": 55, "calendar": { "shifts": [ { "name": "E", "days": ["Monday"], "start": "06:00", "end": "14:00" } ] }, "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """{ "taktTime": 55, "calendar": { "shifts": [ { "name": "E", "days": ["monday"], "start": "25:00", "end": "14:00" } ] }, "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """{ "taktTime": 55, "calendar": { "shifts": [ { "name": "E", "days": ["monday"], "start": "06:00", "end": "14:00" } ], "holidays": [-1] }, "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """{ "taktTime": 55, "run": { "duration": 100, "partCount": 10 }, "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """{ "taktTime": 55, "run": { "replications": 0 }, "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """{ "taktTime": 55, "run": { "seed": 1.5 }, "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """{ "taktTime": 55, "run": { "engine": "sample-path" }, "stations": [ { "name": "A", "processingTime": 40 } ] }""",
        """[ { "taktTime": 55 } ]""",
    ];

    [Theory]
    [MemberData(nameof(ShippedScenarioFilesTests.Files), MemberType = typeof(ShippedScenarioFilesTests))]
    public void Schema_ShippedScenario_IsValid(string file)
    {
        string json = File.ReadAllText(Path.Combine(ScenarioJson.RepositoryRoot(), file));

        EvaluationResults results = Evaluate(json);

        Assert.True(results.IsValid, $"{file}: {Problems(results)}");
    }

    [Theory]
    [InlineData("""{ "type": "scheduled", "every": "55 s", "first": 0, "capacity": 5 }""")]
    [InlineData("""{ "type": "scheduled", "at": ["0 s", 40, "95 s"], "repeatEvery": "2 min" }""")]
    public void Schema_ScheduledSource_ValidAndLoads(string source)
    {
        string json = $$"""{ "taktTime": 55, "source": {{source}}, "stations": [ { "name": "A", "processingTime": 40 } ] }""";

        EvaluationResults results = Evaluate(json);
        ScenarioLoadResult loaded = ScenarioLoader.Load(json);

        Assert.True(results.IsValid, Problems(results));
        Assert.True(loaded.IsValid, string.Join("; ", loaded.Errors));
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Schema_InvalidScenario_LoaderRejectsItToo(string json)
    {
        EvaluationResults results = Evaluate(json);
        ScenarioLoadResult loaded = ScenarioLoader.Load(json);

        Assert.False(results.IsValid, $"the schema accepts {json}");
        Assert.False(loaded.IsValid, $"the loader accepts {json}, which the schema rejects: the schema is stricter than the loader");
    }

    [Fact]
    public void Schema_Document_IsDraft202012WithTheTopLevelFields()
    {
        JsonNode schema = JsonNode.Parse(File.ReadAllText(Path.Combine(ScenarioJson.RepositoryRoot(), "docs", "scenario.schema.json")))!;

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        string[] fields = [.. schema["properties"]!.AsObject().Select(p => p.Key)];
        Assert.Equal(
            ["$schema", "name", "description", "taktTime", "blocking", "source", "variants", "stations", "segments", "crews", "carriers", "calendar", "run"],
            fields);
    }

    internal static EvaluationResults Evaluate(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json, s_json);
        return s_schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    internal static string Problems(EvaluationResults results) =>
        string.Join("; ", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
}
