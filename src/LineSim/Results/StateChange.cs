namespace LineSim.Results;

/// <summary>A machine of a station enters a state.</summary>
/// <param name="Time">When, in seconds of calendar time from the start of the replication.</param>
/// <param name="Station">The station's name.</param>
/// <param name="Server">The machine's number within the station, from 1.</param>
/// <param name="State">The state it enters.</param>
public readonly record struct StateChange(double Time, string Station, int Server, MachineState State);
