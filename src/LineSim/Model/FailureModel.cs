namespace LineSim.Model;

/// <summary>How a station fails and how long its repairs take.</summary>
/// <param name="TimeToFailure">The time between the end of one repair and the next failure, in seconds, counted as <paramref name="Mode"/> says.</param>
/// <param name="TimeToRepair">The time a repair takes, in seconds.</param>
/// <param name="Mode">Whether time to failure counts processing time only or clock time.</param>
public sealed record FailureModel(Distribution TimeToFailure, Distribution TimeToRepair, FailureMode Mode = FailureMode.OperationDependent)
{
    /// <summary>The common case: exponential times to failure and to repair given by their means.</summary>
    /// <param name="mtbf">Mean time between failures, in seconds; greater than zero.</param>
    /// <param name="mttr">Mean time to repair, in seconds; greater than zero.</param>
    /// <param name="mode">Whether time to failure counts processing time only or clock time.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mtbf"/> or <paramref name="mttr"/> is not a finite number greater than zero; the message names which.</exception>
    public static FailureModel FromMeans(double mtbf, double mttr, FailureMode mode = FailureMode.OperationDependent)
    {
        Require.Positive(mtbf, nameof(mtbf));
        Require.Positive(mttr, nameof(mttr));
        return new(Distribution.Exponential(mtbf), Distribution.Exponential(mttr), mode);
    }

    /// <summary>Exponential times to failure and to repair given by their means (see <see cref="FromMeans(double, double, FailureMode)"/>).</summary>
    /// <param name="mtbf">Mean time between failures; greater than zero.</param>
    /// <param name="mttr">Mean time to repair; greater than zero.</param>
    /// <param name="mode">Whether time to failure counts processing time only or clock time.</param>
    public static FailureModel FromMeanTimes(TimeSpan mtbf, TimeSpan mttr, FailureMode mode = FailureMode.OperationDependent) =>
        FromMeans(mtbf.TotalSeconds, mttr.TotalSeconds, mode);

    /// <summary>
    /// What fails ("Weld gun", "Robot"), naming the profile's downtime in the results; required, and unique within the
    /// station, when a station has several profiles (<see cref="Station.AdditionalFailures"/>).
    /// </summary>
    /// <value>Defaults to <see langword="null"/>: the results call a station's only profile "failures".</value>
    public string? Name { get; init; }

    /// <summary>
    /// The <see cref="RepairCrew"/> whose technicians repair the station; <see langword="null"/> when a technician is
    /// always at hand. A failed station waits for a free technician, and that wait counts as down time.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>.</value>
    public string? Crew { get; init; }

    /// <summary>
    /// The long-run fraction of up time, MTBF / (MTBF + MTTR), not counting waits for a technician. For
    /// operation-dependent failures it is the fraction of the station's busy time (working or down) spent working.
    /// </summary>
    public double Availability => TimeToFailure.Mean / (TimeToFailure.Mean + TimeToRepair.Mean);
}
