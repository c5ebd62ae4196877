using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace LineSim.Cli.Tests.Cluster;

/// <summary>
/// deploy/k8s/experiment-job.yaml, checked without a cluster: parsed, held to the rules Kubernetes applies to an Indexed
/// Job and its pods, and its shard and merge commands run here as the pods would run them.
/// </summary>
public sealed partial class KubernetesManifestTests : IDisposable
{
    private static readonly Lazy<YamlMappingNode[]> s_documents = new(() =>
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(RunCommandTests.RepositoryRoot(), "deploy", "k8s", "experiment-job.yaml"));
        stream.Load(reader);
        return [.. stream.Documents.Select(d => (YamlMappingNode)d.RootNode)];
    });

    private readonly PlanFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static YamlMappingNode Indexed => s_documents.Value.Single(d => Text(d, "kind") == "Job" && Text(d, "spec", "completionMode") == "Indexed");

    private static YamlMappingNode Merge => s_documents.Value.Single(d => Text(d, "kind") == "Job" && Text(d, "spec", "completionMode") is null);

    [Fact]
    public void Manifest_EveryDocument_HasApiVersionKindAndAValidName()
    {
        Assert.Equal(["PersistentVolumeClaim", "Job", "Job"], s_documents.Value.Select(d => Text(d, "kind")));
        foreach (YamlMappingNode document in s_documents.Value)
        {
            Assert.Equal(Text(document, "kind") == "Job" ? "batch/v1" : "v1", Text(document, "apiVersion"));
            Assert.Matches(DnsLabel(), Text(document, "metadata", "name"));
        }
    }

    [Fact]
    public void IndexedJob_FollowsTheIndexedJobRules()
    {
        YamlMappingNode spec = Node(Indexed, "spec");
        int completions = Integer(spec, "completions");
        int parallelism = Integer(spec, "parallelism");

        Assert.InRange(completions, 1, 100_000); // Indexed Jobs allow at most 10^5 completions.
        Assert.InRange(parallelism, 1, completions);
        Assert.InRange(Integer(spec, "backoffLimitPerIndex"), 0, int.MaxValue);
        Assert.Equal("Never", Text(spec, "template", "spec", "restartPolicy")); // backoffLimitPerIndex needs Never.
        Assert.True(Text(Indexed, "metadata", "name")!.Length <= 63, "an Indexed Job's name makes its pods' host names");
    }

    [Fact]
    public void IndexedJob_ShardsMatchCompletionsAndWriteToTheSharedClaim()
    {
        YamlMappingNode pod = Node(Indexed, "spec", "template", "spec");
        YamlMappingNode container = Assert.Single(Sequence(pod, "containers").Cast<YamlMappingNode>());
        string[] command = Command(container);

        Assert.Equal(["linesim", "experiment"], command[..2]);
        Assert.Contains("--shard-from-env", command);
        Assert.Equal(Text(Indexed, "spec", "completions"), After(command, "--shards"));
        string shards = After(command, "--out");
        Assert.Equal(Claim(pod), Claim(pod, MountOf(container, shards)));
        Assert.Equal("ReadWriteMany", Sequence(s_documents.Value[0], "spec", "accessModes").Cast<YamlScalarNode>().Single().Value); // pods on several nodes write
        Assert.Equal(Text(s_documents.Value[0], "metadata", "name"), Claim(pod));
        string planVolume = MountOf(container, command[2]);
        Assert.Contains(Sequence(pod, "volumes").Cast<YamlMappingNode>(), v => Text(v, "name") == planVolume && v.Children.ContainsKey(new YamlScalarNode("configMap")));
    }

    [Fact]
    public void MergeJob_WaitsForEveryShardAndMergesTheSameFolder()
    {
        string[] shardCommand = Command(Assert.Single(Sequence(Indexed, "spec", "template", "spec", "containers").Cast<YamlMappingNode>()));
        string shards = After(shardCommand, "--out");
        string completions = Text(Indexed, "spec", "completions")!;
        YamlMappingNode pod = Node(Merge, "spec", "template", "spec");
        string wait = Command(Assert.Single(Sequence(pod, "initContainers").Cast<YamlMappingNode>()))[^1];
        YamlMappingNode merge = Assert.Single(Sequence(pod, "containers").Cast<YamlMappingNode>());
        string script = Command(merge)[^1];

        Assert.Contains($"ls {shards} ", wait, StringComparison.Ordinal);
        Assert.Contains($"^shard-[0-9]+-of-{completions}$", wait, StringComparison.Ordinal);
        Assert.Contains($"-ge {completions} ]", wait, StringComparison.Ordinal);
        Assert.Equal(2, MergeCall().Matches(script).Count(m => m.Groups[1].Value == shards));
        Assert.Equal(Claim(Node(Indexed, "spec", "template", "spec")), Claim(pod));
        Assert.Contains(Text(pod, "restartPolicy"), new[] { "Never", "OnFailure" });
        string image = Text(Assert.Single(Sequence(Indexed, "spec", "template", "spec", "containers").Cast<YamlMappingNode>()), "image")!;
        Assert.All(Sequence(pod, "containers").Concat(Sequence(pod, "initContainers")).Cast<YamlMappingNode>(), c => Assert.Equal(image, Text(c, "image")));
    }

    [Fact]
    public void IndexedJob_ItsCommandForEveryIndex_MergesByteIdenticalToOneProcess()
    {
        string[] command = Command(Assert.Single(Sequence(Indexed, "spec", "template", "spec", "containers").Cast<YamlMappingNode>()));
        int completions = Integer(Node(Indexed, "spec"), "completions");
        string results = Path.Combine(_files.Folder, "results");
        string[] local = [.. command[1..].Select(a => a.Replace("/plan/plan.json", _files.PlanPath, StringComparison.Ordinal).Replace("/results", results, StringComparison.Ordinal))];

        for (int k = 0; k < completions; k++)
        {
            CliRun shard = CliRun.WithEnvironment(new Dictionary<string, string> { ["JOB_COMPLETION_INDEX"] = k.ToString(CultureInfo.InvariantCulture) }, local);
            Assert.True(shard.ExitCode == 0, shard.ToString());
        }

        CliRun merged = CliRun.Of("merge", local[Array.IndexOf(local, "--out") + 1]);
        Assert.Equal(CliRun.Of("experiment", _files.PlanPath).Out, merged.Out);
    }

    private static string[] Command(YamlMappingNode container) => [.. Sequence(container, "command").Cast<YamlScalarNode>().Select(s => s.Value!)];

    private static string After(string[] command, string option) => command[Array.IndexOf(command, option) + 1];

    /// <summary>The volume mounted at the folder that holds <paramref name="path"/>.</summary>
    private static string MountOf(YamlMappingNode container, string path) =>
        Sequence(container, "volumeMounts").Cast<YamlMappingNode>().Select(m => Text(m, "name")!).Single(name => path.StartsWith(Text(Sequence(container, "volumeMounts").Cast<YamlMappingNode>().Single(m => Text(m, "name") == name), "mountPath") + "/", StringComparison.Ordinal));

    /// <summary>The claim of the pod's (only, or named) persistent volume.</summary>
    private static string? Claim(YamlMappingNode pod, string? volume = null) =>
        Sequence(pod, "volumes").Cast<YamlMappingNode>()
            .Where(v => v.Children.ContainsKey(new YamlScalarNode("persistentVolumeClaim")) && (volume is null || Text(v, "name") == volume))
            .Select(v => Text(v, "persistentVolumeClaim", "claimName")).SingleOrDefault();

    private static YamlMappingNode Node(YamlMappingNode node, params string[] path) =>
        path.Aggregate(node, (n, key) => (YamlMappingNode)n.Children[new YamlScalarNode(key)]);

    private static YamlSequenceNode Sequence(YamlMappingNode node, params string[] path) =>
        (YamlSequenceNode)Node(node, path[..^1]).Children[new YamlScalarNode(path[^1])];

    private static string? Text(YamlMappingNode node, params string[] path) =>
        Node(node, path[..^1]).Children.TryGetValue(new YamlScalarNode(path[^1]), out YamlNode? value) ? ((YamlScalarNode)value).Value : null;

    private static int Integer(YamlMappingNode node, string key) => int.Parse(Text(node, key)!, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex DnsLabel();

    [GeneratedRegex(@"linesim merge (\S+)")]
    private static partial Regex MergeCall();
}
