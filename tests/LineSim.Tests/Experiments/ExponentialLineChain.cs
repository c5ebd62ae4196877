using LineSim.Tests.Theory;
using MathNet.Numerics.LinearAlgebra;

namespace LineSim.Tests.Experiments;

/// <summary>
/// The exact throughput of a serial line of exponential stations with finite buffers, blocking after service and an
/// unlimited supply, from the stationary distribution of its continuous-time Markov chain.
/// </summary>
/// <remarks>
/// A state is each station's status (idle, busy, or blocked holding a finished part) and each buffer's level. Station
/// i finishing passes its part to station i + 1 if that is idle, else to the buffer before it if there is room, else
/// blocks; a station that frees up takes the next part from its buffer (or, with none, from a blocked station before
/// it), which may in turn unblock the station before. The stationary distribution solves pi Q = 0, sum pi = 1.
/// </remarks>
internal static class ExponentialLineChain
{
    private const int Idle = 0;
    private const int Busy = 1;
    private const int Blocked = 2;

    /// <summary>Parts per hour of the line with the given mean processing times and buffers (buffers[i] is before station i + 1).</summary>
    public static double Throughput(double[] means, int[] buffers)
    {
        int k = means.Length;
        int[] start = new int[2 * k];
        start[0] = Busy;
        var index = new Dictionary<string, int>();
        var states = new List<int[]>();
        var transitions = new List<(int From, int[] To, double Rate)>();
        var queue = new Queue<int[]>();
        Add(start);
        while (queue.Count > 0)
        {
            int[] state = queue.Dequeue();
            int from = index[Key(state)];
            for (int i = 0; i < k; i++)
            {
                if (state[i] == Busy)
                {
                    int[] next = Finish(state, i, buffers);
                    Add(next);
                    transitions.Add((from, next, 1 / means[i]));
                }
            }
        }

        int n = states.Count;
        Vector<double> pi = StationaryDistribution.Of(n, transitions.Select(t => (t.From, index[Key(t.To)], t.Rate)));
        double rateOut = 0;
        for (int s = 0; s < n; s++)
        {
            if (states[s][k - 1] == Busy)
            {
                rateOut += pi[s] / means[k - 1];
            }
        }

        return rateOut * 3600;

        void Add(int[] state)
        {
            if (index.TryAdd(Key(state), states.Count))
            {
                states.Add(state);
                queue.Enqueue(state);
            }
        }
    }

    /// <summary>Station i finishes its part. state[0..k) are the stations' statuses, state[k + j] the buffer before station j.</summary>
    private static int[] Finish(int[] state, int i, int[] buffers)
    {
        int k = state.Length / 2;
        int[] next = (int[])state.Clone();
        if (i == k - 1)
        {
            TakeNext(next, i);
        }
        else if (next[i + 1] == Idle)
        {
            next[i + 1] = Busy;
            TakeNext(next, i);
        }
        else if (next[k + i + 1] < buffers[i])
        {
            next[k + i + 1]++;
            TakeNext(next, i);
        }
        else
        {
            next[i] = Blocked;
        }

        return next;
    }

    /// <summary>Station i, now free, takes its next part, unblocking the station before it if that frees a place.</summary>
    private static void TakeNext(int[] state, int i)
    {
        int k = state.Length / 2;
        if (i == 0)
        {
            state[0] = Busy;
            return;
        }

        if (state[k + i] > 0)
        {
            state[k + i]--;
            state[i] = Busy;
            if (state[i - 1] == Blocked)
            {
                state[k + i]++;
                TakeNext(state, i - 1);
            }
        }
        else if (state[i - 1] == Blocked)
        {
            state[i] = Busy;
            TakeNext(state, i - 1);
        }
        else
        {
            state[i] = Idle;
        }
    }

    private static string Key(int[] state) => string.Join(',', state);
}
