using System.Globalization;

namespace LineSim.Analysis;

/// <summary>How much <see cref="BottleneckSensitivity"/> improves each station.</summary>
public sealed record SensitivityOptions
{
    /// <summary>The share by which a station's processing times (of every variant) are cut; greater than 0, less than 1.</summary>
    /// <value>Defaults to 0.1: every processing time 10% shorter.</value>
    public double Speedup { get; init; } = 0.1;

    /// <summary>The share by which a station's repair times are cut, for stations with failures; greater than 0, less than 1.</summary>
    /// <value>Defaults to 0.1: every repair 10% shorter.</value>
    public double RepairCut { get; init; } = 0.1;

    /// <summary>Lists every problem with the options; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!(Speedup > 0 && Speedup < 1))
        {
            problems.Add($"Speedup: must be greater than 0 and less than 1 (a share of the processing time), got {Speedup.ToString("R", CultureInfo.InvariantCulture)}.");
        }

        if (!(RepairCut > 0 && RepairCut < 1))
        {
            problems.Add($"RepairCut: must be greater than 0 and less than 1 (a share of the repair time), got {RepairCut.ToString("R", CultureInfo.InvariantCulture)}.");
        }

        return problems;
    }
}
