using System.Collections.Immutable;
using System.Text.Json;
using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>
/// Reads the top level of a scenario file: <c>name</c>, <c>description</c>, <c>taktTime</c>, <c>blocking</c>,
/// <c>source</c>, <c>variants</c>, <c>stations</c>, <c>segments</c>, <c>carriers</c>, <c>crews</c>, <c>calendar</c> and <c>run</c>. Each kind of object has its own
/// reader. How the stations connect (names, cycles, reachability) is checked on the built line by
/// <see cref="LineModel.Validate"/>, whose problems <see cref="ModelProblemPaths"/> gives JSON paths.
/// </summary>
internal static class ScenarioReader
{
    public const string AfterService = "afterService";
    public const string BeforeService = "beforeService";

    private static readonly IReadOnlyList<string> s_blocking = [AfterService, BeforeService];

    public static Scenario? Read(JsonElement root, string defaultName, ScenarioErrorList errors)
    {
        JsonFields? fields = JsonFields.Open(root, string.Empty, errors, "a scenario", "$schema", "name", "description", "taktTime", "blocking", "source", "variants", "stations", "segments", "carriers", "crews", "calendar", "run");
        if (fields is null)
        {
            return null;
        }

        fields.String("$schema", nonEmpty: false);
        string? name = fields.String("name");
        string? description = fields.String("description", nonEmpty: false);
        double? taktTime = fields.Time("taktTime", NumberRule.Positive, required: true);
        string? blocking = fields.Choice("blocking", s_blocking);

        Source? source = Source.Unlimited;
        if (fields.TryGet("source", out JsonElement sourceElement))
        {
            source = SourceReader.Read(sourceElement, fields.At("source"), errors);
        }

        ProductMix? variants = null;
        if (fields.TryGet("variants", out JsonElement variantsElement))
        {
            variants = VariantsReader.Read(variantsElement, fields.At("variants"), errors);
        }

        ImmutableArray<StationEntry>? stations = ReadStations(fields, errors);
        ImmutableArray<PacedSegment>? segments = fields.List("segments", "paced segments", (item, at) => SegmentReader.Read(item, at, taktTime, errors));
        ImmutableArray<CarrierLoop>? carriers = fields.List("carriers", "carrier loops", (item, at) => CarrierReader.Read(item, at, errors));
        ImmutableArray<RepairCrew>? crews = fields.List("crews", "repair crews", (item, at) => CrewReader.Read(item, at, errors));
        ShiftCalendar? calendar = null;
        if (fields.TryGet("calendar", out JsonElement calendarElement))
        {
            calendar = CalendarReader.Read(calendarElement, fields.At("calendar"), errors);
        }

        SimulationOptions? options = new SimulationOptions { Duration = SimulationOptions.DefaultDuration };
        if (fields.TryGet("run", out JsonElement run))
        {
            options = RunReader.Read(run, fields.At("run"), errors);
        }

        if (stations is { } entries && source is { IsUnlimited: true } && entries.All(e => e.Station.ProcessingTime.Mean <= 0))
        {
            fields.Report("stations", "at least one station needs a processing time with a mean greater than 0; otherwise an unlimited source makes parts without end at one instant");
        }

        if (stations is { } read && source is { IsUnlimited: false } && !read[0].Station.TakesFromStationBefore)
        {
            fields.Report("source", $"{(source.Schedule is null ? "arrivals" : "deliveries")} that no station takes: the first station, {JsonText.Quote(read[0].Station.Name)}, has inputs, so no station takes parts from the line's source; give each feeder line's start its own, as inputs[k].source");
        }

        if (errors.Count > 0 || taktTime is null || source is null || stations is null || options is null)
        {
            return null;
        }

        var buffers = ImmutableArray.CreateBuilder<LineBuffer>();
        for (int i = 1; i < stations.Value.Length; i++)
        {
            if (stations.Value[i].BufferBefore is { } capacity)
            {
                buffers.Add(new LineBuffer(stations.Value[i - 1].Station.Name, capacity));
            }
        }

        var line = new LineModel
        {
            Name = name ?? defaultName,
            TaktTime = taktTime.Value,
            Blocking = blocking == BeforeService ? BlockingPolicy.BeforeService : BlockingPolicy.AfterService,
            Source = source,
            Stations = [.. stations.Value.Select(e => e.Station)],
            Buffers = buffers.ToImmutable(),
            Carriers = carriers ?? [],
            Crews = crews ?? [],
            Variants = variants,
            Segments = segments ?? [],
            Calendar = calendar,
        };

        return new Scenario { Line = line, Options = options, Description = description };
    }

    private static ImmutableArray<StationEntry>? ReadStations(JsonFields fields, ScenarioErrorList errors)
    {
        if (!fields.TryGet("stations", out JsonElement element))
        {
            fields.ReportMissing("stations");
            return null;
        }

        string path = fields.At("stations");
        if (element.ValueKind != JsonValueKind.Array)
        {
            errors.Add(path, $"must be a list of stations, got {JsonText.Describe(element)}");
            return null;
        }

        if (element.GetArrayLength() == 0)
        {
            errors.Add(path, "the line needs at least one station, got an empty list");
            return null;
        }

        var stations = ImmutableArray.CreateBuilder<StationEntry>(element.GetArrayLength());
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        bool valid = true;
        int index = 0;
        foreach (JsonElement item in element.EnumerateArray())
        {
            string at = JsonPath.Index(path, index);
            StationEntry? station = StationReader.Read(item, at, index, errors);
            string? stationName = station?.Station.Name
                ?? (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("name", out JsonElement n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null);
            if (!string.IsNullOrWhiteSpace(stationName) && !names.TryAdd(stationName, index))
            {
                errors.Add(JsonPath.Property(at, "name"), $"duplicate station name {JsonText.Quote(stationName)}, already used by {JsonPath.Index(path, names[stationName])}; station names must be unique");
                valid = false;
            }

            if (station is null)
            {
                valid = false;
            }
            else
            {
                stations.Add(station);
            }

            index++;
        }

        return valid ? stations.MoveToImmutable() : null;
    }
}
