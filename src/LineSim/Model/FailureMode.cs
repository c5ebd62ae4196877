namespace LineSim.Model;

/// <summary>What the time to failure of a station counts.</summary>
public enum FailureMode
{
    /// <summary>
    /// Only processing time counts towards the next failure. A failure interrupts the part in process, which stays on
    /// the station; processing resumes where it stopped after the repair.
    /// </summary>
    OperationDependent,

    /// <summary>
    /// Clock time counts towards the next failure, whatever the station is doing (working, starved or blocked).
    /// The next time to failure starts when a repair ends.
    /// </summary>
    TimeDependent,
}
