using System.Text.Json;
using LineSim.Analysis;
using LineSim.Results;

namespace LineSim.Cli.Reporting;

/// <summary>
/// The active period method's bottlenecks, the losses from takt to output and the line's OEE in JSON (written only when
/// the run found them); the sensitivity of <c>linesim bottleneck</c>.
/// </summary>
internal static class BottleneckJson
{
    /// <summary><c>bottlenecks</c>, <c>losses</c> and <c>oee</c>, when <paramref name="result"/> has them.</summary>
    public static void WriteAnalysis(Utf8JsonWriter json, SimulationResult result)
    {
        if (result.Bottlenecks.IsEmpty)
        {
            return;
        }

        json.WriteString("bottleneckMethod", "activePeriod");
        json.WriteStartArray("bottlenecks");
        foreach (BottleneckSummary bottleneck in result.Bottlenecks)
        {
            json.WriteStartObject();
            json.WriteString("station", bottleneck.Station);
            JsonReport.Statistic(json, "sole", bottleneck.Sole);
            JsonReport.Statistic(json, "shifting", bottleneck.Shifting);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("losses");
        foreach (LossSummary loss in result.Losses)
        {
            json.WriteStartObject();
            json.WriteString("cause", Name(loss.Cause));
            if (loss.Station is { } station)
            {
                json.WriteString("station", station);
            }
            else
            {
                json.WriteNull("station");
            }

            JsonReport.Statistic(json, "throughputPerHour", loss.ThroughputPerHour);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (result.Oee is { } oee)
        {
            json.WriteStartObject("oee");
            JsonReport.Statistic(json, "availability", oee.Availability);
            JsonReport.Statistic(json, "performance", oee.Performance);
            JsonReport.Statistic(json, "quality", oee.Quality);
            JsonReport.Statistic(json, "oee", oee.Oee);
            json.WriteEndObject();
        }
    }

    /// <summary>The sensitivity of each station, and whether it agrees with the active period method.</summary>
    public static void WriteSensitivity(Utf8JsonWriter json, SensitivityResult result)
    {
        json.WriteStartObject("sensitivity");
        JsonReport.Number(json, "speedup", result.Options.Speedup);
        JsonReport.Number(json, "repairCut", result.Options.RepairCut);
        JsonReport.Statistic(json, "throughputPerHour", result.ThroughputPerHour);
        json.WriteString("mostSensitive", result.MostSensitive);
        json.WriteBoolean("agreesWithActivePeriod", result.Agree);
        json.WriteStartArray("stations");
        foreach (StationSensitivity station in result.Stations)
        {
            json.WriteStartObject();
            json.WriteString("station", station.Station);
            JsonReport.Statistic(json, "fasterGain", station.FasterGain);
            if (station.RepairGain is { } repair)
            {
                JsonReport.Statistic(json, "repairGain", repair);
            }
            else
            {
                json.WriteNull("repairGain");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A cause as JSON names it: camelCase.</summary>
    public static string Name(LossCause cause)
    {
        string name = cause.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
