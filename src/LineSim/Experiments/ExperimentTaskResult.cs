using System.Collections.Immutable;
using LineSim.Results;

namespace LineSim.Experiments;

/// <summary>
/// What one task of an experiment (one replication of one configuration) measured: the little an experiment keeps of
/// each replication, from which <see cref="Experiment.Aggregate(IReadOnlyList{ExperimentTaskResult?})"/> makes its results.
/// </summary>
/// <param name="Configuration">The configuration's index.</param>
/// <param name="Replication">The replication's index.</param>
/// <param name="ThroughputPerHour">Parts per hour.</param>
/// <param name="TaktAttainment">Takt time over the mean working time between outputs.</param>
/// <param name="WorkInProcess">Time-average parts in the line.</param>
/// <param name="LeadTime">Mean lead time in seconds; NaN when no part left.</param>
/// <param name="StationLoads">Per station, the fraction of time working or down (what the bottleneck is judged by).</param>
public sealed record ExperimentTaskResult(int Configuration, int Replication, double ThroughputPerHour, double TaktAttainment, double WorkInProcess, double LeadTime, ImmutableArray<double> StationLoads)
{
    /// <summary>The value of <paramref name="figure"/>.</summary>
    /// <param name="figure">Which figure.</param>
    public double this[ExperimentFigure figure] => figure switch
    {
        ExperimentFigure.ThroughputPerHour => ThroughputPerHour,
        ExperimentFigure.TaktAttainment => TaktAttainment,
        ExperimentFigure.WorkInProcess => WorkInProcess,
        _ => LeadTime,
    };

    /// <summary>The task result of one replication's full results.</summary>
    internal static ExperimentTaskResult From(int configuration, ReplicationResult replication)
    {
        var loads = ImmutableArray.CreateBuilder<double>(replication.Stations.Length);
        foreach (StationStatistics station in replication.Stations)
        {
            loads.Add(station.Working + station.Down);
        }

        return new ExperimentTaskResult(configuration, replication.Index, replication.ThroughputPerHour, replication.TaktAttainment, replication.WorkInProcess, replication.LeadTime, loads.MoveToImmutable());
    }
}
