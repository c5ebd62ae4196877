using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>
/// Writes a line, and how to run it, as a scenario file (see <c>docs/scenario-files.md</c>) that
/// <see cref="ScenarioLoader"/> reads back to an equal line: the same elements, every number bit for bit, so that a run
/// with the same seed gives the same results.
/// </summary>
/// <remarks>
/// The file is written as a user would write it: the buffer between two stations as the later one's
/// <c>bufferBefore</c>, an exponential time to failure or repair as <c>mtbf</c> or <c>mttr</c>, shifts in clock time,
/// times in seconds, fields left at the reader's default left out. Numbers are written in their shortest form that reads
/// back as the same double. A gamma distribution is written by its shape and scale, what it keeps, whichever way it was
/// built. The text is indented by two spaces, with <c>\n</c> line ends, and is the same for the same line on every
/// machine. Thread-safe.
/// </remarks>
public static class ScenarioWriter
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",

        // Station and variant names as they are (umlauts, "&"), not as \u escapes; the file is not embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="line"/>, with the <c>run</c> section of <paramref name="options"/> when given, as scenario JSON.</summary>
    /// <param name="line">The line; valid.</param>
    /// <param name="options">
    /// How to run it: warm-up, duration or part count, replications, seed, engine and output interval. Its
    /// <see cref="SimulationOptions.AnalyseBottlenecks"/>, <see cref="SimulationOptions.MaxDegreeOfParallelism"/> and
    /// <see cref="SimulationOptions.MemoryLimit"/> belong to the run on a machine, not to the scenario, and are not
    /// written. <see langword="null"/> leaves the <c>run</c> section out, so the file runs with the defaults.
    /// </param>
    /// <param name="description">The scenario's <c>description</c>; <see langword="null"/> for none.</param>
    /// <returns>The scenario file's text, ending with a line break.</returns>
    /// <exception cref="ArgumentException">
    /// The line or the options are invalid, or the line holds what a scenario file cannot give (a distribution not built
    /// by the <see cref="Distribution"/> factories, a shift that starts at a fraction of a second); the message names it.
    /// </exception>
    public static string Write(LineModel line, SimulationOptions? options = null, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(line);
        line.ThrowIfInvalid();
        if (options?.Validate() is { Count: > 0 } problems)
        {
            throw new ArgumentException("The options are invalid: " + string.Join(" ", problems), nameof(options));
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, s_options))
        {
            WriteScenario(writer, line, options, description);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    /// <summary>Writes <paramref name="scenario"/>: its line, its options and its description.</summary>
    /// <param name="scenario">The scenario, as <see cref="ScenarioLoader"/> reads one or built in code.</param>
    /// <returns>The scenario file's text.</returns>
    /// <exception cref="ArgumentException">As for <see cref="Write(LineModel, SimulationOptions?, string?)"/>.</exception>
    public static string Write(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Write(scenario.Line, scenario.Options, scenario.Description);
    }

    /// <summary>Writes <paramref name="scenario"/> to the file at <paramref name="path"/>, in UTF-8 without a byte order mark, replacing the file if there is one.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="scenario">The scenario.</param>
    /// <exception cref="ArgumentException">As for <see cref="Write(LineModel, SimulationOptions?, string?)"/>.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteFile(string path, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(path);
        File.WriteAllText(path, Write(scenario), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>The exception for an element of the line that a scenario file cannot give.</summary>
    /// <param name="at">The element's path in the model: <c>Stations[2] 'Weld'.ProcessingTime</c>.</param>
    /// <param name="why">What the file cannot give, and what was found.</param>
    internal static ArgumentException CannotWrite(string at, string why) =>
        new($"{at}: cannot be written to a scenario file: {why}.");

    /// <summary>
    /// Writes a source as <see cref="SourceReader"/> reads it. Each kind is written only when the source equals the one
    /// its fields build, so that a kind of source this writer does not know is refused rather than written as another.
    /// </summary>
    internal static void WriteSource(Utf8JsonWriter writer, string name, Source source, string at)
    {
        writer.WriteStartObject(name);
        if (source.Equals(Source.Unlimited))
        {
            writer.WriteString(TypeField.Name, SourceReader.Unlimited);
        }
        else if (source.InterarrivalTime is { } interarrival && source.Equals(Source.Arrivals(interarrival, source.InputCapacity)))
        {
            writer.WriteString(TypeField.Name, SourceReader.Arrivals);
            DistributionWriter.Write(writer, "interarrivalTime", interarrival, at + ".InterarrivalTime");
            if (source.InputCapacity is { } capacity)
            {
                writer.WriteNumber("capacity", capacity);
            }
        }
        else if (source.Schedule is { } schedule && source.Equals(Source.Scheduled(schedule, source.InputCapacity)))
        {
            writer.WriteString(TypeField.Name, SourceReader.Scheduled);
            StationWriter.WriteSchedule(writer, schedule);
            if (source.InputCapacity is { } capacity)
            {
                writer.WriteNumber("capacity", capacity);
            }
        }
        else
        {
            throw CannotWrite(at, $"a source of a kind this writer does not know, {source}");
        }

        writer.WriteEndObject();
    }

    internal static void WriteStrings(Utf8JsonWriter writer, string name, ImmutableArray<string> values)
    {
        writer.WriteStartArray(name);
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>The top level, in the order of <see cref="ScenarioReader"/>; each element has its own method.</summary>
    private static void WriteScenario(Utf8JsonWriter writer, LineModel line, SimulationOptions? options, string? description)
    {
        writer.WriteStartObject();
        writer.WriteString("name", line.Name);
        if (description is not null)
        {
            writer.WriteString("description", description);
        }

        writer.WriteNumber("taktTime", line.TaktTime);
        if (line.Blocking == BlockingPolicy.BeforeService)
        {
            writer.WriteString("blocking", ScenarioReader.BeforeService);
        }

        if (!line.Source.IsUnlimited)
        {
            WriteSource(writer, "source", line.Source, "Source");
        }

        WriteVariants(writer, line.Variants);
        writer.WriteStartArray("stations");
        for (int i = 0; i < line.Stations.Length; i++)
        {
            StationWriter.Write(writer, line, i);
        }

        writer.WriteEndArray();
        WriteSegments(writer, line);
        WriteCarriers(writer, line.Carriers);
        WriteCrews(writer, line.Crews);
        if (line.Calendar is { } calendar)
        {
            CalendarWriter.Write(writer, calendar);
        }

        if (options is not null)
        {
            WriteRun(writer, options);
        }

        writer.WriteEndObject();
    }

    private static void WriteVariants(Utf8JsonWriter writer, ProductMix? variants)
    {
        if (variants is null)
        {
            return;
        }

        writer.WriteStartObject("variants");
        if (!variants.Sequence.IsDefaultOrEmpty)
        {
            WriteStrings(writer, VariantsReader.Sequence, variants.Sequence);
        }
        else
        {
            writer.WriteStartObject(VariantsReader.Shares);
            foreach (VariantShare share in variants.Shares)
            {
                writer.WriteNumber(share.Variant, share.Share);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>A segment's takt is left out where it is the line's, the reader's default.</summary>
    private static void WriteSegments(Utf8JsonWriter writer, LineModel line)
    {
        if (line.Segments.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray("segments");
        foreach (PacedSegment segment in line.Segments)
        {
            writer.WriteStartObject();
            writer.WriteString("name", segment.Name);
            writer.WriteString("first", segment.First);
            writer.WriteString("last", segment.Last);
            if (BitConverter.DoubleToInt64Bits(segment.TaktTime) != BitConverter.DoubleToInt64Bits(line.TaktTime))
            {
                writer.WriteNumber("taktTime", segment.TaktTime);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteCarriers(Utf8JsonWriter writer, ImmutableArray<CarrierLoop> carriers)
    {
        if (carriers.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray("carriers");
        for (int c = 0; c < carriers.Length; c++)
        {
            // Only a loop its written fields rebuild, so that a field this writer does not know is refused, not lost.
            CarrierLoop loop = carriers[c];
            if (!loop.Equals(new CarrierLoop(loop.Name, loop.Count, loop.From, loop.To, loop.ReturnTime) { Return = loop.Return, Storage = loop.Storage }))
            {
                throw CannotWrite(string.Create(CultureInfo.InvariantCulture, $"Carriers[{c}]"), $"{loop} has fields this writer does not know");
            }

            writer.WriteStartObject();
            writer.WriteString("name", loop.Name);
            writer.WriteNumber("count", loop.Count);
            writer.WriteString("from", loop.From);
            writer.WriteString("to", loop.To);
            if (loop.ReturnTime != 0)
            {
                writer.WriteNumber("returnTime", loop.ReturnTime);
            }

            if (loop.Return is { } back)
            {
                writer.WriteStartObject("return");
                writer.WriteNumber("travelTime", back.TravelTime);
                writer.WriteNumber("capacity", back.Capacity);
                writer.WriteEndObject();
            }

            if (loop.Storage is { } storage)
            {
                writer.WriteNumber("storage", storage);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteCrews(Utf8JsonWriter writer, ImmutableArray<RepairCrew> crews)
    {
        if (crews.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray("crews");
        foreach (RepairCrew crew in crews)
        {
            writer.WriteStartObject();
            writer.WriteString("name", crew.Name);
            writer.WriteNumber("size", crew.Size);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>The <c>run</c> section as <see cref="RunReader"/> reads it; a run without a length runs <see cref="SimulationOptions.DefaultDuration"/>, written as such.</summary>
    private static void WriteRun(Utf8JsonWriter writer, SimulationOptions options)
    {
        writer.WriteStartObject("run");
        writer.WriteNumber("warmup", options.Warmup);
        if (options.PartCount is { } parts)
        {
            writer.WriteNumber("partCount", parts);
        }
        else
        {
            writer.WriteNumber("duration", options.Duration ?? SimulationOptions.DefaultDuration);
        }

        writer.WriteNumber("replications", options.Replications);
        writer.WriteNumber("seed", options.Seed);
        if (options.Engine != EngineSelection.Auto)
        {
            writer.WriteString("engine", options.Engine == EngineSelection.SamplePath ? "samplePath" : "event");
        }

        if (options.OutputInterval is { } interval)
        {
            writer.WriteNumber("outputInterval", interval);
        }

        writer.WriteEndObject();
    }
}
