using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LineSim.Results;
using LineSim.Validation;

namespace LineSim.Cli.Reporting;

/// <summary>
/// The results as one JSON document (camelCase): each statistic is <c>{ "mean": ..., "halfWidth": ... }</c> with
/// the 95% confidence half-width over replications, <see langword="null"/> where undefined; parts out adds the 95%
/// prediction interval of one replication's output. Lead time is in working time, <c>calendarLeadTime</c> in calendar
/// time. Stations carry their servers, waiting for the repair crew, quality, OEE, scrap, rework, variant mismatches,
/// starvation by input, setup, time off shift and maintenance; buffers whether they are conveyors; the line its scrap,
/// carriers and crews, JPH per working hour, working hours, the output by variant, per shift, per day and per week, and
/// its paced segments.
/// </summary>
internal static class JsonReport
{
    internal static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The document of <paramref name="result"/>, with the plausibility <paramref name="warnings"/> if given; <paramref name="more"/>, if given, writes further members at its end.</summary>
    public static string Write(SimulationResult result, IReadOnlyList<PlausibilityWarning>? warnings = null, Action<Utf8JsonWriter>? more = null)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("scenario", result.Scenario);
            json.WriteString("engine", result.Engine == EngineKind.SamplePath ? "samplePath" : "event");
            json.WriteNumber("seed", result.Seed);
            json.WriteNumber("replications", result.Replications);
            json.WriteBoolean("interrupted", result.Interrupted);
            json.WriteStartArray("warnings");
            foreach (PlausibilityWarning warning in warnings ?? [])
            {
                json.WriteStartObject();
                json.WriteString("code", warning.Code);
                json.WriteString("path", warning.Path);
                json.WriteString("message", warning.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            Number(json, "warmup", result.Warmup);
            Number(json, "duration", result.Duration);
            Number(json, "taktTime", result.TaktTime);
            Number(json, "taktThroughputPerHour", 3_600 / result.TaktTime);
            Statistic(json, "throughputPerHour", result.ThroughputPerHour);
            json.WriteStartObject("partsOut");
            EstimateFields(json, result.PartsOut);
            json.WriteStartObject("predictionInterval");
            Number(json, "lower", result.PartsOut.Mean - result.PartsOut.PredictionHalfWidth);
            Number(json, "upper", result.PartsOut.Mean + result.PartsOut.PredictionHalfWidth);
            json.WriteEndObject();
            json.WriteEndObject();
            Statistic(json, "taktAttainment", result.TaktAttainment);
            Statistic(json, "wip", result.WorkInProcess);
            Statistic(json, "scrapped", result.Scrapped);
            Statistic(json, "throughputPerWorkingHour", result.ThroughputPerWorkingHour);
            Statistic(json, "workingHours", result.WorkingHours);
            Named(json, "outputByVariant", "variant", result.OutputByVariant);
            Named(json, "outputPerShift", "shift", result.OutputPerShift);
            Series(json, "outputPerDay", result.OutputPerDay);
            Series(json, "outputPerWeek", result.OutputPerWeek);
            if (result.OutputInterval is { } outputInterval)
            {
                Number(json, "outputInterval", outputInterval);
                Series(json, "throughputOverTime", result.ThroughputOverTime);
                Series(json, "throughputPerWorkingHourOverTime", result.ThroughputPerWorkingHourOverTime);
            }

            json.WriteStartObject("leadTime");
            EstimateFields(json, result.LeadTime);
            Statistic(json, "p50", result.LeadTimeP50);
            Statistic(json, "p95", result.LeadTimeP95);
            json.WriteEndObject();

            json.WriteStartObject("calendarLeadTime");
            EstimateFields(json, result.CalendarLeadTime);
            Statistic(json, "p50", result.CalendarLeadTimeP50);
            Statistic(json, "p95", result.CalendarLeadTimeP95);
            json.WriteEndObject();

            json.WriteString("bottleneck", result.BottleneckName);
            BottleneckJson.WriteAnalysis(json, result);

            json.WriteStartArray("stations");
            foreach (StationSummary station in result.Stations)
            {
                json.WriteStartObject();
                json.WriteString("name", station.Name);
                Statistic(json, "working", station.Working);
                Statistic(json, "starved", station.Starved);
                Statistic(json, "blocked", station.Blocked);
                Statistic(json, "down", station.Down);
                Statistic(json, "availability", station.Availability);
                json.WriteNumber("servers", station.Servers);
                Named(json, "serverWorking", "name", station.ServerWorking);
                Statistic(json, "waitingForCrew", station.WaitingForCrew);
                Statistic(json, "quality", station.Quality);
                Statistic(json, "oee", station.Oee);
                Statistic(json, "scrapped", station.Scrapped);
                Statistic(json, "reworked", station.Reworked);
                Statistic(json, "variantMismatches", station.VariantMismatches);
                Named(json, "starvedByInput", "from", station.StarvedByInput);
                Statistic(json, "setup", station.Setup);
                Statistic(json, "offShift", station.OffShift);
                Statistic(json, "maintenance", station.Maintenance);
                Statistic(json, "stopped", station.Stopped);
                Named(json, "downByFailure", "name", station.DownByFailure);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("buffers");
            foreach (BufferSummary buffer in result.Buffers)
            {
                Buffer(json, buffer);
            }

            json.WriteEndArray();

            json.WritePropertyName("inputBuffer");
            if (result.InputBuffer is { } input)
            {
                Buffer(json, input);
            }
            else
            {
                json.WriteNullValue();
            }

            json.WriteStartArray("carriers");
            foreach (CarrierSummary carriers in result.Carriers)
            {
                json.WriteStartObject();
                json.WriteString("name", carriers.Name);
                json.WriteNumber("count", carriers.Count);
                Statistic(json, "averageLoaded", carriers.AverageLoaded);
                Statistic(json, "averageReturning", carriers.AverageReturning);
                Statistic(json, "averageIdle", carriers.AverageIdle);
                Statistic(json, "noneIdleFraction", carriers.NoneIdleFraction);
                Statistic(json, "utilisation", carriers.Utilisation);
                Statistic(json, "waitingForCarrierFraction", carriers.WaitingForCarrierFraction);
                Statistic(json, "returnBlockedFraction", carriers.ReturnBlockedFraction);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("segments");
            foreach (SegmentSummary segment in result.Segments.IsDefault ? [] : result.Segments)
            {
                json.WriteStartObject();
                json.WriteString("name", segment.Name);
                Statistic(json, "indexes", segment.Indexes);
                Statistic(json, "lateIndexes", segment.LateIndexes);
                Statistic(json, "stoppedBusy", segment.StoppedBusy);
                Statistic(json, "stoppedFailure", segment.StoppedFailure);
                Statistic(json, "stoppedStarved", segment.StoppedStarved);
                Statistic(json, "stoppedBlocked", segment.StoppedBlocked);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("crews");
            foreach (CrewSummary crew in result.Crews)
            {
                json.WriteStartObject();
                json.WriteString("name", crew.Name);
                json.WriteNumber("size", crew.Size);
                Statistic(json, "utilisation", crew.Utilisation);
                Statistic(json, "averageWaiting", crew.AverageWaiting);
                Statistic(json, "repairs", crew.Repairs);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            more?.Invoke(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Buffer(Utf8JsonWriter json, BufferSummary buffer)
    {
        json.WriteStartObject();
        if (buffer.After is null)
        {
            json.WriteNull("after");
        }
        else
        {
            json.WriteString("after", buffer.After);
        }

        json.WriteString("before", buffer.Before);
        if (buffer.Capacity == int.MaxValue)
        {
            json.WriteNull("capacity");
        }
        else
        {
            json.WriteNumber("capacity", buffer.Capacity);
        }

        Statistic(json, "averageLevel", buffer.AverageLevel);
        Statistic(json, "fullFraction", buffer.FullFraction);
        Statistic(json, "emptyFraction", buffer.EmptyFraction);
        json.WriteBoolean("conveyor", buffer.IsConveyor);
        if (buffer.After is null)
        {
            // An input buffer: the deliveries of a scheduled supply that found it full (0 for arrivals).
            Statistic(json, "heldBack", buffer.HeldBack);
        }

        if (!buffer.AverageLevelOverTime.IsEmpty)
        {
            Series(json, "averageLevelOverTime", buffer.AverageLevelOverTime);
        }

        json.WriteEndObject();
    }

    private static void Series(Utf8JsonWriter json, string name, ImmutableArray<Estimate> estimates)
    {
        json.WriteStartArray(name);
        foreach (Estimate estimate in estimates.IsDefault ? [] : estimates)
        {
            json.WriteStartObject();
            EstimateFields(json, estimate);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>A list of estimates, each an object with its name under <paramref name="key"/>: <c>[{ "from": "A", "mean": ..., "halfWidth": ... }]</c>.</summary>
    private static void Named(Utf8JsonWriter json, string name, string key, ImmutableArray<NamedEstimate> estimates)
    {
        json.WriteStartArray(name);
        foreach (NamedEstimate estimate in estimates.IsDefault ? [] : estimates)
        {
            json.WriteStartObject();
            json.WriteString(key, estimate.Name);
            EstimateFields(json, estimate.Value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    internal static void Statistic(Utf8JsonWriter json, string name, Estimate estimate)
    {
        json.WriteStartObject(name);
        EstimateFields(json, estimate);
        json.WriteEndObject();
    }

    private static void EstimateFields(Utf8JsonWriter json, Estimate estimate)
    {
        Number(json, "mean", estimate.Mean);
        Number(json, "halfWidth", estimate.HalfWidth);
    }

    internal static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
