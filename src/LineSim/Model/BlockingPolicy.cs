namespace LineSim.Model;

/// <summary>When a station is blocked by a full downstream buffer.</summary>
public enum BlockingPolicy
{
    /// <summary>
    /// Blocking after service (manufacturing blocking): a station processes its part, and if the downstream buffer
    /// is full when it finishes, it keeps the part and is blocked until space opens.
    /// </summary>
    AfterService,

    /// <summary>
    /// Blocking before service (communication blocking): a station starts a part only once a downstream place is
    /// reserved for it; a station holding a part it may not start is blocked.
    /// </summary>
    BeforeService,
}
