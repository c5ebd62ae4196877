using System.Globalization;
using LineSim.Model;

namespace LineSim.Tests.SamplePath;

/// <summary>A line the sample-path engine runs exactly, with the options to run it; printed when a property fails.</summary>
public sealed record EngineCase(LineModel Line, SimulationOptions Options)
{
    public bool HasFailures => Line.Stations.Any(s => s.Failures is not null);

    /// <summary>
    /// Whether events of different stations can fall on the same instant (constant or empirical times): ending by part
    /// count, the event engine then stops partway through the last instant, the sample-path engine after all of it.
    /// </summary>
    public bool EndInstantCanSplit =>
        Options.PartCount is not null
        && (Line.Stations.Any(s => s.ProcessingTime.StandardDeviation == 0 || s.ProcessingTime.ToString()!.StartsWith("empirical", StringComparison.Ordinal))
            || Line.Source.InterarrivalTime?.StandardDeviation == 0);

    public override string ToString()
    {
        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Line.Blocking}, source {(Line.Source.IsUnlimited ? "unlimited" : $"{Line.Source.InterarrivalTime} cap {Line.Source.InputCapacity?.ToString(CultureInfo.InvariantCulture) ?? "inf"}")}; ");
        foreach (Station station in Line.Stations)
        {
            text.Append(CultureInfo.InvariantCulture, $"[{station.Name} {station.ProcessingTime}");
            if (station.Failures is { } f)
            {
                text.Append(CultureInfo.InvariantCulture, $" fails ttf {f.TimeToFailure} ttr {f.TimeToRepair}");
            }

            text.Append("] ");
        }

        text.Append(string.Join(",", Line.BufferCapacities()));
        text.Append(CultureInfo.InvariantCulture, $"; seed {Options.Seed}, warmup {Options.Warmup}, duration {Options.Duration}, parts {Options.PartCount}");
        return text.ToString();
    }
}
