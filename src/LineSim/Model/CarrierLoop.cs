namespace LineSim.Model;

/// <summary>
/// A closed loop of a fixed number of carriers (skids, pallets): a part can start at <paramref name="From"/> only on
/// a free carrier, rides it through the line, and when the part leaves <paramref name="To"/> the carrier travels back
/// to <paramref name="From"/> in <paramref name="ReturnTime"/> seconds.
/// </summary>
/// <param name="Name">A name for reports, unique among the loops.</param>
/// <param name="Count">The number of carriers; 1 or more.</param>
/// <param name="From">The station where parts board the carriers.</param>
/// <param name="To">The station where parts leave them; <paramref name="From"/> or a station downstream of it.</param>
/// <param name="ReturnTime">The empty carrier's trip back, in seconds; 0 or more.</param>
/// <remarks>
/// A part that is scrapped, or used up in an assembly, frees its carrier where it is; so does a part sent back to rework
/// at <paramref name="From"/> or upstream of it, which boards a free carrier again there.
/// </remarks>
public sealed record CarrierLoop(string Name, int Count, string From, string To, double ReturnTime = 0);
