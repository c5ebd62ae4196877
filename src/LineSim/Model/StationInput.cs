namespace LineSim.Model;

/// <summary>
/// One input of a station: the station (or the supply) its parts come from, and the buffer or conveyor between
/// them.
/// </summary>
/// <remarks>
/// Create inputs with <see cref="FromStation"/>, <see cref="FromConveyor"/> or <see cref="FromSupply"/>. A station
/// with several inputs is an assembly station (<see cref="MergeRule.Assembly"/>) or a join
/// (<see cref="MergeRule.FirstAvailable"/>).
/// </remarks>
public sealed record StationInput
{
    private StationInput(string? from, int buffer, Conveyor? conveyor, Source? supply)
    {
        From = from;
        Buffer = buffer;
        Conveyor = conveyor;
        Supply = supply;
    }

    /// <summary>The station the parts come from; <see langword="null"/> when they come from <see cref="Supply"/>.</summary>
    public string? From { get; }

    /// <summary>How many parts can wait in the buffer, not counting parts on the machines; 0 with a conveyor.</summary>
    public int Buffer { get; }

    /// <summary>The accumulating conveyor that carries the parts instead of a buffer; <see langword="null"/> for a plain buffer.</summary>
    public Conveyor? Conveyor { get; }

    /// <summary>The supply that feeds this input (a feeder line's start); <see langword="null"/> when the parts come from a station.</summary>
    public Source? Supply { get; }

    /// <summary>How many parts an assembly station takes from this input for each part it makes; 1 or more.</summary>
    /// <value>Defaults to 1.</value>
    public int Quantity { get; init; } = 1;

    /// <summary>Parts come from station <paramref name="from"/> through a buffer of <paramref name="buffer"/> places.</summary>
    /// <param name="from">The upstream station's name.</param>
    /// <param name="buffer">The buffer's capacity: parts waiting, not counting parts on the machines; 0 or more.</param>
    public static StationInput FromStation(string from, int buffer = 0) => new(from, buffer, null, null);

    /// <summary>Parts come from station <paramref name="from"/> on an accumulating <paramref name="conveyor"/>.</summary>
    /// <param name="from">The upstream station's name.</param>
    /// <param name="conveyor">The conveyor's travel time and capacity.</param>
    public static StationInput FromConveyor(string from, Conveyor conveyor) => new(from, 0, conveyor, null);

    /// <summary>Parts come from <paramref name="supply"/>: the start of a feeder line.</summary>
    /// <param name="supply">An unlimited supply, arrivals into an input buffer (<see cref="Source.Arrivals"/>), or deliveries on a schedule (<see cref="Source.Scheduled"/>).</param>
    public static StationInput FromSupply(Source supply) => new(null, 0, null, supply);
}
