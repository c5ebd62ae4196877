namespace LineSim.Execution.SamplePath;

/// <summary>
/// The assembly sample-path engine's state for one input of a station (<see cref="SamplePathAssemblyRun"/>): a buffer
/// from a station, an unlimited supply, or arrivals into an input buffer; its part counts and level statistics.
/// </summary>
internal struct SamplePathAssemblyLink
{
    /// <summary>The station feeding the link; -1 for a supply.</summary>
    public int From;

    /// <summary>The station the link feeds.</summary>
    public int To;

    /// <summary>c: parts that may wait in the buffer (int.MaxValue for an unlimited input buffer).</summary>
    public long Capacity;

    /// <summary>q: parts the station takes from the link per part it makes (1 unless the station assembles).</summary>
    public int Quantity;

    /// <summary>An unlimited supply: a part is always there, and enters when the station takes it.</summary>
    public bool Unlimited;

    /// <summary>Arrivals into an input buffer.</summary>
    public bool Arrivals;

    /// <summary>For arrivals: when the next part arrives, if the buffer has room (its interarrival time runs from the last entry).</summary>
    public double NextArrival;

    /// <summary>For arrivals: entry times of the last parts, at m &amp; <see cref="RingMask"/>.</summary>
    public double[] Entries;

    public long RingMask;

    /// <summary>When the station took the link's last part: the end of the last wait, for the time the buffer held a part.</summary>
    public double LastTake;

    /// <summary>The end of the last interval over which the buffer was full.</summary>
    public double FullEnd;

    public double LevelArea;
    public double NonEmpty;
    public double Full;

    /// <summary>Seconds the station had an idle machine while the link lacked its parts.</summary>
    public double Short;
}
