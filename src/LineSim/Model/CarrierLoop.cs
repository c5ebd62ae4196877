namespace LineSim.Model;

/// <summary>
/// A closed loop of a fixed number of carriers (skids, pallets): a part can start at <paramref name="From"/> only on
/// a free carrier, rides it through the line, and when the part leaves <paramref name="To"/> the carrier travels back
/// to <paramref name="From"/> in <paramref name="ReturnTime"/> seconds, or along a <see cref="Return"/> of limited
/// capacity.
/// </summary>
/// <param name="Name">A name for reports, unique among the loops.</param>
/// <param name="Count">The number of carriers; 1 or more.</param>
/// <param name="From">The station where parts board the carriers.</param>
/// <param name="To">The station where parts leave them; <paramref name="From"/> or a station downstream of it.</param>
/// <param name="ReturnTime">The empty carrier's trip back along a return of unlimited capacity, in seconds; 0 or more. Leave it 0 when <see cref="Return"/> is given.</param>
/// <remarks>
/// <para>
/// A part that is scrapped, or used up in an assembly, frees its carrier where it is; so does a part sent back to rework
/// at <paramref name="From"/> or upstream of it, which boards a free carrier again there.
/// </para>
/// <para>
/// With a <see cref="Return"/>, a carrier that finds the return full stays under its part, and the machine of
/// <paramref name="To"/> that holds the part is blocked until a place on the return frees. A freed carrier whose part
/// was scrapped, used up or sent back to rework waits beside a full return and gets on it before any blocked machine.
/// </para>
/// </remarks>
public sealed record CarrierLoop(string Name, int Count, string From, string To, double ReturnTime = 0)
{
    /// <summary>The return path as an accumulating conveyor: empty carriers travel its travel time and queue at its far end, at most its capacity on it at once; a travel time of 0 makes it a buffer.</summary>
    /// <value>Default <see langword="null"/>: a return of unlimited capacity taking <see cref="ReturnTime"/>.</value>
    public Conveyor? Return { get; init; }

    /// <summary>The empty carriers the boarding station <see cref="From"/> can store; 0 or more. A carrier at the far end of the return waits there, holding its place on the return, while the storage is full; parts board from the storage, then from the return's far end.</summary>
    /// <value>Default <see langword="null"/>: unlimited.</value>
    public int? Storage { get; init; }
}
