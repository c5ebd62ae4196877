namespace LineSim.Validation;

/// <summary>
/// Something in a valid line or run that is probably not what the user meant: a window too short to see its failures,
/// a station that cannot hold the takt, an availability below one half, a warm-up too short to fill the buffers.
/// </summary>
/// <param name="Code">What kind of warning: <c>short-window</c>, <c>slow-station</c>, <c>low-availability</c> or <c>short-warmup</c>.</param>
/// <param name="Path">The value at fault as a scenario file names it (<c>run.duration</c>, <c>stations[2].failures</c>).</param>
/// <param name="Message">What is wrong and what to do about it.</param>
public sealed record PlausibilityWarning(string Code, string Path, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Message}";
}
