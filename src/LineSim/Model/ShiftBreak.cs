namespace LineSim.Model;

/// <summary>A break within a <see cref="Shift"/>.</summary>
/// <param name="Start">Its start, in seconds after the shift's start.</param>
/// <param name="Length">Its length in seconds; greater than 0.</param>
public sealed record ShiftBreak(double Start, double Length)
{
    /// <summary>A break given as time spans.</summary>
    /// <param name="start">Its start, after the shift's start.</param>
    /// <param name="length">Its length; greater than zero.</param>
    public ShiftBreak(TimeSpan start, TimeSpan length)
        : this(start.TotalSeconds, length.TotalSeconds)
    {
    }
}
