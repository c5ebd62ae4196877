namespace LineSim.Execution.SamplePath;

/// <summary>
/// The sample-path engine's state for one station and the link before it (its buffer and its own place), kept
/// together so that the inner loop touches one small block of memory per station.
/// </summary>
internal struct SamplePathStation
{
    /// <summary>D(n-1): when the station's previous part left it.</summary>
    public double LastDeparture;

    /// <summary>A(n-1): when the station took its previous part.</summary>
    public double LastTake;

    public double Working;
    public double Blocked;
    public double Down;
    public long Processed;
    public long Completions;
    public long Failures;

    /// <summary>Whether the station has operation-dependent failures.</summary>
    public bool Fails;

    /// <summary>Whether the link before the station is reported: always but for station 0 under an unlimited supply.</summary>
    public bool HasLink;

    /// <summary>Whether the link keeps rings of departures and takes: it is finite (the input buffer may not be).</summary>
    public bool HasRing;

    /// <summary>Whether the rings reach back past the buffer's capacity, so that they never need to grow.</summary>
    public bool RingFixed;

    /// <summary>Whether D(n - b - 1) is in the ring; if not, it cannot hold a part back (see EnsureRingRoom).</summary>
    public bool BlockReadable;

    /// <summary>Whether A(n - b + 1) is in the ring; if not, the buffer cannot be full then.</summary>
    public bool FullReadable;

    /// <summary>b: the buffer's capacity.</summary>
    public int Capacity;

    /// <summary>The ring size less one (a power of two less one).</summary>
    public long RingMask;

    /// <summary>D(m) of the last parts m, at m &amp; <see cref="RingMask"/>.</summary>
    public double[] Departures;

    /// <summary>A(m) of the last parts m, at m &amp; <see cref="RingMask"/>.</summary>
    public double[] Takes;

    public double LevelArea;
    public double NonEmpty;
    public double Full;

    /// <summary>The end of the last interval over which the buffer was full.</summary>
    public double FullEnd;
}
