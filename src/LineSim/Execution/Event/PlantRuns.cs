using System.Reflection;
using LineSim.Execution.Compiled;
using LineSim.Execution.Statistics;
using LineSim.Model;
using Microsoft.Extensions.Logging;

namespace LineSim.Execution.Event;

/// <summary>
/// Runs replications of a plant on the event engine, as the <see cref="PlantRun{TFeatures}"/> compiled for the features
/// the plant and the run use: chosen once, when the run is set up, and reused for every replication.
/// </summary>
internal sealed class PlantRuns
{
    private static readonly MethodInfo s_run = typeof(PlantRuns).GetMethod(nameof(Run), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Func<CompiledLine, SimulationOptions, int, ILogger, IDepartureObserver?, LeadTimeDistribution?, ReplicationProgress?, Results.ReplicationResult> _run;
    private readonly Func<CompiledLine, SimulationOptions, int, ILogger, IDepartureObserver?, LeadTimeDistribution?, ReplicationProgress?, Results.ReplicationResult> _observed;

    /// <summary>Chooses the compiled run for <paramref name="line"/> run with <paramref name="options"/>, logging with <paramref name="trace"/> on or off.</summary>
    public PlantRuns(CompiledLine line, SimulationOptions options, bool trace)
    {
        bool extras = trace || line.Blocking == BlockingPolicy.BeforeService || options.OutputInterval is not null;
        _run = Choose(line, extras);
        _observed = extras ? _run : Choose(line, extras: true);
    }

    /// <summary>Runs replication <paramref name="replication"/>; a departure observer needs the run that reports departures.</summary>
    public Results.ReplicationResult Run(CompiledLine line, SimulationOptions options, int replication, ILogger logger, IDepartureObserver? observer, LeadTimeDistribution? leadTimes, ReplicationProgress? progress) =>
        (observer is null ? _run : _observed)(line, options, replication, logger, observer, leadTimes, progress);

    private static Func<CompiledLine, SimulationOptions, int, ILogger, IDepartureObserver?, LeadTimeDistribution?, ReplicationProgress?, Results.ReplicationResult> Choose(CompiledLine line, bool extras)
    {
        CompiledPlant plant = line.Plant;
        Type features = typeof(PlantFeatures<,,,,,,,>).MakeGenericType(
            Flag(plant.HasCells),
            Flag(plant.HasConveyors),
            Flag(plant.HasQuality),
            Flag(plant.HasCarriers),
            Flag(plant.HasPlanning),
            Flag(line.Model.Calendar is not null),
            Flag(plant.HasFailures),
            Flag(extras));
        return s_run.MakeGenericMethod(features).CreateDelegate<Func<CompiledLine, SimulationOptions, int, ILogger, IDepartureObserver?, LeadTimeDistribution?, ReplicationProgress?, Results.ReplicationResult>>();
    }

    private static Type Flag(bool on) => on ? typeof(On) : typeof(Off);

    private static Results.ReplicationResult Run<TFeatures>(CompiledLine line, SimulationOptions options, int replication, ILogger logger, IDepartureObserver? observer, LeadTimeDistribution? leadTimes, ReplicationProgress? progress)
        where TFeatures : struct, IPlantFeatures =>
        new PlantRun<TFeatures>(line, options, replication, logger, observer).Run(replication, options.Duration, leadTimes, progress);
}
