namespace LineSim.Results;

/// <summary>A repair crew's use over replications, each figure with its 95% confidence half-width.</summary>
/// <param name="Name">The crew's name.</param>
/// <param name="Size">The number of technicians.</param>
/// <param name="Utilisation">The fraction of the technicians' time spent repairing.</param>
/// <param name="AverageWaiting">The time-average number of failed machines waiting for a technician.</param>
/// <param name="Repairs">Repairs started in the observation window.</param>
public sealed record CrewSummary(string Name, int Size, Estimate Utilisation, Estimate AverageWaiting, Estimate Repairs);
