namespace LineSim.Experiments;

/// <summary>
/// One step of a <see cref="SettingPath"/>: a field, optionally followed by a selector of the list it holds
/// (<c>stations[2]</c>, <c>stations[Framing]</c>, <c>stations[*]</c>).
/// </summary>
/// <param name="Field">The field's name.</param>
/// <param name="Selector">What the brackets select; <see cref="SelectorKind.None"/> without brackets.</param>
/// <param name="Index">The element's index for <see cref="SelectorKind.Index"/>.</param>
/// <param name="Name">The element's name for <see cref="SelectorKind.Name"/>.</param>
internal readonly record struct PathSegment(string Field, SelectorKind Selector, int Index, string? Name);
