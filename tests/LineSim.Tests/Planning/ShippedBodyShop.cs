using System.Text.Json.Nodes;
using LineSim.Scenarios;
using LineSim.Tests.Scenarios;

namespace LineSim.Tests.Planning;

/// <summary>The shipped body shop (<c>examples/scenarios/body-shop-55.json</c>) with fields of its file changed, as a user would.</summary>
internal static class ShippedBodyShop
{
    /// <summary>Loads the body shop after <paramref name="change"/> has edited its JSON; fails the test if it is then invalid.</summary>
    public static Scenario With(Action<JsonNode> change)
    {
        JsonNode file = JsonNode.Parse(File.ReadAllText(Path.Combine(ScenarioJson.RepositoryRoot(), "examples", "scenarios", "body-shop-55.json")))!;
        change(file);
        ScenarioLoadResult loaded = ScenarioLoader.Load(file.ToJsonString());
        Assert.True(loaded.IsValid, string.Join("; ", loaded.Errors));
        return loaded.Scenario!;
    }
}
