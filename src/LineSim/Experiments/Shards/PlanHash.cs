using System.Security.Cryptography;
using System.Text.Json;

namespace LineSim.Experiments.Shards;

/// <summary>
/// A plan's fingerprint: SHA-256 of everything its results depend on (the scenario's JSON with the run settings and
/// overrides applied, each configuration's name and settings), so that shards of different plans, or of the same
/// plan run with another seed or number of replications, are never merged. The file's layout and comments do not count.
/// </summary>
internal static class PlanHash
{
    public static string Of(ExperimentPlan plan)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartArray();
            json.WriteStringValue(plan.Name);
            json.WriteStringValue(plan.Scenario);
            json.WriteStringValue(plan.Template.DefaultName);
            plan.Template.Root.WriteTo(json);
            foreach (ExperimentConfiguration configuration in plan.Configurations)
            {
                json.WriteStartArray();
                json.WriteStringValue(configuration.Name);
                json.WriteNumberValue(configuration.Options.Seed);
                json.WriteNumberValue(configuration.Options.Replications);
                foreach (Setting setting in configuration.Settings)
                {
                    json.WriteStringValue(setting.Path);
                    ShardNumbers.Write(json, setting.Value);
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        return Convert.ToHexStringLower(SHA256.HashData(stream.ToArray()));
    }
}
