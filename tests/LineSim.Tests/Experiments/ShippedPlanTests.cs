using LineSim.Experiments;
using LineSim.Tests.Scenarios;

namespace LineSim.Tests.Experiments;

public sealed class ShippedPlanTests
{
    [Theory]
    [InlineData("body-shop-sweep.json", 24, false)]
    [InlineData("body-shop-buffers.json", 1, true)]
    [InlineData("body-shop-ceiling.json", 4, false)]
    public void LoadFile_ShippedPlan_IsValid(string file, int configurations, bool goal)
    {
        PlanLoadResult result = PlanLoader.LoadFile(Path.Combine(ScenarioJson.RepositoryRoot(), "examples", "BufferAllocation", file));

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal((configurations, goal), (result.Plan.Configurations.Length, result.Plan.Goal is not null));
        Assert.Equal("../scenarios/body-shop-55.json", result.Plan.Scenario);
    }
}
