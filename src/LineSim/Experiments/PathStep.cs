namespace LineSim.Experiments;

/// <summary>One step of a <see cref="ValueTarget"/>: a field, then, when <see cref="Index"/> is 0 or more, an element of the list it holds.</summary>
/// <param name="Field">The field's name.</param>
/// <param name="Index">The list element's index; -1 for the field itself.</param>
internal readonly record struct PathStep(string Field, int Index);
