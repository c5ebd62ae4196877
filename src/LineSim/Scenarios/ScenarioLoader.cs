using System.Text.Json.Nodes;
using System.Text.Json;
using LineSim.Execution.Compiled;
using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>
/// Loads scenario files: JSON descriptions of a line and how to run it (see <c>docs/scenario-files.md</c>).
/// Every problem is reported at once, each with its JSON path, what is wrong and what was found.
/// </summary>
/// <remarks>
/// Comments (<c>//</c> and <c>/* */</c>) and trailing commas are allowed. Loading never throws for a bad scenario:
/// it returns a <see cref="ScenarioLoadResult"/> holding either the scenario or the errors. Thread-safe.
/// </remarks>
public static class ScenarioLoader
{
    private const string DefaultName = "Line";

    internal static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>Loads a scenario from JSON text.</summary>
    /// <param name="json">The scenario as JSON.</param>
    /// <returns>The scenario, or every problem found with it.</returns>
    public static ScenarioLoadResult Load(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Load(json, DefaultName);
    }

    /// <summary>Loads a scenario from a file; the line takes the file's name (without extension) when the scenario has no <c>name</c>.</summary>
    /// <param name="path">The path of the scenario file.</param>
    /// <returns>The scenario, or every problem found with it, including a missing or unreadable file.</returns>
    public static ScenarioLoadResult LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string? json = ReadFile(path, "a scenario file", out ScenarioError? error);
        if (json is null)
        {
            return ScenarioLoadResult.Failure([error!]);
        }

        return Load(json, Path.GetFileNameWithoutExtension(path));
    }

    /// <summary>
    /// A problem of the line read from a scenario file, as <see cref="LineModel.Validate"/> or a
    /// <see cref="MemoryLimitExceededException"/> gives it (a model path, a colon, the message), at its path in the file.
    /// </summary>
    /// <param name="problem">The problem: <c>Stations[3] 'Framing'.Inputs[0].From: ...</c>.</param>
    /// <param name="line">The line as read from the file.</param>
    public static ScenarioError ErrorAt(string problem, LineModel line)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(line);
        return ModelProblemPaths.Translate(problem, line);
    }

    /// <summary>The text of a scenario or plan file, or <see langword="null"/> with the problem: missing, a folder, unreadable.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="kind">What the file should be, for the message about a folder: "a scenario file".</param>
    /// <param name="error">The problem, with an empty path, when the file cannot be read.</param>
    internal static string? ReadFile(string path, string kind, out ScenarioError? error)
    {
        error = null;
        if (Directory.Exists(path))
        {
            // Reading a folder fails as "access denied", which sends the user looking at permissions.
            error = new ScenarioError(string.Empty, $"is a folder, not {kind}");
            return null;
        }

        try
        {
            return JsonInput.Decode(File.ReadAllBytes(path), out error);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            error = new ScenarioError(string.Empty, "file not found");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = new ScenarioError(string.Empty, $"cannot read the file: {exception.Message}");
        }

        return null;
    }

    /// <summary>Loads a scenario from a JSON tree (a plan's configuration of a scenario), checked as a file is.</summary>
    internal static ScenarioLoadResult LoadNode(JsonNode json, string defaultName) => Load(json.ToJsonString(), defaultName);

    private static ScenarioLoadResult Load(string json, string defaultName)
    {
        if (JsonInput.Problem(json) is { } textProblem)
        {
            return ScenarioLoadResult.Failure([textProblem]);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException exception)
        {
            return ScenarioLoadResult.Failure([MalformedJson(exception)]);
        }

        using (document)
        {
            var errors = new ScenarioErrorList();
            Scenario? scenario = ScenarioReader.Read(document.RootElement, defaultName, errors);
            if (scenario is not null)
            {
                // The readers check each value; the model checks how the stations connect (names, cycles, reachability,
                // routing, carriers), and its problems arrive at their JSON paths. The options' checks are a safety net.
                foreach (ScenarioError problem in ModelProblemPaths.TranslateAll(scenario.Line.Validate(), scenario.Line))
                {
                    errors.Add(problem);
                }

                foreach (string problem in scenario.Options.Validate())
                {
                    errors.Add(OptionPath(problem), problem[(problem.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim());
                }

                if (errors.Count == 0
                    && RunMemory.Of(new CompiledLine(scenario.Line), scenario.Options).Refusal(RunMemory.DefaultLimit) is { } refusal)
                {
                    errors.Add(refusal.Option == "OutputInterval" ? "run.outputInterval" : "run.replications", refusal.Message);
                }

                if (errors.Count == 0)
                {
                    foreach (ScenarioError problem in ModelProblemPaths.TranslateAll(RunTimeRules.Problems(scenario.Line, scenario.Options), scenario.Line))
                    {
                        errors.Add(problem);
                    }

                    if (RunTimeRules.PartCountProblem(scenario.Line, scenario.Options) is { } endless)
                    {
                        errors.Add("run.partCount", endless);
                    }
                }

                if (errors.Count == 0 && scenario.Options.Engine == EngineSelection.SamplePath
                    && Simulation.WhySamplePathCannotRun(scenario.Line) is { } reason)
                {
                    errors.Add("run.engine", $"samplePath cannot run this line: {char.ToLowerInvariant(reason[0])}{reason[1..]} Use \"auto\" or \"event\".");
                }
            }

            return errors.Count == 0 && scenario is not null
                ? ScenarioLoadResult.Success(scenario)
                : ScenarioLoadResult.Failure(errors.Errors);
        }
    }

    /// <summary>The JSON path of the option an options problem (<c>"Warmup: ..."</c>) names.</summary>
    private static string OptionPath(string problem) => problem[..Math.Max(0, problem.IndexOf(':', StringComparison.Ordinal))] switch
    {
        "Warmup" => "run.warmup",
        "Duration" => "run.duration",
        "PartCount" => "run.partCount",
        "Replications" => "run.replications",
        "OutputInterval" => "run.outputInterval",
        "Engine" => "run.engine",
        _ => "run",
    };

    internal static ScenarioError MalformedJson(JsonException exception)
    {
        string message = exception.Message;
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        long line = (exception.LineNumber ?? 0) + 1;
        long column = (exception.BytePositionInLine ?? 0) + 1;
        return new ScenarioError(string.Empty, $"malformed JSON at line {line}, column {column}: {message.TrimEnd()}");
    }
}
