using System.Globalization;
using System.Text.Json.Nodes;
using LineSim.Scenarios;

namespace LineSim.Cli.Tests;

/// <summary>
/// Mutated scenario files, made deterministically from the shipped examples and validation lines, go through
/// <c>linesim validate</c> and a short <c>linesim run</c> in process: each ends in a result or in problems with their
/// paths (exit 0 or 2), never an unexpected error or a stack trace. A few hundred cases run in the normal test run;
/// <c>LINESIM_FUZZ_CASES</c> sets another number (see README, Tests).
/// </summary>
public sealed class ScenarioFuzzTests : IDisposable
{
    private const int DefaultCases = 300;

    // A run whose estimate is above this many events is not run here, only validated: the fuzz test checks answers,
    // and a long run's answer is its warning, tested on its own.
    private const double MostEventsRun = 2e6;

    private static readonly string[] s_folders = [Path.Combine("examples", "scenarios"), Path.Combine("docs", "validation")];

    private readonly ScenarioFiles _files = new();

    public void Dispose() => _files.Dispose();

    /// <summary>A mutation of one value: its name, for messages, and the value put in its place (null: the field is removed).</summary>
    private sealed record Mutation(string Name, Func<JsonNode, JsonNode?, JsonNode?> Apply);

    private static readonly Mutation[] s_mutations =
    [
        new("removed", (_, _) => null),
        new("null", (_, _) => JsonValue.Create((string?)null)),
        new("a string", (_, _) => JsonValue.Create("x")),
        new("an object", (_, _) => new JsonObject()),
        new("a list", (_, _) => new JsonArray()),
        new("true", (_, _) => JsonValue.Create(true)),
        new("0", (_, _) => JsonValue.Create(0)),
        new("-1", (_, _) => JsonValue.Create(-1)),
        new("-0.5", (_, _) => JsonValue.Create(-0.5)),
        new("1e308", (_, _) => JsonValue.Create(1e308)),
        new("-1e308", (_, _) => JsonValue.Create(-1e308)),
        new("a denormal", (_, _) => JsonValue.Create(double.Epsilon)),
        new("1e-9", (_, _) => JsonValue.Create(1e-9)),
        new("int.MaxValue", (_, _) => JsonValue.Create(int.MaxValue)),
        new("int.MinValue", (_, _) => JsonValue.Create(int.MinValue)),
        new("long.MaxValue", (_, _) => JsonValue.Create(long.MaxValue)),
        new("2^53 + 1", (_, _) => JsonValue.Create(9007199254740993L)),
        new("a long string", (_, _) => JsonValue.Create(new string('x', 10_000))),
        new("a control character", (_, _) => JsonValue.Create("a\u0001b")),
        new("a lone surrogate", (_, _) => JsonValue.Create("a\ud800b")),
        new("white space", (_, _) => JsonValue.Create("  ")),
        new("the first station's name", (root, _) => root["stations"]?[0]?["name"]?.DeepClone()),
        new("its own station's name", (_, station) => station?["name"]?.DeepClone()),
        new("doubled", (_, _) => null),
    ];

    [Fact]
    public void ValidateAndRun_MutatedShippedScenarios_EndInAResultOrProblemsWithPaths()
    {
        int cases = Environment.GetEnvironmentVariable("LINESIM_FUZZ_CASES") is { Length: > 0 } text
            ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture)
            : DefaultCases;
        List<(string Name, JsonNode Root)> scenarios = ShippedScenarios();
        var failures = new List<string>();
        int ran = 0;
        for (int n = 0; n < cases; n++)
        {
            (string label, string json) = Case(scenarios, n);
            string path = _files.Write($"case-{n}.json", json);
            CliRun validate = CliRun.Of("validate", path);
            if (Unexpected(validate) is { } problem)
            {
                failures.Add($"case {n} ({label}), validate: {problem}");
                continue;
            }

            if (validate.ExitCode != ExitCodes.Success)
            {
                continue;
            }

            Scenario scenario = ScenarioLoader.LoadFile(path).GetScenarioOrThrow();
            if (Simulation.Create(scenario.Line, scenario.Options with { Replications = 1 }).EstimatedEvents > MostEventsRun)
            {
                continue;
            }

            CliRun run = CliRun.Of("run", path, "--replications", "1", "--json");
            ran++;
            if (Unexpected(run) is { } runProblem)
            {
                failures.Add($"case {n} ({label}), run: {runProblem}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(ran > cases / 10, $"only {ran} of {cases} cases were valid and short enough to run");
    }

    /// <summary>What is wrong with a command's answer: an exit other than 0 or 2, a stack trace, or problems without a place.</summary>
    private static string? Unexpected(CliRun run)
    {
        if (run.ExitCode is not (ExitCodes.Success or ExitCodes.InvalidInput))
        {
            return $"exit {run.ExitCode}: {Shorten(run.Error)}";
        }

        if (run.Error.Contains("   at ", StringComparison.Ordinal) || run.Error.Contains("Exception", StringComparison.Ordinal))
        {
            return $"a stack trace: {Shorten(run.Error)}";
        }

        if (run.ExitCode == ExitCodes.InvalidInput && run.Error.Trim().Length == 0)
        {
            return "exit 2 without a problem";
        }

        if (run.ExitCode == ExitCodes.Success && run.Out.Contains("NaN", StringComparison.Ordinal))
        {
            return $"NaN in the result: {Shorten(run.Out)}";
        }

        return null;
    }

    private static string Shorten(string text) => text.Length <= 600 ? text : text[..600] + "...";

    /// <summary>Case <paramref name="n"/>: a scenario, one of its values, and a mutation of it, picked by a fixed hash of n.</summary>
    private static (string Label, string Json) Case(List<(string Name, JsonNode Root)> scenarios, int n)
    {
        ulong hash = Mix((ulong)n);
        (string name, JsonNode original) = scenarios[(int)(hash % (ulong)scenarios.Count)];
        JsonNode root = original.DeepClone();

        // Short runs: one replication of a day, unless the mutation picks a run field itself.
        root["run"] = new JsonObject { ["duration"] = 86_400, ["replications"] = 1, ["seed"] = (long)(hash >> 40) };
        List<(JsonNode Parent, string? Field, int Index, JsonNode? Station, string Path)> values = [];
        Collect(root, null, string.Empty, values);
        (JsonNode parent, string? field, int index, JsonNode? station, string at) = values[(int)((hash >> 8) % (ulong)values.Count)];
        Mutation mutation = s_mutations[(int)((hash >> 20) % (ulong)s_mutations.Length)];
        JsonNode? replacement = mutation.Apply(root, station);
        string json;
        if (mutation.Name == "doubled" && field is not null)
        {
            // A field given twice, which JsonNode cannot hold: written into the text.
            string text = root.ToJsonString();
            string key = System.Text.Json.JsonSerializer.Serialize(field) + ":";
            int place = text.IndexOf(key, StringComparison.Ordinal);
            json = place < 0 ? text : text.Insert(place, key + "1,");
        }
        else
        {
            if (field is not null)
            {
                JsonObject obj = parent.AsObject();
                if (mutation.Name == "removed")
                {
                    obj.Remove(field);
                }
                else
                {
                    obj[field] = replacement;
                }
            }
            else if (mutation.Name != "removed")
            {
                parent.AsArray()[index] = replacement;
            }
            else
            {
                parent.AsArray().RemoveAt(index);
            }

            json = root.ToJsonString();
        }

        return ($"{name}: {at} {mutation.Name}", json);
    }

    private static void Collect(JsonNode node, JsonNode? station, string path, List<(JsonNode, string?, int, JsonNode?, string)> values)
    {
        if (node is JsonObject obj)
        {
            foreach ((string key, JsonNode? value) in obj.ToList())
            {
                string at = path.Length == 0 ? key : $"{path}.{key}";
                JsonNode? owner = path.StartsWith("stations[", StringComparison.Ordinal) && path.IndexOf('.', StringComparison.Ordinal) < 0 ? obj : station;
                values.Add((obj, key, -1, owner, at));
                if (value is not null)
                {
                    Collect(value, owner, at, values);
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (int i = 0; i < array.Count; i++)
            {
                string at = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
                values.Add((array, null, i, station, at));
                if (array[i] is { } item)
                {
                    Collect(item, path == "stations" ? item : station, at, values);
                }
            }
        }
    }

    private static List<(string Name, JsonNode Root)> ShippedScenarios()
    {
        string root = RunCommandTests.RepositoryRoot();
        var scenarios = new List<(string, JsonNode)>();
        foreach (string folder in s_folders)
        {
            foreach (string file in Directory.GetFiles(Path.Combine(root, folder), "*.json").Order(StringComparer.Ordinal))
            {
                if (JsonNode.Parse(File.ReadAllText(file), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true }) is JsonObject scenario
                    && scenario.ContainsKey("stations"))
                {
                    scenarios.Add((Path.GetFileName(file), scenario));
                }
            }
        }

        return scenarios;
    }

    /// <summary>SplitMix64's finaliser: a fixed, well-spread hash of the case number.</summary>
    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EB;
        return x ^ (x >> 31);
    }
}
