namespace LineSim.Model;

/// <summary>
/// The largest counts a line may have: what the engines hold per station, machine, carrier and input, so that a model
/// within them runs in the memory <see cref="Simulation.Create"/> plans for it (<see cref="SimulationOptions.MemoryLimit"/>).
/// <see cref="LineModel.Validate"/> refuses a count above its limit, naming the field and the limit.
/// </summary>
/// <remarks>
/// Each limit is far above any plant (a line of 100,000 stations, a cell of 10,000 machines), and low enough that the
/// state the engines keep for it (arrays per station, per machine, per carrier, a ring per assembly input of its
/// quantity) stays within a few hundred megabytes. Buffer and conveyor capacities have no limit beyond
/// <see cref="int.MaxValue"/>: their queues grow with the parts that are in them, not with the capacity.
/// </remarks>
public static class ModelLimits
{
    /// <summary>The most stations in a line.</summary>
    public const int Stations = 100_000;

    /// <summary>The most machines (<see cref="Station.Servers"/>) at one station.</summary>
    public const int Servers = 10_000;

    /// <summary>The most carriers in one loop (<see cref="CarrierLoop.Count"/>).</summary>
    public const int Carriers = 1_000_000;

    /// <summary>The most parts an assembly station takes from one input per part it makes (<see cref="StationInput.Quantity"/>).</summary>
    public const int Quantity = 10_000;

    /// <summary>
    /// The longest mean or standard deviation of any time of the line, in seconds (about 30 billion years): longer
    /// times give draws and sums that overflow to infinity, which no figure of a run could hold.
    /// </summary>
    public const double LongestTime = 1e18;

    /// <summary>
    /// The first day a holiday may not fall on, counted from day 0 (the Monday the run starts on): 65,536 weeks, about
    /// 1,256 years. The weeks up to it are laid out one by one; every later one is the plain weekly pattern, so that a
    /// run's memory does not grow with its horizon.
    /// </summary>
    public const int HolidayDays = 7 << 16;

    /// <summary>The most entries in a product mix's sequence (<see cref="ProductMix.Sequence"/>).</summary>
    public const int SequenceLength = 1_000_000;
}
