using LineSim.Results;

namespace LineSim.Experiments;

/// <summary>The figures an experiment reports for a configuration, or for the paired difference of two, each with its 95% half-width.</summary>
/// <param name="ThroughputPerHour">Parts per hour.</param>
/// <param name="TaktAttainment">Takt time over the mean working time between outputs (1 holds the takt).</param>
/// <param name="WorkInProcess">Time-average parts in the line.</param>
/// <param name="LeadTime">Mean lead time, in seconds.</param>
public sealed record ExperimentFigures(Estimate ThroughputPerHour, Estimate TaktAttainment, Estimate WorkInProcess, Estimate LeadTime)
{
    /// <summary>The estimate of <paramref name="figure"/>.</summary>
    /// <param name="figure">Which figure.</param>
    public Estimate this[ExperimentFigure figure] => figure switch
    {
        ExperimentFigure.ThroughputPerHour => ThroughputPerHour,
        ExperimentFigure.TaktAttainment => TaktAttainment,
        ExperimentFigure.WorkInProcess => WorkInProcess,
        _ => LeadTime,
    };
}
