using LineSim.Engine;
using LineSim.Model;

namespace LineSim.Execution;

/// <summary>
/// A validated <see cref="LineModel"/> flattened into arrays indexed by station, shared read-only by every
/// replication. Link j is the buffer before station j: link 0 is the input buffer (used with an arrival source),
/// link j &gt; 0 lies between stations j - 1 and j.
/// </summary>
internal sealed class CompiledLine
{
    public CompiledLine(LineModel model)
    {
        model.ThrowIfInvalid();
        Model = model;
        StationCount = model.Stations.Length;
        Names = new string[StationCount];
        Processing = new Distribution[StationCount];
        Failures = new FailureModel?[StationCount];
        ProcessingStream = new ulong[StationCount];
        FailureStream = new ulong[StationCount];
        RepairStream = new ulong[StationCount];
        LinkCapacity = new int[StationCount];
        for (int i = 0; i < StationCount; i++)
        {
            Station station = model.Stations[i];
            Names[i] = station.Name;
            Processing[i] = station.ProcessingTime;
            Failures[i] = station.Failures;
            ProcessingStream[i] = RandomStreams.StreamId(station.Name, RandomStreams.Purpose.Processing);
            FailureStream[i] = RandomStreams.StreamId(station.Name, RandomStreams.Purpose.Failure);
            RepairStream[i] = RandomStreams.StreamId(station.Name, RandomStreams.Purpose.Repair);
        }

        var capacities = model.BufferCapacities();
        for (int j = 1; j < StationCount; j++)
        {
            LinkCapacity[j] = capacities[j - 1];
        }

        Interarrival = model.Source.InterarrivalTime;
        LinkCapacity[0] = Interarrival is null ? 0 : model.Source.InputCapacity ?? int.MaxValue;
        ArrivalStream = RandomStreams.StreamId("source", RandomStreams.Purpose.Arrival);
        Blocking = model.Blocking;

        for (int i = 0; i < StationCount && SamplePathRefusal is null; i++)
        {
            if (Failures[i] is { Mode: FailureMode.TimeDependent })
            {
                SamplePathRefusal = $"Station '{Names[i]}' has time-dependent failures; the sample-path engine is exact only for serial "
                    + "lines of single-server stations without time-dependent failures (operation-dependent failures fold into "
                    + "the part they interrupt). Use EngineSelection.Auto or EngineSelection.Event for this line.";
            }
        }
    }

    public LineModel Model { get; }

    public int StationCount { get; }

    public string[] Names { get; }

    public Distribution[] Processing { get; }

    public FailureModel?[] Failures { get; }

    public ulong[] ProcessingStream { get; }

    public ulong[] FailureStream { get; }

    public ulong[] RepairStream { get; }

    /// <summary>The capacity of each link (parts waiting, not counting the station's own place).</summary>
    public int[] LinkCapacity { get; }

    /// <summary>Time between arrivals; <see langword="null"/> for an unlimited supply.</summary>
    public Distribution? Interarrival { get; }

    public ulong ArrivalStream { get; }

    public BlockingPolicy Blocking { get; }

    /// <summary>
    /// Whether departure times follow from the (max, +) recursion: single servers, blocking after or before service,
    /// and no time-dependent failures (operation-dependent ones fold into the time of the part they interrupt).
    /// </summary>
    public bool IsSamplePathExact => SamplePathRefusal is null;

    /// <summary>Why the sample-path engine is not exact for the line, naming the station; <see langword="null"/> when it is.</summary>
    public string? SamplePathRefusal { get; }

    public double TaktTime => Model.TaktTime;
}
