using LineSim.Execution.Compiled;

namespace LineSim.Execution.Event;

/// <summary>The <see cref="IPlantFeatures"/> of a combination of <see cref="On"/> and <see cref="Off"/> flags, in the order of its members.</summary>
internal readonly struct PlantFeatures<TCells, TConveyors, TQuality, TCarriers, TPlanning, TCalendar, TFailures, TExtras, TBottlenecks> : IPlantFeatures
    where TCells : struct, IFlag
    where TConveyors : struct, IFlag
    where TQuality : struct, IFlag
    where TCarriers : struct, IFlag
    where TPlanning : struct, IFlag
    where TCalendar : struct, IFlag
    where TFailures : struct, IFlag
    where TExtras : struct, IFlag
    where TBottlenecks : struct, IFlag
{
    public static bool Cells => TCells.IsOn;

    public static bool Conveyors => TConveyors.IsOn;

    public static bool Quality => TQuality.IsOn;

    public static bool Carriers => TCarriers.IsOn;

    public static bool Planning => TPlanning.IsOn;

    public static bool Calendar => TCalendar.IsOn;

    public static bool Failures => TFailures.IsOn;

    public static bool Extras => TExtras.IsOn;

    public static bool Bottlenecks => TBottlenecks.IsOn;
}
