namespace LineSim.Execution.SamplePath;

/// <summary>
/// What <see cref="SamplePathLineLanes"/> keeps of one station and the link before it that is the same in every lane:
/// the buffer's capacity and the rings of the lanes' departures and takes (place m of lane j at m x lanes + j).
/// </summary>
internal struct SamplePathLaneStation
{
    /// <summary>b: the buffer's capacity.</summary>
    public int Capacity;

    /// <summary>The ring size less one (a power of two less one).</summary>
    public long RingMask;

    /// <summary>Whether the link before the station is reported: always but for station 0 under an unlimited supply.</summary>
    public bool HasLink;

    /// <summary>Whether the link keeps rings: it is finite.</summary>
    public bool HasRing;

    /// <summary>Whether the buffer's full time comes from the ring of takes: a ring and b &gt;= 2.</summary>
    public bool FullRing;

    /// <summary>Whether the station has operation-dependent failures.</summary>
    public bool Fails;

    /// <summary>D(m) of the last parts m, lane by lane.</summary>
    public double[] Departures;

    /// <summary>A(m) of the last parts m, lane by lane.</summary>
    public double[] Takes;
}
