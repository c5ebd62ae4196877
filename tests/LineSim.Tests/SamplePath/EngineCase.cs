using System.Globalization;
using LineSim.Model;

namespace LineSim.Tests.SamplePath;

/// <summary>A line the sample-path engine runs exactly, with the options to run it; printed when a property fails.</summary>
public sealed record EngineCase(LineModel Line, SimulationOptions Options)
{
    public bool HasFailures => Line.Stations.Any(s => s.Failures is not null);

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
        text.Append(CultureInfo.InvariantCulture, $"; seed {Options.Seed}, warmup {Options.Warmup}, duration {Options.Duration}, parts {Options.PartCount}, interval {Options.OutputInterval}");
        return text.ToString();
    }
}
