using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace LineSim.Experiments.Shards;

/// <summary>
/// A shard file in JSON Lines: a header (<see cref="ShardHeader"/>), one line per task in increasing order, and a last
/// line <c>{"end":COUNT}</c>, so that a file cut short is told from a complete one. Doubles round-trip exactly.
/// </summary>
internal static class ShardFile
{
    private static readonly JsonWriterOptions s_options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Stream stream, ShardHeader header, IReadOnlyList<ExperimentTaskResult> results, IReadOnlyList<int> tasks)
    {
        using var json = new Utf8JsonWriter(stream, s_options);
        json.WriteStartObject();
        json.WriteString("format", ShardHeader.Format);
        json.WriteString("version", header.Version);
        json.WriteString("planHash", header.PlanHash);
        json.WriteNumber("shard", header.Shard.Index);
        json.WriteNumber("shards", header.Shard.Count);
        json.WriteNumber("taskCount", header.TaskCount);
        json.WriteNumber("tasks", tasks.Count);
        json.WriteString("plan", header.PlanName);
        json.WriteString("scenario", header.Scenario);
        json.WriteNumber("seed", header.Seed);
        json.WriteNumber("replications", header.Replications);
        if (header.Command is { } command)
        {
            json.WriteString("command", command);
        }

        ImmutableArray<string> stations = header.Configurations[0].Stations;
        Strings(json, "stations", stations);
        json.WriteStartArray("configurations");
        foreach (ConfigurationOutline configuration in header.Configurations)
        {
            json.WriteStartObject();
            json.WriteString("name", configuration.Name);
            json.WriteStartArray("settings");
            foreach (Setting setting in configuration.Settings)
            {
                json.WriteStartArray();
                json.WriteStringValue(setting.Path);
                ShardNumbers.Write(json, setting.Value);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            if (!configuration.Stations.SequenceEqual(stations))
            {
                Strings(json, "stations", configuration.Stations);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        NewLine(json, stream);
        for (int k = 0; k < results.Count; k++)
        {
            ExperimentTaskResult result = results[k];
            json.WriteStartObject();
            json.WriteNumber("task", tasks[k]);
            json.WriteNumber("configuration", result.Configuration);
            json.WriteNumber("replication", result.Replication);
            json.WritePropertyName("throughputPerHour");
            ShardNumbers.Write(json, result.ThroughputPerHour);
            json.WritePropertyName("taktAttainment");
            ShardNumbers.Write(json, result.TaktAttainment);
            json.WritePropertyName("wip");
            ShardNumbers.Write(json, result.WorkInProcess);
            json.WritePropertyName("leadTime");
            ShardNumbers.Write(json, result.LeadTime);
            json.WriteStartArray("stationLoads");
            foreach (double load in result.StationLoads)
            {
                ShardNumbers.Write(json, load);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            NewLine(json, stream);
        }

        json.WriteStartObject();
        json.WriteNumber("end", results.Count);
        json.WriteEndObject();
        NewLine(json, stream);
    }

    /// <summary>Reads a shard file whole, checking every line.</summary>
    /// <exception cref="InvalidDataException">The file is not a complete shard; the message says what is wrong, and "truncated" when it ends early.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static (ShardHeader Header, ImmutableArray<ExperimentTaskResult> Results) Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        string? first = reader.ReadLine() ?? throw new InvalidDataException("is empty: not a LineSim shard, or one cut short before its header");
        (ShardHeader header, int count) = ReadHeader(first);
        int[] tasks = header.Shard.Tasks(header.TaskCount);
        if (count != tasks.Length)
        {
            throw new InvalidDataException($"says it holds {count} tasks; shard {header.Shard} of {header.TaskCount} tasks has {tasks.Length}");
        }

        var results = ImmutableArray.CreateBuilder<ExperimentTaskResult>(tasks.Length);
        int line = 1;
        for (int k = 0; k < tasks.Length; k++)
        {
            string text = reader.ReadLine() ?? throw new InvalidDataException($"is truncated: it ends after {k} of its {tasks.Length} tasks (the task that wrote it did not finish writing)");
            results.Add(ReadTask(text, ++line, tasks[k], header));
        }

        string? end = reader.ReadLine();
        if (end is null || !IsEnd(end, tasks.Length))
        {
            throw new InvalidDataException(end is null
                ? $"is truncated: its {tasks.Length} tasks are there but not the end line that closes a complete shard"
                : $"line {line + 1}: expected the end line {{\"end\":{tasks.Length}}} after the last task");
        }

        if (reader.ReadLine() is { Length: > 0 })
        {
            throw new InvalidDataException($"has lines after its end line (line {line + 2})");
        }

        Stream stream = reader.BaseStream;
        stream.Seek(-1, SeekOrigin.End);
        if (stream.ReadByte() != '\n')
        {
            throw new InvalidDataException("is truncated: its end line lacks the newline that ends a complete shard");
        }

        return (header, results.MoveToImmutable());
    }

    private static (ShardHeader Header, int Tasks) ReadHeader(string text)
    {
        using JsonDocument document = Parse(text, 1, "not a LineSim shard");
        JsonElement root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out JsonElement format) || format.ValueKind != JsonValueKind.String)
        {
            throw new InvalidDataException("is not a LineSim shard: its first line has no format");
        }

        if (format.GetString() != ShardHeader.Format)
        {
            throw new InvalidDataException($"has format '{format.GetString()}'; this LineSim reads {ShardHeader.Format}");
        }

        try
        {
            ImmutableArray<string> stations = Strings(root.GetProperty("stations"));
            var configurations = ImmutableArray.CreateBuilder<ConfigurationOutline>();
            foreach (JsonElement configuration in root.GetProperty("configurations").EnumerateArray())
            {
                var settings = ImmutableArray.CreateBuilder<Setting>();
                foreach (JsonElement setting in configuration.GetProperty("settings").EnumerateArray())
                {
                    settings.Add(new Setting(setting[0].GetString()!, Number(setting[1], "a setting's value")));
                }

                configurations.Add(new ConfigurationOutline(
                    configuration.GetProperty("name").GetString()!,
                    settings.ToImmutable(),
                    configuration.TryGetProperty("stations", out JsonElement own) ? Strings(own) : stations));
            }

            int replications = root.GetProperty("replications").GetInt32();
            int taskCount = root.GetProperty("taskCount").GetInt32();
            if (replications < 1 || configurations.Count == 0 || taskCount != configurations.Count * replications)
            {
                throw new InvalidDataException($"header: {taskCount} tasks do not make {configurations.Count} configurations of {replications} replications");
            }

            if (!Shard.TryCreate(root.GetProperty("shard").GetInt64(), root.GetProperty("shards").GetInt64(), out Shard shard, out string? problem))
            {
                throw new InvalidDataException($"header: {problem}");
            }

            var header = new ShardHeader(
                root.GetProperty("version").GetString()!,
                root.GetProperty("planHash").GetString()!,
                shard,
                taskCount,
                root.GetProperty("plan").GetString()!,
                root.GetProperty("scenario").GetString()!,
                root.GetProperty("seed").GetInt64(),
                replications,
                configurations.ToImmutable(),
                root.TryGetProperty("command", out JsonElement command) ? command.GetString() : null);
            return (header, root.GetProperty("tasks").GetInt32());
        }
        catch (Exception exception) when (exception is KeyNotFoundException or InvalidOperationException or FormatException or IndexOutOfRangeException or ArgumentNullException)
        {
            throw new InvalidDataException($"header: a field is missing or of the wrong type ({exception.Message})");
        }
    }

    private static ExperimentTaskResult ReadTask(string text, int line, int task, ShardHeader header)
    {
        using JsonDocument document = Parse(text, line, "is damaged");
        JsonElement root = document.RootElement;
        try
        {
            if (root.GetProperty("task").GetInt32() != task)
            {
                throw new InvalidDataException($"line {line}: holds task {root.GetProperty("task").GetInt32()}; shard {header.Shard} has task {task} there");
            }

            (int configuration, int replication) = Math.DivRem(task, header.Replications);
            if (root.GetProperty("configuration").GetInt32() != configuration || root.GetProperty("replication").GetInt32() != replication)
            {
                throw new InvalidDataException($"line {line}: task {task} should be configuration {configuration}, replication {replication}");
            }

            var loads = ImmutableArray.CreateBuilder<double>();
            foreach (JsonElement load in root.GetProperty("stationLoads").EnumerateArray())
            {
                loads.Add(Number(load, "a station load"));
            }

            if (loads.Count != header.Configurations[configuration].Stations.Length)
            {
                throw new InvalidDataException($"line {line}: task {task} has {loads.Count} station loads; its configuration has {header.Configurations[configuration].Stations.Length} stations");
            }

            return new ExperimentTaskResult(
                configuration,
                replication,
                Number(root.GetProperty("throughputPerHour"), "throughputPerHour"),
                Number(root.GetProperty("taktAttainment"), "taktAttainment"),
                Number(root.GetProperty("wip"), "wip"),
                Number(root.GetProperty("leadTime"), "leadTime"),
                loads.ToImmutable());
        }
        catch (Exception exception) when (exception is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"line {line}: a field is missing or of the wrong type ({exception.Message})");
        }
    }

    private static bool IsEnd(string text, int count)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("end", out JsonElement end)
                && end.TryGetInt32(out int value) && value == count;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static JsonDocument Parse(string text, int line, string what)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException(line == 1
                ? $"is {what}: its first line is not JSON ({exception.Message})"
                : $"is truncated or damaged: line {line} is not JSON ({exception.Message})");
        }
    }

    private static double Number(JsonElement element, string what) =>
        ShardNumbers.TryRead(element, out double value) ? value : throw new FormatException($"{what} is not a number: {element.GetRawText()}");

    private static ImmutableArray<string> Strings(JsonElement element) => [.. element.EnumerateArray().Select(e => e.GetString() ?? throw new FormatException("a station's name is null"))];

    private static void Strings(Utf8JsonWriter json, string name, ImmutableArray<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void NewLine(Utf8JsonWriter json, Stream stream)
    {
        json.Flush();
        json.Reset();
        stream.WriteByte((byte)'\n');
    }
}
