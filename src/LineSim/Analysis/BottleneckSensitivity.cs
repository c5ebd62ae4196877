using System.Collections.Immutable;
using LineSim.Model;
using LineSim.Results;
using Microsoft.Extensions.Logging;

namespace LineSim.Analysis;

/// <summary>
/// The bottleneck as a manager acts on it: for each station, the throughput gained when that station alone is made
/// faster (and, where it fails, repaired faster), against the line as it is, paired replication by replication on
/// common random numbers; beside it, the active period method's bottleneck, and whether the two agree.
/// </summary>
/// <remarks>
/// A changed station keeps its random streams (a distribution scaled draws the same random numbers), and every other
/// station's stay as they were, so that the difference of a pair of replications is the effect of the change plus
/// little noise: the paired interval is much narrower than two independent ones. Each station costs one run (two
/// with failures), on the options' engine; the analysis one more, on the event engine.
/// </remarks>
public static class BottleneckSensitivity
{
    /// <summary>Runs the line as it is and once per station improved.</summary>
    /// <param name="line">The line.</param>
    /// <param name="options">How to run each configuration; <see cref="SimulationOptions.AnalyseBottlenecks"/> is set where needed.</param>
    /// <param name="sensitivity">How much to improve each station; <see langword="null"/> for the defaults.</param>
    /// <param name="loggerFactory">Where to log; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException">The line, the options or <paramref name="sensitivity"/> are invalid; the message names the field.</exception>
    public static SensitivityResult Run(LineModel line, SimulationOptions options, SensitivityOptions? sensitivity = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(options);
        sensitivity ??= new SensitivityOptions();
        if (sensitivity.Validate() is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(sensitivity));
        }

        SimulationOptions plain = options with { AnalyseBottlenecks = false };
        SimulationResult analysis = Simulation.Create(line, options with { AnalyseBottlenecks = true, Engine = EngineSelection.Event }, loggerFactory).Run();
        SimulationResult baseline = Simulation.Create(line, plain, loggerFactory).Run();
        var stations = ImmutableArray.CreateBuilder<StationSensitivity>(line.Stations.Length);
        for (int s = 0; s < line.Stations.Length; s++)
        {
            Station station = line.Stations[s];
            Estimate faster = Gain(baseline, Run(line, s, Faster(station, 1 - sensitivity.Speedup), plain, loggerFactory));
            Estimate? repair = station.Failures is { } failures
                ? Gain(baseline, Run(line, s, station with { Failures = failures with { TimeToRepair = ScaledDistribution.Of(failures.TimeToRepair, 1 - sensitivity.RepairCut) } }, plain, loggerFactory))
                : null;
            stations.Add(new StationSensitivity(station.Name, faster, repair));
        }

        return new SensitivityResult
        {
            Analysis = analysis,
            ThroughputPerHour = baseline.ThroughputPerHour,
            Options = sensitivity,
            Stations = stations.MoveToImmutable(),
        };
    }

    private static Station Faster(Station station, double by) => station with
    {
        ProcessingTime = ScaledDistribution.Of(station.ProcessingTime, by),
        ProcessingTimeByVariant = station.ProcessingTimeByVariant.ToImmutableDictionary(pair => pair.Key, pair => ScaledDistribution.Of(pair.Value, by)),
    };

    private static SimulationResult Run(LineModel line, int s, Station changed, SimulationOptions options, ILoggerFactory? loggerFactory) =>
        Simulation.Create(line with { Stations = line.Stations.SetItem(s, changed) }, options, loggerFactory).Run();

    /// <summary>The paired differences of throughput, replication by replication.</summary>
    private static Estimate Gain(SimulationResult baseline, SimulationResult changed)
    {
        int n = Math.Min(baseline.ReplicationResults.Length, changed.ReplicationResults.Length);
        var differences = new double[n];
        for (int r = 0; r < n; r++)
        {
            differences[r] = changed.ReplicationResults[r].ThroughputPerHour - baseline.ReplicationResults[r].ThroughputPerHour;
        }

        return Estimate.From(differences);
    }
}
