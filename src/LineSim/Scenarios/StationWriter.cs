using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>
/// Writes one element of <c>stations</c> as <see cref="StationReader"/> reads it, one method per field; a field left
/// at the reader's default is left out.
/// </summary>
internal static class StationWriter
{
    /// <summary>Writes the station at <paramref name="index"/> of <paramref name="line"/>, with the buffer before it.</summary>
    public static void Write(Utf8JsonWriter writer, LineModel line, int index)
    {
        Station station = line.Stations[index];
        string at = string.Create(CultureInfo.InvariantCulture, $"Stations[{index}] '{station.Name}'");
        writer.WriteStartObject();
        writer.WriteString("name", station.Name);
        WriteBufferBefore(writer, line, index);
        WriteProcessingTime(writer, station, at);
        if (station.Servers != 1)
        {
            writer.WriteNumber("servers", station.Servers);
        }

        WriteInputs(writer, station, at);
        if (station.Merge == MergeRule.FirstAvailable)
        {
            writer.WriteString("merge", StationReader.FirstAvailable);
        }

        WriteFailures(writer, station, at);
        WriteRouting(writer, station.Routing, at + ".Routing");
        WriteQuality(writer, station.Quality);
        WriteSetup(writer, station.Setup, at + ".Setup");
        WriteMaintenance(writer, station.Maintenance);
        WriteStops(writer, station.Stops, at + ".Stops");
        WritePull(writer, station.Pull);
        writer.WriteEndObject();
    }

    private static void WriteProcessingTime(Utf8JsonWriter writer, Station station, string at)
    {
        if (station.ProcessingTimeByVariant.IsEmpty)
        {
            DistributionWriter.Write(writer, "processingTime", station.ProcessingTime, at + ".ProcessingTime");
            return;
        }

        writer.WriteStartObject("processingTime");
        DistributionWriter.Write(writer, ProcessingTimeReader.Default, station.ProcessingTime, at + ".ProcessingTime");
        writer.WriteStartObject(ProcessingTimeReader.ByVariant);

        // In the order of the names, so that the same station always writes the same text.
        foreach (KeyValuePair<string, Distribution> entry in station.ProcessingTimeByVariant.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            DistributionWriter.Write(writer, entry.Key, entry.Value, $"{at}.ProcessingTimeByVariant['{entry.Key}']");
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>A buffer of the line's <see cref="LineModel.Buffers"/> is the <c>bufferBefore</c> of the station after the one it follows.</summary>
    private static void WriteBufferBefore(Utf8JsonWriter writer, LineModel line, int index)
    {
        if (index == 0)
        {
            return;
        }

        string before = line.Stations[index - 1].Name;
        foreach (LineBuffer buffer in line.Buffers)
        {
            if (buffer.After == before)
            {
                writer.WriteNumber("bufferBefore", buffer.Capacity);
                return;
            }
        }
    }

    private static void WriteInputs(Utf8JsonWriter writer, Station station, string at)
    {
        if (station.Inputs.IsDefault)
        {
            return;
        }

        writer.WriteStartArray("inputs");
        for (int k = 0; k < station.Inputs.Length; k++)
        {
            WriteInput(writer, station.Inputs[k], string.Create(CultureInfo.InvariantCulture, $"{at}.Inputs[{k}]"));
        }

        writer.WriteEndArray();
    }

    private static void WriteInput(Utf8JsonWriter writer, StationInput input, string at)
    {
        writer.WriteStartObject();
        if (input.Supply is { } supply)
        {
            ScenarioWriter.WriteSource(writer, "source", supply, at + ".Supply");
        }
        else
        {
            writer.WriteString("from", input.From);
            if (input.Conveyor is { } conveyor)
            {
                writer.WriteStartObject("conveyor");
                writer.WriteNumber("travelTime", conveyor.TravelTime);
                writer.WriteNumber("capacity", conveyor.Capacity);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNumber("buffer", input.Buffer);
            }
        }

        if (input.Quantity != 1)
        {
            writer.WriteNumber("quantity", input.Quantity);
        }

        writer.WriteEndObject();
    }

    /// <summary>One profile as an object, several as a list.</summary>
    private static void WriteFailures(Utf8JsonWriter writer, Station station, string at)
    {
        ImmutableArray<FailureModel> profiles = station.FailureProfiles;
        if (profiles.IsEmpty)
        {
            return;
        }

        writer.WritePropertyName("failures");
        if (profiles.Length == 1)
        {
            WriteFailure(writer, profiles[0], at + ".Failures");
            return;
        }

        writer.WriteStartArray();
        WriteFailure(writer, profiles[0], at + ".Failures");
        for (int k = 1; k < profiles.Length; k++)
        {
            WriteFailure(writer, profiles[k], string.Create(CultureInfo.InvariantCulture, $"{at}.AdditionalFailures[{k - 1}]"));
        }

        writer.WriteEndArray();
    }

    private static void WriteFailure(Utf8JsonWriter writer, FailureModel failure, string at)
    {
        writer.WriteStartObject();
        if (failure.Name is { } name)
        {
            writer.WriteString("name", name);
        }

        writer.WriteString("mode", failure.Mode == FailureMode.TimeDependent ? FailureReader.Time : FailureReader.Operation);
        WriteMeanOrDistribution(writer, "mtbf", "timeToFailure", failure.TimeToFailure, at + ".TimeToFailure");
        WriteMeanOrDistribution(writer, "mttr", "timeToRepair", failure.TimeToRepair, at + ".TimeToRepair");
        if (failure.Crew is { } crew)
        {
            writer.WriteString("crew", crew);
        }

        writer.WriteEndObject();
    }

    /// <summary>An exponential time as its mean (<c>mtbf</c>, <c>mttr</c>), as a file usually gives it; any other as a distribution.</summary>
    private static void WriteMeanOrDistribution(Utf8JsonWriter writer, string meanField, string distributionField, Distribution time, string at)
    {
        if (time is ExponentialDistribution exponential)
        {
            writer.WriteNumber(meanField, exponential.Mean);
        }
        else
        {
            DistributionWriter.Write(writer, distributionField, time, at);
        }
    }

    private static void WriteRouting(Utf8JsonWriter writer, Routing? routing, string at)
    {
        if (routing is null)
        {
            return;
        }

        writer.WriteStartObject("routing");
        writer.WriteString("rule", routing.Rule switch
        {
            RoutingRule.Probability => RoutingReader.Probability,
            RoutingRule.RoundRobin => RoutingReader.RoundRobin,
            RoutingRule.ByVariant => RoutingReader.ByVariant,
            _ => RoutingReader.FirstWithSpace,
        });
        if (!routing.Targets.IsDefault)
        {
            writer.WriteStartArray("targets");
            for (int t = 0; t < routing.Targets.Length; t++)
            {
                WriteTarget(writer, routing.Rule, routing.Targets[t], string.Create(CultureInfo.InvariantCulture, $"{at}.Targets[{t}]"));
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>A target's probability goes with routing by probability, its variants with routing by variant; the file has no place for either with another rule.</summary>
    private static void WriteTarget(Utf8JsonWriter writer, RoutingRule rule, RouteTarget target, string at)
    {
        writer.WriteStartObject();
        writer.WriteString("station", target.Station);
        if (rule == RoutingRule.Probability)
        {
            writer.WriteNumber("probability", target.Probability);
        }
        else if (target.Probability != 0)
        {
            throw ScenarioWriter.CannotWrite(at + ".Probability", $"{rule} routing gives its targets no probability in a scenario file, got {Require.Format(target.Probability)}");
        }

        bool hasVariants = !target.Variants.IsDefaultOrEmpty;
        if (rule == RoutingRule.ByVariant && hasVariants)
        {
            ScenarioWriter.WriteStrings(writer, "variants", target.Variants);
        }
        else if (hasVariants)
        {
            throw ScenarioWriter.CannotWrite(at + ".Variants", $"{rule} routing sends no variants to its targets in a scenario file, got {target.Variants.Length}");
        }

        writer.WriteEndObject();
    }

    /// <summary>The yield and the rework routes; the scrap is what they leave, so it is not written.</summary>
    private static void WriteQuality(Utf8JsonWriter writer, Quality? quality)
    {
        if (quality is null)
        {
            return;
        }

        writer.WriteStartObject("quality");
        writer.WriteNumber("yield", quality.FirstPassYield);
        if (!quality.Rework.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("rework");
            foreach (ReworkRoute route in quality.Rework)
            {
                writer.WriteStartObject();
                writer.WriteString("station", route.Station);
                writer.WriteNumber("probability", route.Probability);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>A setup for any change of variant as a distribution alone; with a matrix, as <c>{ "time", "matrix" }</c>.</summary>
    private static void WriteSetup(Utf8JsonWriter writer, Changeover? setup, string at)
    {
        if (setup is null)
        {
            return;
        }

        if (setup.Matrix.IsDefaultOrEmpty && setup.Time is { } any)
        {
            DistributionWriter.Write(writer, "setup", any, at + ".Time");
            return;
        }

        writer.WriteStartObject("setup");
        if (setup.Time is { } time)
        {
            DistributionWriter.Write(writer, "time", time, at + ".Time");
        }

        writer.WriteStartArray("matrix");
        for (int k = 0; !setup.Matrix.IsDefault && k < setup.Matrix.Length; k++)
        {
            ChangeoverTime change = setup.Matrix[k];
            ThrowIfUnwritable(setup, k, string.Create(CultureInfo.InvariantCulture, $"{at}.Matrix[{k}]"));
            writer.WriteStartObject();
            writer.WriteString("from", change.From);
            writer.WriteString("to", change.To);
            DistributionWriter.Write(writer, "time", change.Time, string.Create(CultureInfo.InvariantCulture, $"{at}.Matrix[{k}].Time"));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// The model takes a change from a variant to itself, which never happens, and a second entry for a change, which the
    /// first hides; a scenario file refuses both (<see cref="SetupReader"/>).
    /// </summary>
    private static void ThrowIfUnwritable(Changeover setup, int k, string at)
    {
        ChangeoverTime change = setup.Matrix[k];
        if (change.From == change.To)
        {
            throw ScenarioWriter.CannotWrite(at, $"a setup from {JsonText.Quote(change.From)} to itself never happens, and a scenario file refuses it; leave it out");
        }

        for (int j = 0; j < k; j++)
        {
            if (setup.Matrix[j].From == change.From && setup.Matrix[j].To == change.To)
            {
                throw ScenarioWriter.CannotWrite(at, string.Create(CultureInfo.InvariantCulture, $"the setup from {JsonText.Quote(change.From)} to {JsonText.Quote(change.To)} is already given by Matrix[{j}], which is the one that counts; leave this one out"));
            }
        }
    }

    private static void WriteMaintenance(Utf8JsonWriter writer, ImmutableArray<MaintenanceWindow> maintenance)
    {
        if (maintenance.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray("maintenance");
        foreach (MaintenanceWindow window in maintenance)
        {
            writer.WriteStartObject();
            if (window.First != 0)
            {
                writer.WriteNumber("first", window.First);
            }

            writer.WriteNumber("every", window.Every);
            writer.WriteNumber("duration", window.Duration);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteStops(Utf8JsonWriter writer, ImmutableArray<CountStop> stops, string at)
    {
        if (stops.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray("stops");
        for (int k = 0; k < stops.Length; k++)
        {
            CountStop stop = stops[k];
            writer.WriteStartObject();
            writer.WriteString("name", stop.Name);
            writer.WriteNumber("every", stop.Every);
            DistributionWriter.Write(writer, "duration", stop.Duration, string.Create(CultureInfo.InvariantCulture, $"{at}[{k}].Duration"));
            if (stop.Variant is { } variant)
            {
                writer.WriteString("variant", variant);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WritePull(Utf8JsonWriter writer, Schedule? pull)
    {
        if (pull is null)
        {
            return;
        }

        writer.WriteStartObject("pull");
        WriteSchedule(writer, pull);
        writer.WriteEndObject();
    }

    /// <summary>A schedule's fields, as a pull and a scheduled source give them: one time repeated is <c>"every", "first"</c>; any other schedule is <c>"at", "repeatEvery"</c>.</summary>
    internal static void WriteSchedule(Utf8JsonWriter writer, Schedule schedule)
    {
        if (schedule.Times.Length == 1 && schedule.Period is { } every)
        {
            writer.WriteNumber("every", every);
            if (schedule.Times[0] != 0)
            {
                writer.WriteNumber("first", schedule.Times[0]);
            }

            return;
        }

        writer.WriteStartArray("at");
        foreach (double time in schedule.Times)
        {
            writer.WriteNumberValue(time);
        }

        writer.WriteEndArray();
        if (schedule.Period is { } period)
        {
            writer.WriteNumber("repeatEvery", period);
        }
    }
}
