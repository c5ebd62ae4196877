namespace LineSim.Execution.SamplePath;

/// <summary>
/// The assembly sample-path engine's state for one station (<see cref="SamplePathAssemblyRun"/>): the parts it has
/// made, rings of their take, departure and entry times, and its statistics over the observation window.
/// </summary>
internal struct SamplePathAssemblyStation
{
    /// <summary>Parts the station has made (taken, processed and passed on): r, the index of its next part.</summary>
    public long Made;

    /// <summary>D(r - 1): when the station's last part left it; 0 before the first.</summary>
    public double LastDeparture;

    /// <summary>The link the station feeds; -1 for the line's exit.</summary>
    public int Output;

    /// <summary>The station that link feeds; -1 for the exit.</summary>
    public int Next;

    /// <summary>The station's first input link.</summary>
    public int Input;

    /// <summary>Whether the station takes one part at a time from one station (no supply, no assembly).</summary>
    public bool Simple;

    /// <summary>c of the output link.</summary>
    public long OutputCapacity;

    /// <summary>q of the output link.</summary>
    public int OutputQuantity;

    /// <summary>The number a part made here gets in the departure log: its index times this (see <see cref="SamplePathAssemblyRun"/>).</summary>
    public long NumberScale;

    /// <summary>Whether the station has operation-dependent failures.</summary>
    public bool Fails;

    /// <summary>Whether the processing time is a constant, which draws nothing.</summary>
    public bool Constant;

    /// <summary>Processing time left before the next operation-dependent failure.</summary>
    public double TimeToFailure;

    /// <summary>Whether the station is an assembly of several inputs, which reports its starvation per input.</summary>
    public bool ReportsShortage;

    /// <summary>The ring size less one (a power of two less one).</summary>
    public long RingMask;

    /// <summary>The lowest part index still in the rings since they last grew.</summary>
    public long RingFloor;

    /// <summary>Whether the rings reach back as far as any input's room and level ever look, so that they never grow.</summary>
    public bool RingFixed;

    /// <summary>A(m) of the last parts m, at m &amp; <see cref="RingMask"/>.</summary>
    public double[] Takes;

    /// <summary>D(m) of the last parts m.</summary>
    public double[] Departures;

    /// <summary>When the part m carries (its first input's part) entered the line.</summary>
    public double[] Entries;

    public double Working;
    public double Blocked;
    public double Down;
    public long Processed;
    public long Completions;
    public long Failures;
}
