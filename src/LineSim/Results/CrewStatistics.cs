namespace LineSim.Results;

/// <summary>How one repair crew was used during the observation window of one replication.</summary>
/// <param name="Name">The crew's name.</param>
/// <param name="Size">The number of technicians.</param>
/// <param name="AverageBusy">The time-average number of technicians repairing.</param>
/// <param name="AverageWaiting">The time-average number of failed machines waiting for a technician.</param>
/// <param name="Repairs">Repairs started in the window.</param>
public sealed record CrewStatistics(string Name, int Size, double AverageBusy, double AverageWaiting, long Repairs)
{
    /// <summary>The fraction of the technicians' time spent repairing.</summary>
    public double Utilisation => AverageBusy / Size;
}
