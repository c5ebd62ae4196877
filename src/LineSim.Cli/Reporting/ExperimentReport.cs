using System.Globalization;
using System.Text;
using System.Text.Json;
using LineSim.Experiments;
using LineSim.Results;

namespace LineSim.Cli.Reporting;

/// <summary>
/// An experiment's results: a table of one row per configuration (its settings, figures with 95% half-widths,
/// bottleneck and paired difference in JPH to the first), the JSON document, or a CSV of one row per configuration and
/// replication.
/// </summary>
internal static class ExperimentReport
{
    /// <summary>The table, after a line naming the plan and its scenario; an incomplete result ends with a line saying what is shown.</summary>
    /// <param name="result">The results.</param>
    /// <param name="planName">The plan's name.</param>
    /// <param name="scenario">The scenario as the plan names it.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="incomplete">How the last line names an incomplete result: "Interrupted", or "Partial merge".</param>
    public static void WriteText(ExperimentResult result, string planName, string scenario, TextWriter writer, string incomplete = "Interrupted")
    {
        writer.WriteLine($"{planName}: {result.ConfigurationCount} configuration{(result.ConfigurationCount == 1 ? string.Empty : "s")} of {scenario}, {result.Replications} replications each on common random numbers, seed {result.Seed}");
        writer.WriteLine();
        string[] paths = Paths(result);
        for (int f = 0; f < paths.Length; f++)
        {
            writer.WriteLine($"  {Letter(f)} = {paths[f]}");
        }

        if (paths.Length > 0)
        {
            writer.WriteLine();
        }

        string[] headers = [ "Configuration", .. paths.Select((_, f) => Letter(f)), "JPH", "Takt attainment", "WIP", "Lead time (s)", "Bottleneck", $"JPH - {(result.Configurations.IsEmpty ? "first" : result.Configurations[0].Name)} (paired)" ];
        var table = new TextTable(headers, [false, .. paths.Select(_ => true), true, true, true, true, false, true]);
        foreach (ConfigurationResult configuration in result.Configurations)
        {
            table.Add([
                configuration.Name,
                .. paths.Select(p => Setting(configuration, p)),
                Format.Estimate(configuration.Figures.ThroughputPerHour, 1),
                Format.PercentEstimate(configuration.Figures.TaktAttainment),
                Format.Estimate(configuration.Figures.WorkInProcess, 1),
                Format.Estimate(configuration.Figures.LeadTime, 0),
                configuration.Bottleneck,
                configuration.Difference is { } difference ? Signed(difference.ThroughputPerHour, 1) : "-",
            ]);
        }

        table.Write(writer, header: true);
        if (result.Interrupted)
        {
            writer.WriteLine();
            writer.WriteLine($"{incomplete}: {result.Configurations.Length} of {result.ConfigurationCount} configurations finished; only those are shown.");
        }
    }

    public static string WriteJson(ExperimentResult result, string planName, string scenario)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonReport.Options))
        {
            json.WriteStartObject();
            json.WriteString("plan", planName);
            json.WriteString("scenario", scenario);
            json.WriteNumber("seed", result.Seed);
            json.WriteNumber("replications", result.Replications);
            json.WriteBoolean("interrupted", result.Interrupted);
            json.WriteStartArray("configurations");
            foreach (ConfigurationResult configuration in result.Configurations)
            {
                json.WriteStartObject();
                json.WriteString("name", configuration.Name);
                Settings(json, configuration.Settings);
                Figures(json, configuration.Figures);
                json.WriteString("bottleneck", configuration.Bottleneck);
                if (configuration.Difference is { } difference)
                {
                    json.WriteStartObject("difference");
                    Figures(json, difference);
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteNull("difference");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void WriteCsv(ExperimentResult result, TextWriter writer)
    {
        string[] paths = Paths(result);
        writer.Write(Csv.Line(["configuration", "name", .. paths, "replication", "throughputPerHour", "taktAttainment", "wip", "leadTime"]));
        foreach (ConfigurationResult configuration in result.Configurations)
        {
            foreach (ExperimentTaskResult task in configuration.Replications)
            {
                writer.Write(Csv.Line([
                    (configuration.Index + 1).ToString(CultureInfo.InvariantCulture),
                    configuration.Name,
                    .. paths.Select(p => Setting(configuration, p)),
                    task.Replication.ToString(CultureInfo.InvariantCulture),
                    Csv.Number(task.ThroughputPerHour),
                    Csv.Number(task.TaktAttainment),
                    Csv.Number(task.WorkInProcess),
                    Csv.Number(task.LeadTime),
                ]));
            }
        }
    }

    /// <summary>The four figures as JSON statistics.</summary>
    public static void Figures(Utf8JsonWriter json, ExperimentFigures figures)
    {
        JsonReport.Statistic(json, "throughputPerHour", figures.ThroughputPerHour);
        JsonReport.Statistic(json, "taktAttainment", figures.TaktAttainment);
        JsonReport.Statistic(json, "wip", figures.WorkInProcess);
        JsonReport.Statistic(json, "leadTime", figures.LeadTime);
    }

    /// <summary>Settings as a JSON object of path to value.</summary>
    public static void Settings(Utf8JsonWriter json, IEnumerable<Setting> settings)
    {
        json.WriteStartObject("settings");
        foreach (Setting setting in settings)
        {
            JsonReport.Number(json, setting.Path, setting.Value);
        }

        json.WriteEndObject();
    }

    /// <summary>A difference with its sign: <c>+0.4 ± 0.2</c>.</summary>
    public static string Signed(Estimate estimate, int decimals) =>
        (estimate.Mean >= 0 ? "+" : string.Empty) + Format.Estimate(estimate, decimals);

    private static string[] Paths(ExperimentResult result) =>
        [.. result.Configurations.SelectMany(c => c.Settings).Select(s => s.Path).Distinct(StringComparer.Ordinal)];

    private static string Setting(ConfigurationResult configuration, string path) =>
        configuration.Settings.FirstOrDefault(s => s.Path == path) is { Path: not null } setting ? Format.Number(setting.Value) : string.Empty;

    private static string Letter(int index) => index < 26 ? ((char)('A' + index)).ToString() : $"F{index + 1}";
}
