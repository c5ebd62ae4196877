namespace LineSim.Execution.Event;

// Carrier loops: boarding is in TakeNext; here carriers are released, return, and are counted. A return of limited
// capacity (LoopSlot.Finite) holds the carriers travelling on it and those waiting at its far end while the storage at
// the boarding station is full; a carrier that finds it full keeps the machine of the release station blocked.
internal sealed partial class PlantRun<TFeatures>
{
    private void OnCarrierReturned(int c)
    {
        ref LoopSlot loop = ref _loop[c];
        double[] returning = _returning[c];
        AccountLoop(c);
        while (loop.Returning > 0 && returning[loop.ReturningHead] <= Now)
        {
            if (++loop.ReturningHead == returning.Length)
            {
                loop.ReturningHead = 0;
            }

            loop.Returning--;
            loop.Idle++;
        }

        if (loop.Returning > 0)
        {
            _calendar.Schedule(_loopTimers + c, returning[loop.ReturningHead]);
        }

        if (loop.Finite)
        {
            ReturnFreed(c);
        }

        Wake(loop.Board);
    }

    /// <summary>The carrier of <paramref name="part"/> goes back to its boarding station.</summary>
    private void ReleaseCarrier(int part)
    {
        int c = _loopOf[part];
        _loopOf[part] = -1;
        ref LoopSlot loop = ref _loop[c];
        AccountLoop(c);
        loop.Loaded--;
        if (loop.Finite)
        {
            if (ReturnLevel(ref loop) < loop.ReturnCapacity)
            {
                EnterReturn(c);
            }
            else
            {
                // Only a carrier freed away from the release station finds the return full: it waits beside it.
                loop.Waiting++;
            }

            return;
        }

        EnterReturn(c);
    }

    /// <summary>An empty carrier of loop <paramref name="c"/> gets on its return, which has room.</summary>
    private void EnterReturn(int c)
    {
        ref LoopSlot loop = ref _loop[c];
        if (loop.ReturnTime <= 0)
        {
            loop.Idle++;
            Wake(loop.Board);
            return;
        }

        double[] returning = _returning[c];
        int tail = loop.ReturningHead + loop.Returning;
        returning[tail >= returning.Length ? tail - returning.Length : tail] = Now + loop.ReturnTime;
        if (++loop.Returning == 1)
        {
            _calendar.Schedule(_loopTimers + c, Now + loop.ReturnTime);
        }
    }

    /// <summary>The carriers on the return of loop <paramref name="loop"/>: travelling, or waiting at its far end because the storage is full.</summary>
    private static int ReturnLevel(ref LoopSlot loop) => loop.Returning + Math.Max(0, loop.Idle - loop.Storage);

    /// <summary>A place may have freed on the finite return of loop <paramref name="c"/>: carriers waiting beside it get on, then the release station's blocked machines try again.</summary>
    private void ReturnFreed(int c)
    {
        ref LoopSlot loop = ref _loop[c];
        while (loop.Waiting > 0 && ReturnLevel(ref loop) < loop.ReturnCapacity)
        {
            AccountLoop(c);
            loop.Waiting--;
            EnterReturn(c);
        }

        if (loop.Blocking > 0 && ReturnLevel(ref loop) < loop.ReturnCapacity)
        {
            // No machine waits for the return any more: those still blocked wait for room downstream or a pull, and are
            // marked again when they find the return full (ReturnIsFull), so that the time blocked by it stops here.
            AccountLoop(c);
            ref StationSlot release = ref _station[loop.Release];
            for (int m = release.FirstServer; m < release.FirstServer + release.Servers; m++)
            {
                ref ServerSlot server = ref _server[m];
                if (server.WaitsForReturn && server.ReturnLoop == c)
                {
                    server.WaitsForReturn = false;
                    loop.Blocking--;
                }
            }

            Wake(loop.Release);
        }
    }

    /// <summary>
    /// Whether server <paramref name="m"/> of <paramref name="s"/> must keep its finished <paramref name="part"/>
    /// because the part's carrier gets off here and its return is full; marks the server as waiting for the return, or
    /// not. Only for plants with a finite return (<c>CompiledPlant.HasFiniteReturns</c>).
    /// </summary>
    private bool ReturnIsFull(int m, int part, int s)
    {
        int c = _loopOf[part];
        bool full = false;
        if (c >= 0)
        {
            ref LoopSlot loop = ref _loop[c];
            // Only the release station waits for the return; a part leaving the line elsewhere frees its carrier where it
            // is (ReleaseCarrier), which waits beside a full return as a scrapped part's does.
            full = loop.Finite && loop.Release == s && ReturnLevel(ref loop) >= loop.ReturnCapacity;
        }

        ref ServerSlot server = ref _server[m];
        if (server.WaitsForReturn != full)
        {
            int waitingOn = full ? c : server.ReturnLoop;
            AccountLoop(waitingOn);
            _loop[waitingOn].Blocking += full ? 1 : -1;
            server.WaitsForReturn = full;
            server.ReturnLoop = waitingOn;
        }

        return full;
    }

    /// <summary>
    /// Records whether the boarding station of loop <paramref name="c"/> waits for a carrier: it has a machine up and
    /// empty and a part to take, but no carrier.
    /// </summary>
    private void NoteBoarding(int c, int s)
    {
        ref LoopSlot loop = ref _loop[c];
        bool waiting = loop.Idle == 0 && _station[s].IdleUp > 0 && HasPart(s);
        if (waiting != loop.BoardWaiting)
        {
            AccountBoarding(c);
            loop.BoardWaiting = waiting;
        }
    }

    /// <summary>Adds the time the boarding station of loop <paramref name="c"/> waited for a carrier up to now; apart from <see cref="AccountLoop"/>, so that the carriers' figures are summed over the same intervals as without it.</summary>
    private void AccountBoarding(int c)
    {
        ref LoopSlot loop = ref _loop[c];
        double now = Clock;
        if (loop.BoardWaiting)
        {
            loop.BoardWaitingTime += now - loop.BoardSince;
        }

        loop.BoardSince = now;
    }

    private void AccountLoop(int c)
    {
        ref LoopSlot loop = ref _loop[c];
        double now = Clock;
        double elapsed = now - loop.Since;
        loop.LoadedArea += loop.Loaded * elapsed;
        loop.ReturningArea += (loop.Returning + Math.Max(0, loop.Idle - loop.Storage) + loop.Waiting) * elapsed;
        loop.IdleArea += Math.Min(loop.Idle, loop.Storage) * elapsed;
        if (Math.Min(loop.Idle, loop.Storage) == 0)
        {
            loop.NoneIdleTime += elapsed;
        }

        if (loop.Blocking > 0)
        {
            loop.BlockedTime += elapsed;
        }

        loop.Since = now;
    }

    /// <summary>
    /// A carrier loop: its carriers are loaded, returning (their arrival times in <see cref="_returning"/>), idle at the
    /// boarding station (in its storage, or beyond it waiting at the return's far end), or, freed away from the release
    /// station while the return was full, waiting to get on it.
    /// </summary>
    private struct LoopSlot
    {
        public int Count;
        public int Board;
        public int Release;
        public double ReturnTime;
        public int ReturnCapacity;
        public int Storage;
        public bool Finite;
        public int Loaded;
        public int Returning;
        public int ReturningHead;
        public int Idle;
        public int Waiting;

        /// <summary>Machines of the release station holding a part whose carrier finds the return full.</summary>
        public int Blocking;

        /// <summary>Whether the boarding station waits for a carrier now (<see cref="NoteBoarding"/>).</summary>
        public bool BoardWaiting;
        public double BoardSince;
        public double Since;
        public double LoadedArea;
        public double ReturningArea;
        public double IdleArea;
        public double NoneIdleTime;
        public double BoardWaitingTime;
        public double BlockedTime;
    }
}
