using System.Globalization;
using LineSim.Experiments;

namespace LineSim.Tests.Experiments;

/// <summary>An experiment's results as text that differs wherever a bit of them differs.</summary>
internal static class ExperimentFingerprint
{
    public static string Of(ExperimentResult result) => $"{result.Seed} {result.Replications} {result.ConfigurationCount}\n" + string.Join("\n", result.Configurations.Select(c =>
        $"{c.Index} {c.Name} {c.Bottleneck} {c.Figures} {c.Difference} {string.Join(";", c.Settings)} " + string.Join(",", c.Replications.Select(r => $"{r.ThroughputPerHour:R}/{r.TaktAttainment:R}/{r.WorkInProcess:R}/{r.LeadTime:R}/{string.Join(";", r.StationLoads.Select(l => l.ToString("R", CultureInfo.InvariantCulture)))}"))));
}
