namespace LineSim.Experiments;

/// <summary>One value a configuration gives a field of the scenario.</summary>
/// <param name="Path">The field's path, as <c>stations[Framing].inputs[Underbody weld 2].buffer</c>.</param>
/// <param name="Value">The value.</param>
public readonly record struct Setting(string Path, double Value);
