using LineSim.Scenarios;

namespace LineSim.Tests.Scenarios;

/// <summary>Every scenario file the repository ships, examples and validation lines, loads without a problem.</summary>
public sealed class ShippedScenarioFilesTests
{
    public static TheoryData<string> Files()
    {
        string root = ScenarioJson.RepositoryRoot();
        var files = new TheoryData<string>();
        foreach (string folder in new[] { Path.Combine("examples", "scenarios"), Path.Combine("docs", "validation") })
        {
            foreach (string file in Directory.GetFiles(Path.Combine(root, folder), "*.json").Order(StringComparer.Ordinal))
            {
                files.Add(Path.GetRelativePath(root, file));
            }
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void LoadFile_ShippedScenario_IsValid(string file)
    {
        ScenarioLoadResult result = ScenarioLoader.LoadFile(Path.Combine(ScenarioJson.RepositoryRoot(), file));

        Assert.True(result.IsValid, $"{file}: {string.Join("; ", result.Errors)}");
    }
}
