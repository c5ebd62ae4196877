namespace LineSim.Execution.Event;

// Carrier loops: boarding is in TakeNext; here carriers are released, return, and are counted.
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

    private void AccountLoop(int c)
    {
        ref LoopSlot loop = ref _loop[c];
        double now = Clock;
        double elapsed = now - loop.Since;
        loop.LoadedArea += loop.Loaded * elapsed;
        loop.ReturningArea += loop.Returning * elapsed;
        loop.IdleArea += loop.Idle * elapsed;
        if (loop.Idle == 0)
        {
            loop.NoneIdleTime += elapsed;
        }

        loop.Since = now;
    }

    /// <summary>A carrier loop: its carriers are loaded, returning (their arrival times in <see cref="_returning"/>) or idle at the boarding station.</summary>
    private struct LoopSlot
    {
        public int Count;
        public int Board;
        public int Release;
        public double ReturnTime;
        public int Loaded;
        public int Returning;
        public int ReturningHead;
        public int Idle;
        public double Since;
        public double LoadedArea;
        public double ReturningArea;
        public double IdleArea;
        public double NoneIdleTime;
    }
}
