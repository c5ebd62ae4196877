using LineSim.Engine;

namespace LineSim.Tests.Engine;

/// <summary>Forwards the simulator's events to a <see cref="ScriptedModel"/>.</summary>
internal readonly struct ScriptedHandler(ScriptedModel model) : IEventHandler
{
    public void Handle(int timer) => model.Handle(timer);
}
