using System.Globalization;
using LineSim.Model;
using LineSim.Tests.Network;

namespace LineSim.Tests.SamplePath;

/// <summary>An assembly line the sample-path engine runs exactly, with the options to run it; printed when a property fails.</summary>
public sealed record AssemblyCase(LineModel Line, SimulationOptions Options)
{
    public bool HasFailures => Line.Stations.Any(s => s.Failures is not null);

    public override string ToString() =>
        PlantText.Describe(Line) + Environment.NewLine
        + string.Create(CultureInfo.InvariantCulture, $"  seed {Options.Seed}, warmup {Options.Warmup}, duration {Options.Duration}, parts {Options.PartCount}, interval {Options.OutputInterval}");
}
