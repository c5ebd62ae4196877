using System.Text.Json;
using System.Xml.Linq;

namespace LineSim.Cli.Tests.Cluster;

/// <summary>deploy/Dockerfile, checked without a container engine: its stages, the project it publishes, the tool it puts on PATH.</summary>
public sealed class DockerfileTests
{
    private static readonly string s_root = RunCommandTests.RepositoryRoot();

    /// <summary>The instructions, continuation lines joined, comments left out: (INSTRUCTION, arguments).</summary>
    private static readonly Lazy<(string Instruction, string Arguments)[]> s_instructions = new(() =>
        [.. File.ReadAllText(Path.Combine(s_root, "deploy", "Dockerfile")).Replace("\\\n", " ", StringComparison.Ordinal).Split('\n')
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', 2)).Select(p => (p[0], p.Length > 1 ? p[1].Trim() : string.Empty))]);

    [Fact]
    public void Dockerfile_EveryInstructionIsKnown()
    {
        string[] known = ["FROM", "WORKDIR", "COPY", "RUN", "USER", "ENTRYPOINT", "CMD", "ENV", "ARG", "LABEL"];

        Assert.All(s_instructions.Value, i => Assert.Contains(i.Instruction, known));
        Assert.Equal("FROM", s_instructions.Value[0].Instruction);
    }

    [Fact]
    public void Dockerfile_BuildsWithTheSdkAndRunsOnTheRuntimeOfTheTargetFramework()
    {
        string framework = XDocument.Load(Path.Combine(s_root, "Directory.Build.props")).Descendants("TargetFramework").Single().Value;
        string version = framework["net".Length..];
        string[] stages = [.. s_instructions.Value.Where(i => i.Instruction == "FROM").Select(i => i.Arguments)];

        Assert.Equal([$"mcr.microsoft.com/dotnet/sdk:{version} AS build", $"mcr.microsoft.com/dotnet/runtime:{version}"], stages);
    }

    [Fact]
    public void Dockerfile_PublishesTheCliAndPutsItsProgramOnPathAsLinesim()
    {
        string publish = s_instructions.Value.Single(i => i.Instruction == "RUN" && i.Arguments.StartsWith("dotnet publish", StringComparison.Ordinal)).Arguments;
        string project = publish.Split(' ')[2];
        string output = publish.Split(' ')[publish.Split(' ').ToList().IndexOf("--output") + 1];
        string copy = s_instructions.Value.Single(i => i.Instruction == "COPY" && i.Arguments.StartsWith("--from=", StringComparison.Ordinal)).Arguments;
        string link = s_instructions.Value.Single(i => i.Instruction == "RUN" && i.Arguments.StartsWith("ln -s", StringComparison.Ordinal)).Arguments;
        string assembly = XDocument.Load(Path.Combine(s_root, project)).Descendants("AssemblyName").SingleOrDefault()?.Value ?? Path.GetFileNameWithoutExtension(project);

        Assert.True(File.Exists(Path.Combine(s_root, project)), project);
        Assert.Equal($"--from=build {output} /opt/linesim", copy);
        Assert.Equal($"ln -s /opt/linesim/{assembly} /usr/local/bin/linesim", link);
        Assert.Equal(["linesim"], JsonSerializer.Deserialize<string[]>(s_instructions.Value.Single(i => i.Instruction == "ENTRYPOINT").Arguments)!);
        Assert.Equal("$APP_UID", s_instructions.Value.Single(i => i.Instruction == "USER").Arguments); // the .NET images' unprivileged user
    }

    [Fact]
    public void DockerIgnore_LeavesBuildOutputsOutOfTheContext()
    {
        string[] ignored = File.ReadAllLines(Path.Combine(s_root, ".dockerignore"));

        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
    }
}
