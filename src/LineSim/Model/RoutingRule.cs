namespace LineSim.Model;

/// <summary>How a station with several downstream stations chooses where a finished part goes.</summary>
public enum RoutingRule
{
    /// <summary>A random choice with the targets' probabilities, drawn when the part is finished; the station waits for room there.</summary>
    Probability,

    /// <summary>The targets in turn; the station waits for room at the next one.</summary>
    RoundRobin,

    /// <summary>The first target, in the order given, with room; the station waits until any has room.</summary>
    FirstWithSpace,

    /// <summary>
    /// The target whose <see cref="RouteTarget.Variants"/> name the part's variant (see <see cref="LineModel.Variants"/>),
    /// or else the target that names none; the station waits for room there.
    /// </summary>
    ByVariant,
}
