namespace LineSim.Experiments;

/// <summary>How a <see cref="PathSegment"/> picks elements of a list.</summary>
internal enum SelectorKind
{
    /// <summary>No brackets: the field itself.</summary>
    None,

    /// <summary>One element by its index, from 0.</summary>
    Index,

    /// <summary>The element whose <c>name</c> (or <c>from</c>, or <c>station</c>) is the given text.</summary>
    Name,

    /// <summary>Every element (<c>[*]</c>) that has the rest of the path.</summary>
    All,
}
