namespace LineSim.Engine;

/// <summary>Reacts to the timers of a model as the <see cref="Simulator{THandler}"/> fires them.</summary>
/// <remarks>Implemented by a struct, so that the simulator's loop calls it directly, without a virtual call.</remarks>
internal interface IEventHandler
{
    /// <summary>Handles <paramref name="timer"/>, which fired at the simulator's current time.</summary>
    void Handle(int timer);
}
