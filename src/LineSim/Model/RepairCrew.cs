namespace LineSim.Model;

/// <summary>
/// A crew of technicians shared by the stations whose <see cref="FailureModel.Crew"/> names it: a repair starts only
/// when a technician is free, in the order the stations failed.
/// </summary>
/// <param name="Name">The crew's name, unique among the crews.</param>
/// <param name="Size">The number of technicians; 1 or more.</param>
public sealed record RepairCrew(string Name, int Size);
