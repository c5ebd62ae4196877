namespace LineSim.Tests.Plants;

/// <summary>
/// Reads FsCheck's draws one at a time, so that a generated plant is a pure function of an array of numbers; past the
/// end it starts again, which only repeats choices.
/// </summary>
internal sealed class Draws(int[] values)
{
    private int _next;

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Int(int min, int max) => min + (values[_next++ % values.Length] % (max - min + 1));

    /// <summary>True with the given chance in percent.</summary>
    public bool Chance(int percent) => Int(0, 99) < percent;
}
