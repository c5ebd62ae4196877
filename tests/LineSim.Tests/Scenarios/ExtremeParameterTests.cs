using LineSim.Model;
using LineSim.Scenarios;

namespace LineSim.Tests.Scenarios;

/// <summary>Parameters valid one by one that together give draws a run could not use are refused before anything runs.</summary>
public sealed class ExtremeParameterTests
{
    [Theory]
    [InlineData("""{ "type": "lognormal", "mean": 1, "stdDev": 1e200 }""", "stations[0].processingTime.stdDev", "stdDev must be less than 1e150 times the mean (1), got 1E+200")]
    [InlineData("""{ "type": "weibull", "shape": 0.001, "scale": 10 }""", "stations[0].processingTime.shape", "a mean of Infinity")]
    [InlineData("""{ "type": "gamma", "mean": 1e200, "stdDev": 1e-200 }""", "stations[0].processingTime.stdDev", "gamma shape of Infinity")]
    public void Load_ParametersThatOverflow_ReportedAtTheirField(string distribution, string path, string message)
    {
        ScenarioLoadResult result = ScenarioLoader.Load(ScenarioJson.OneStation(distribution));

        ScenarioError error = Assert.Single(result.Errors);
        Assert.Equal(path, error.Path);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Factories_ParametersThatOverflow_ThrowNamingTheParameter()
    {
        Assert.Equal("stdDev", Assert.Throws<ArgumentOutOfRangeException>(() => Distribution.LogNormal(1e-200, 1)).ParamName);
        Assert.Equal("shape", Assert.Throws<ArgumentOutOfRangeException>(() => Distribution.Weibull(0.001, 10)).ParamName);
        Assert.Equal("stdDev", Assert.Throws<ArgumentOutOfRangeException>(() => Distribution.Gamma(1e200, 1e-200)).ParamName);
        Assert.Equal("shape", Assert.Throws<ArgumentOutOfRangeException>(() => Distribution.GammaShapeScale(1e300, 1e300)).ParamName);
    }
}
