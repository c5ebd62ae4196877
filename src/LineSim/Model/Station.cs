using System.Collections.Immutable;

namespace LineSim.Model;

/// <summary>
/// A station of the line: one robot or machine, or a cell of <see cref="Servers"/> identical ones sharing one input
/// buffer, each processing one part at a time.
/// </summary>
/// <param name="Name">A name unique within the line; it also keys the station's random streams.</param>
/// <param name="ProcessingTime">The time to process one part, in seconds.</param>
/// <param name="Failures">How each machine of the station fails and is repaired (its first failure profile, when it has several: see <see cref="AdditionalFailures"/>); <see langword="null"/> for a station that never fails.</param>
/// <remarks>
/// The random streams of a station are derived from its name, so adding, removing or changing another station
/// leaves this station's random numbers as they were (common random numbers across scenarios).
/// </remarks>
public sealed record Station(string Name, Distribution ProcessingTime, FailureModel? Failures = null)
{
    /// <summary>The number of identical machines (servers) sharing the station's input; parts may overtake each other inside the cell.</summary>
    /// <value>Defaults to 1.</value>
    public int Servers { get; init; } = 1;

    /// <summary>
    /// Where the station's parts come from. Left default, the station takes its parts from the station listed before
    /// it (through the <see cref="LineBuffer"/> after that station), and the first station from the line's
    /// <see cref="LineModel.Source"/>: a serial line needs no inputs at all. An empty list means the station gets
    /// parts only as rework (see <see cref="Quality"/>).
    /// </summary>
    /// <value>Defaults to the station before (default <see cref="ImmutableArray{T}"/>).</value>
    public ImmutableArray<StationInput> Inputs { get; init; }

    /// <summary>How a station with several inputs takes its parts.</summary>
    /// <value>Defaults to <see cref="MergeRule.Assembly"/>: one part (or the input's quantity) from each input.</value>
    public MergeRule Merge { get; init; } = MergeRule.Assembly;

    /// <summary>
    /// How the station chooses among several downstream stations (those that name it in their inputs); required when
    /// there is more than one.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>.</value>
    public Routing? Routing { get; init; }

    /// <summary>The station's first-pass yield and what happens to the parts that fail; <see langword="null"/> when every part passes.</summary>
    /// <value>Defaults to <see langword="null"/>.</value>
    public Quality? Quality { get; init; }

    /// <summary>Processing times of particular variants (see <see cref="LineModel.Variants"/>); other variants take <see cref="ProcessingTime"/>.</summary>
    /// <value>Defaults to none.</value>
    public ImmutableDictionary<string, Distribution> ProcessingTimeByVariant { get; init; } = ImmutableDictionary<string, Distribution>.Empty;

    /// <summary>The setup a machine needs when the variant changes; <see langword="null"/> for none.</summary>
    /// <value>Defaults to <see langword="null"/>.</value>
    public Changeover? Setup { get; init; }

    /// <summary>Recurring planned maintenance windows.</summary>
    /// <value>Defaults to none.</value>
    public ImmutableArray<MaintenanceWindow> Maintenance { get; init; } = [];

    /// <summary>
    /// Further failure profiles besides <see cref="Failures"/> (a robot that fails, and its weld gun that fails on its
    /// own): each counts its own time to failure, in its own mode, and is repaired by its own crew; a machine is down
    /// while any of its profiles is failed. Needs <see cref="Failures"/>, and a distinct <see cref="FailureModel.Name"/>
    /// on every profile.
    /// </summary>
    /// <value>Defaults to none.</value>
    public ImmutableArray<FailureModel> AdditionalFailures { get; init; } = [];

    /// <summary>
    /// Stops after a count of parts (tip dressing every 200 welds): each machine of the station stops for the stop's
    /// duration after every <see cref="CountStop.Every"/> parts it finished (of the stop's variant, if it names one).
    /// </summary>
    /// <value>Defaults to none.</value>
    public ImmutableArray<CountStop> Stops { get; init; } = [];

    /// <summary>
    /// For an exit (a station no other takes parts from), when its downstream takes the parts (a paint shop pulling a
    /// body every takt): at each time of the schedule it takes one finished part, if the exit holds one; a time at which
    /// none is ready passes unused. Until then a finished part blocks the exit's machine. <see langword="null"/> for a
    /// downstream that takes every part at once.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>.</value>
    public Schedule? Pull { get; init; }

    /// <summary>Every failure profile of the station: <see cref="Failures"/>, then <see cref="AdditionalFailures"/>; empty for a station that never fails.</summary>
    public ImmutableArray<FailureModel> FailureProfiles => Failures is null
        ? []
        : AdditionalFailures.IsDefaultOrEmpty ? [Failures] : [Failures, .. AdditionalFailures];

    /// <summary>Whether the station takes its parts from the station listed before it (or the line's source, for the first).</summary>
    public bool TakesFromStationBefore => Inputs.IsDefault;
}
