using System.Globalization;
using LineSim.Execution.SamplePath;
using LineSim.Model;
using LineSim.RandomNumbers;

namespace LineSim.Execution.Compiled;

/// <summary>
/// A validated <see cref="LineModel"/> flattened into arrays indexed by station, link, carrier loop and crew, shared
/// read-only by every replication. A link is one input of a station (<see cref="LineTopology.Links"/>); in a serial
/// line link j is the buffer before station j: link 0 is the input buffer (used with an arrival source), link
/// j &gt; 0 lies between stations j - 1 and j.
/// </summary>
internal sealed class CompiledLine
{
    private readonly Lazy<CompiledPlant> _plant;

    public CompiledLine(LineModel model)
    {
        model.ThrowIfInvalid();

        // A default (uninitialised) list means none, as the model's defaults do.
        Model = model = model with
        {
            Buffers = model.Buffers.IsDefault ? [] : model.Buffers,
            Carriers = model.Carriers.IsDefault ? [] : model.Carriers,
            Crews = model.Crews.IsDefault ? [] : model.Crews,
            Segments = model.Segments.IsDefault ? [] : model.Segments,
        };
        Topology = model.Topology();
        StationCount = model.Stations.Length;
        Names = new string[StationCount];
        Processing = new Distribution[StationCount];
        Failures = new FailureModel?[StationCount];
        ProcessingStream = new ulong[StationCount];
        FailureStream = new ulong[StationCount];
        RepairStream = new ulong[StationCount];
        Servers = new int[StationCount];
        for (int i = 0; i < StationCount; i++)
        {
            Station station = model.Stations[i];
            Names[i] = station.Name;
            Processing[i] = station.ProcessingTime;
            Failures[i] = station.Failures;
            Servers[i] = station.Servers;
            ProcessingStream[i] = RandomStreams.StreamId(station.Name, RandomStreams.Purpose.Processing);
            FailureStream[i] = RandomStreams.StreamId(station.Name, RandomStreams.Purpose.Failure);
            RepairStream[i] = RandomStreams.StreamId(station.Name, RandomStreams.Purpose.Repair);
        }

        LineTopology.Link[] links = Topology.Links;
        LinkCapacity = new int[links.Length];
        for (int j = 0; j < links.Length; j++)
        {
            LinkCapacity[j] = links[j].Capacity;
        }

        Interarrival = model.Source.InterarrivalTime;
        ArrivalStream = RandomStreams.StreamId("source", RandomStreams.Purpose.Arrival);
        InputBufferLink = model.Stations[0].TakesFromStationBefore && !model.Source.IsUnlimited ? 0 : -1;
        Blocking = model.Blocking;
        SamplePathRefusal = FindSamplePathRefusal(model, Topology);
        _plant = new Lazy<CompiledPlant>(() => new CompiledPlant(this));
    }

    public LineModel Model { get; }

    /// <summary>What the event engine looks up about the plant, made the first time it is asked for.</summary>
    public CompiledPlant Plant => _plant.Value;

    /// <summary>The line's stations and links as a graph.</summary>
    public LineTopology Topology { get; }

    public int StationCount { get; }

    public string[] Names { get; }

    public Distribution[] Processing { get; }

    public FailureModel?[] Failures { get; }

    public ulong[] ProcessingStream { get; }

    public ulong[] FailureStream { get; }

    public ulong[] RepairStream { get; }

    /// <summary>The number of servers of each station.</summary>
    public int[] Servers { get; }

    /// <summary>The capacity of each link (parts waiting, not counting the station's own places; a conveyor's capacity).</summary>
    public int[] LinkCapacity { get; }

    /// <summary>Time between arrivals of the line's source; <see langword="null"/> for an unlimited supply.</summary>
    public Distribution? Interarrival { get; }

    public ulong ArrivalStream { get; }

    /// <summary>The link that is the first station's input buffer fed by the line's arrivals or scheduled supply; -1 when there is none.</summary>
    public int InputBufferLink { get; }

    public BlockingPolicy Blocking { get; }

    /// <summary>
    /// Whether departure times follow from the (max, +) recursion: a serial line, or an assembly line (a tree of serial
    /// feeder lines merging at assembly stations through buffers, fed by unlimited supplies or arrivals, with one exit),
    /// of single servers, blocking after or before service, and no time-dependent failures (operation-dependent ones fold
    /// into the time of the part they interrupt). <see cref="SamplePathLineRun"/> runs serial lines,
    /// <see cref="SamplePathAssemblyRun"/> the others.
    /// </summary>
    public bool IsSamplePathExact => SamplePathRefusal is null;

    /// <summary>Why the sample-path engine is not exact for the line, naming the station; <see langword="null"/> when it is.</summary>
    public string? SamplePathRefusal { get; }

    public double TaktTime => Model.TaktTime;

    /// <summary>The random stream of server <paramref name="server"/> (from 0) of station <paramref name="station"/>; server 0 keeps the station's own.</summary>
    public ulong ServerStream(int station, int server, RandomStreams.Purpose purpose) => server == 0
        ? RandomStreams.StreamId(Names[station], purpose)
        : RandomStreams.StreamId(string.Create(CultureInfo.InvariantCulture, $"{Names[station]}#{server + 1}"), purpose);

    private static string? FindSamplePathRefusal(LineModel model, LineTopology topology)
    {
        const string Exact = "the sample-path engine is exact only for serial lines and assembly lines (feeder lines that merge at "
            + "assembly stations through buffers, with one exit) of single-server stations without time-dependent failures "
            + "(operation-dependent failures fold into the part they interrupt).";
        string? planning = model switch
        {
            { Carriers.IsDefaultOrEmpty: false } => $"Parts ride carriers ('{model.Carriers[0].Name}')",
            { Segments.IsDefaultOrEmpty: false } => $"The line has paced segments ('{model.Segments[0].Name}')",
            { Calendar: not null } => "The line works to a shift calendar",
            { Variants: not null } => "The line builds product variants",
            { Source.Schedule: not null } => "The line's source delivers on a schedule",
            _ => null,
        };
        if (planning is not null)
        {
            return $"{planning}; {Exact}";
        }

        foreach (Station station in model.Stations)
        {
            string? feature = station switch
            {
                { Failures.Mode: FailureMode.TimeDependent } => "has time-dependent failures",
                { Servers: > 1 } => string.Create(CultureInfo.InvariantCulture, $"has {station.Servers} servers"),
                { Routing: not null } => "routes its parts",
                { Quality: not null } => "has a quality check",
                { Failures.Crew: not null } => "waits for a repair crew",
                { Maintenance.IsDefaultOrEmpty: false } => "has planned maintenance",
                { AdditionalFailures.IsDefaultOrEmpty: false } => "has several failure profiles",
                { Stops.IsDefaultOrEmpty: false } => "stops after a count of parts",
                { Pull: not null } => "is pulled by its downstream on a schedule",
                { Inputs.IsDefault: false } when station.Inputs.Any(input => input.Supply?.Schedule is not null) => "takes parts from a supply that delivers on a schedule",
                { Setup: not null } => "has setups",
                { Inputs: { IsDefault: false, IsEmpty: true } } => "has no inputs (it gets parts only as rework)",
                { Inputs: { IsDefault: false, Length: > 1 }, Merge: MergeRule.FirstAvailable } => "joins its inputs (first available)",
                { Inputs.IsDefault: false } when station.Inputs.FirstOrDefault(input => input.Conveyor is not null) is { } conveyed =>
                    $"takes parts from '{conveyed.From}' on a conveyor",
                _ => null,
            };
            if (feature is not null)
            {
                return $"Station '{station.Name}' {feature}; {Exact}";
            }
        }

        var exits = new List<string>();
        for (int s = 0; s < model.Stations.Length; s++)
        {
            if (topology.OutputsOf[s].Length == 0)
            {
                exits.Add($"'{model.Stations[s].Name}'");
            }
        }

        if (exits.Count > 1)
        {
            return $"Stations {string.Join(" and ", exits)} {(exits.Count == 2 ? "both" : "all")} end the line (parts leave from each); {Exact}";
        }

        return null;
    }
}
