namespace LineSim.Tests.Engine;

/// <summary>One reaction of a <see cref="ScriptedModel"/> to an event.</summary>
public readonly record struct ScriptStep(ScriptStepKind Kind, int Timer, double Delay);
