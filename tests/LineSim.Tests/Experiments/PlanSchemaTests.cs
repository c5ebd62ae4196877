using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using LineSim.Experiments;
using LineSim.Tests.Scenarios;

namespace LineSim.Tests.Experiments;

/// <summary>
/// docs/plan.schema.json, the schema editors attach to plan files (it refers to docs/scenario.schema.json for inline
/// scenarios and the run section): the shipped plans pass it, and it is never stricter than the loader; it may be
/// looser, since the loader also checks every path against the scenario and every configuration it makes.
/// </summary>
public sealed class PlanSchemaTests : IDisposable
{
    private static readonly JsonDocumentOptions s_json = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly string s_docs = Path.Combine(ScenarioJson.RepositoryRoot(), "docs");

    // The plan schema refers to the scenario schema beside it by a relative URI: both are built with one registry.
    private static readonly Lazy<JsonSchema> s_schema = new(() =>
    {
        var build = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        JsonSchema.FromText(File.ReadAllText(Path.Combine(s_docs, "scenario.schema.json")), build);
        return JsonSchema.FromText(File.ReadAllText(Path.Combine(s_docs, "plan.schema.json")), build);
    });

    private readonly string _folder = Directory.CreateTempSubdirectory("linesim-plan-schema-").FullName;

    public PlanSchemaTests()
    {
        File.WriteAllText(Path.Combine(_folder, "line.json"), """
            { "name": "Line", "taktTime": 55,
              "stations": [ { "name": "A", "processingTime": 50 }, { "name": "B", "processingTime": 50, "bufferBefore": 1 } ],
              "run": { "duration": 3600, "replications": 2 } }
            """);
    }

    public static TheoryData<string> Invalid() =>
    [
        """{ "factors": [ { "set": "stations[B].bufferBefore", "values": [1, 2] } ] }""",
        """{ "scenario": "", "factors": [ { "set": "stations[B].bufferBefore", "values": [1, 2] } ] }""",
        """{ "scenario": 5, "factors": [ { "set": "stations[B].bufferBefore", "values": [1, 2] } ] }""",
        """{ "scenario": "line.json" }""",
        """{ "scenario": "line.json", "colour": "red", "factors": [ { "set": "stations[B].bufferBefore", "values": [1, 2] } ] }""",
        """{ "scenario": "line.json", "factors": [] }""",
        """{ "scenario": "line.json", "factors": [ { "values": [1, 2] } ] }""",
        """{ "scenario": "line.json", "factors": [ { "set": "", "values": [1, 2] } ] }""",
        """{ "scenario": "line.json", "factors": [ { "set": "stations[B].bufferBefore" } ] }""",
        """{ "scenario": "line.json", "factors": [ { "set": "stations[B].bufferBefore", "values": [] } ] }""",
        """{ "scenario": "line.json", "factors": [ { "set": "stations[B].bufferBefore", "values": [1, 1] } ] }""",
        """{ "scenario": "line.json", "factors": [ { "set": "stations[B].bufferBefore", "values": ["1"] } ] }""",
        """{ "scenario": "line.json", "factors": [ { "set": "stations[B].bufferBefore", "values": [1, 2], "min": 1, "max": 2 } ] }""",
        """{ "scenario": "line.json", "factors": [ { "set": "stations[B].bufferBefore", "values": [1, 2], "step": 1 } ] }""",
        """{ "scenario": "line.json", "factors": [ { "set": "stations[B].bufferBefore", "min": 1 } ] }""",
        """{ "scenario": "line.json", "factors": [ { "set": "stations[B].bufferBefore", "min": 1, "max": 3, "step": 0 } ] }""",
        """{ "scenario": "line.json", "factors": [ { "set": "stations[B].bufferBefore", "min": 1, "max": 3, "colour": 1 } ] }""",
        """{ "scenario": "line.json", "factors": [ { "set": "stations[B].bufferBefore", "values": [1, 2] } ], "scenarios": [ { "name": "x", "set": { "stations[B].bufferBefore": 2 } } ] }""",
        """{ "scenario": "line.json", "scenarios": [] }""",
        """{ "scenario": "line.json", "scenarios": [ { "set": { "stations[B].bufferBefore": 2 } } ] }""",
        """{ "scenario": "line.json", "scenarios": [ { "name": "x" } ] }""",
        """{ "scenario": "line.json", "scenarios": [ { "name": "x", "set": { "stations[B].bufferBefore": "2" } } ] }""",
        """{ "scenario": "line.json", "scenarios": [ { "name": "", "set": { "stations[B].bufferBefore": 2 } } ] }""",
        """{ "scenario": "line.json", "scenarios": [ { "name": "x", "set": { "stations[B].bufferBefore": 2 }, "seed": 1 } ] }""",
        """{ "scenario": "line.json", "run": { "replications": 0 }, "factors": [ { "set": "stations[B].bufferBefore", "values": [1, 2] } ] }""",
        """{ "scenario": "line.json", "run": { "speed": 2 }, "factors": [ { "set": "stations[B].bufferBefore", "values": [1, 2] } ] }""",
        """{ "scenario": { "taktTime": 55, "stations": [] }, "factors": [ { "set": "stations[0].processingTime", "values": [1, 2] } ] }""",
        """{ "scenario": { "stations": [ { "name": "A", "processingTime": 5 } ] }, "factors": [ { "set": "stations[0].processingTime", "values": [1, 2] } ] }""",
        """{ "scenario": "line.json", "scenarios": [ { "name": "x", "set": { "stations[B].bufferBefore": 2 } } ], "optimise": { "maximise": "throughputPerHour" } }""",
        """{ "scenario": "line.json", "factors": [ { "set": "stations[B].bufferBefore", "min": 0, "max": 4 } ], "optimise": {} }""",
        """{ "scenario": "line.json", "factors": [ { "set": "stations[B].bufferBefore", "min": 0, "max": 4 } ], "optimise": { "maximise": "throughputPerHour", "minimise": "wip" } }""",
        """{ "scenario": "line.json", "factors": [ { "set": "stations[B].bufferBefore", "min": 0, "max": 4 } ], "optimise": { "maximise": "jph" } }""",
        """{ "scenario": "line.json", "factors": [ { "set": "stations[B].bufferBefore", "min": 0, "max": 4 } ], "optimise": { "minimise": "" } }""",
        """{ "scenario": "line.json", "factors": [ { "set": "stations[B].bufferBefore", "min": 0, "max": 4 } ], "optimise": { "maximise": "wip", "budget": { "total": "stations[*].bufferBefore" } } }""",
        """{ "scenario": "line.json", "factors": [ { "set": "stations[B].bufferBefore", "min": 0, "max": 4 } ], "optimise": { "maximise": "wip", "budget": { "total": "stations[*].bufferBefore", "atMost": -1 } } }""",
        """{ "scenario": "line.json", "factors": [ { "set": "stations[B].bufferBefore", "min": 0, "max": 4 } ], "optimise": { "minimise": "stations[*].bufferBefore", "subjectTo": {} } }""",
        """{ "scenario": "line.json", "factors": [ { "set": "stations[B].bufferBefore", "min": 0, "max": 4 } ], "optimise": { "minimise": "stations[*].bufferBefore", "subjectTo": { "jph": { "atLeast": 60 } } } }""",
        """{ "scenario": "line.json", "factors": [ { "set": "stations[B].bufferBefore", "min": 0, "max": 4 } ], "optimise": { "minimise": "stations[*].bufferBefore", "subjectTo": { "wip": { "atLeast": 1 }, "leadTime": { "atMost": 900 } } } }""",
        """{ "scenario": "line.json", "factors": [ { "set": "stations[B].bufferBefore", "min": 0, "max": 4 } ], "optimise": { "minimise": "stations[*].bufferBefore", "subjectTo": { "wip": {} } } }""",
        """{ "scenario": "line.json", "factors": [ { "set": "stations[B].bufferBefore", "min": 0, "max": 4 } ], "optimise": { "maximise": "wip", "selection": { "indifferenceZone": 0 } } }""",
        """{ "scenario": "line.json", "factors": [ { "set": "stations[B].bufferBefore", "min": 0, "max": 4 } ], "optimise": { "maximise": "wip", "selection": { "probabilityOfCorrectSelection": 0.5 } } }""",
        """{ "scenario": "line.json", "factors": [ { "set": "stations[B].bufferBefore", "min": 0, "max": 4 } ], "optimise": { "maximise": "wip", "selection": { "finalists": 1 } } }""",
        """{ "scenario": "line.json", "factors": [ { "set": "stations[B].bufferBefore", "min": 0, "max": 4 } ], "optimise": { "maximise": "wip", "selection": { "finalists": 2.5 } } }""",
        """[ { "scenario": "line.json" } ]""",
    ];

    public static TheoryData<string> Valid() =>
    [
        """{ "scenario": "line.json", "factors": [ { "set": "stations[B].bufferBefore", "values": [1, 2] } ] }""",
        """{ "$schema": "../docs/plan.schema.json", "name": "P", "description": "d", "scenario": "line.json", "factors": [ { "set": "stations[B].bufferBefore", "min": 1, "max": 5, "step": 2 } ], "run": { "replications": 2, "seed": 3 } }""",
        """{ "scenario": "line.json", "scenarios": [ { "name": "x", "set": { "stations[B].bufferBefore": 2, "taktTime": 50 } } ] }""",
        """{ "scenario": "line.json", "scenarios": [ { "name": "As built", "set": {} }, { "name": "x", "set": { "stations[B].bufferBefore": 2 } } ] }""",
        """{ "scenario": { "taktTime": 55, "stations": [ { "name": "A", "processingTime": 5 } ] }, "factors": [ { "set": "stations[0].processingTime", "values": [1, 2] } ] }""",
        """{ "scenario": "line.json", "factors": [ { "set": "stations[B].bufferBefore", "min": 0, "max": 4 } ], "optimise": { "maximise": "throughputPerHour", "budget": { "total": "stations[*].bufferBefore", "atMost": 3 }, "selection": { "indifferenceZone": 0.5, "probabilityOfCorrectSelection": 0.9, "finalists": 3 } } }""",
        """{ "scenario": "line.json", "factors": [ { "set": "stations[B].bufferBefore", "min": 0, "max": 4 } ], "optimise": { "minimise": "stations[*].bufferBefore", "subjectTo": { "throughputPerHour": { "atLeast": 30 } } } }""",
    ];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("body-shop-sweep.json")]
    [InlineData("body-shop-buffers.json")]
    [InlineData("body-shop-ceiling.json")]
    public void Schema_ShippedPlan_IsValid(string file)
    {
        EvaluationResults results = Evaluate(File.ReadAllText(Path.Combine(ScenarioJson.RepositoryRoot(), "examples", "BufferAllocation", file)));

        Assert.True(results.IsValid, $"{file}: {Problems(results)}");
    }

    [Theory]
    [MemberData(nameof(Valid))]
    public void Schema_ValidPlan_LoaderAcceptsItToo(string json)
    {
        EvaluationResults results = Evaluate(json);
        PlanLoadResult loaded = PlanLoader.Load(json, _folder);

        Assert.True(results.IsValid, $"the schema rejects {json}: {Problems(results)}");
        Assert.True(loaded.IsValid, $"the loader rejects {json}: {string.Join("; ", loaded.Errors)}");
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Schema_InvalidPlan_LoaderRejectsItToo(string json)
    {
        EvaluationResults results = Evaluate(json);
        PlanLoadResult loaded = PlanLoader.Load(json, _folder);

        Assert.False(results.IsValid, $"the schema accepts {json}");
        Assert.False(loaded.IsValid, $"the loader accepts {json}, which the schema rejects: the schema is stricter than the loader");
    }

    [Fact]
    public void Schema_Document_IsDraft202012WithThePlansFields()
    {
        JsonNode schema = JsonNode.Parse(File.ReadAllText(Path.Combine(s_docs, "plan.schema.json")))!;

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        Assert.Equal(
            ["$schema", "name", "description", "scenario", "factors", "scenarios", "run", "optimise"],
            schema["properties"]!.AsObject().Select(p => p.Key));
    }

    private static EvaluationResults Evaluate(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json, s_json);
        return s_schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Problems(EvaluationResults results) =>
        string.Join("; ", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
}
