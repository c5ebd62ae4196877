using LineSim.Model;
using LineSim.Results;
using LineSim.Tests.Theory;
using MathNet.Numerics.LinearAlgebra;

namespace LineSim.Tests.Network;

/// <summary>
/// A closed loop whose return holds fewer carriers than the loop, against its exact continuous-time Markov chain. Parts
/// from an unlimited supply board at Load (exponential), wait in a buffer of B places, and leave their carriers at
/// Unload (exponential), the line's end. The return is a buffer (no travel) of R places and the storage at Load holds S,
/// so that R + S carriers at most are off the line: Unload, finding both full, is blocked until Load boards a carrier.
/// </summary>
/// <remarks>
/// A state is (Load, buffer level, Unload), each machine idle, busy or blocked holding a finished part; the carriers
/// off the line are N less those on it. Load is idle only without a carrier to board, Unload only with the buffer
/// empty. After each completion the moves that take no time run to their end (<see cref="Settle"/>).
/// </remarks>
public sealed class FiniteReturnChainTests
{
    private const int Idle = 0;
    private const int Busy = 1;
    private const int Blocked = 2;

    [Theory]
    [InlineData(40, 35, 1, 4, 1, 1)]
    [InlineData(30, 30, 2, 4, 1, 0)]
    [InlineData(30, 25, 3, 6, 1, 1)]
    // Three carriers and a buffer of 3: Load also waits for a carrier. The parts between Load and Unload are 2 or 3 as in
    // the first case, held there by the buffer rather than the carriers, so both run the same departures.
    [InlineData(40, 35, 3, 3, 1, 0)]
    public void Run_ReturnHoldingFewerThanTheLoop_AsTheMarkovChain(double load, double unload, int buffer, int count, int returnPlaces, int storage)
    {
        var line = new LineModel
        {
            Name = "Closed loop",
            TaktTime = 55,
            Stations = [new("Load", Distribution.Exponential(load)), new("Unload", Distribution.Exponential(unload))],
            Buffers = [new LineBuffer("Load", buffer)],
            Carriers = [new CarrierLoop("Skids", count, "Load", "Unload") { Return = new Conveyor(0, returnPlaces), Storage = storage }],
        };
        (double jph, double blocked, double waiting) = Chain(1 / load, 1 / unload, buffer, count, returnPlaces + storage);

        SimulationResult result = Simulation.Create(line, new SimulationOptions { Seed = 11, Replications = 10, Warmup = 5_000, Duration = 200_000 }).Run();

        Assert.True(blocked > 0.02, $"the chain's Unload is blocked by the return {blocked:P2} of the time: too little to test");
        Within(jph, result.ThroughputPerHour, "JPH");
        CarrierSummary skids = Assert.Single(result.Carriers);
        Within(blocked, skids.ReturnBlockedFraction, "Unload blocked by the return");
        Within(waiting, skids.WaitingForCarrierFraction, "Load waiting for a carrier");
        Within(blocked, result.Stations[1].Blocked, "Unload blocked");
    }

    private static void Within(double exact, Estimate estimate, string what) =>
        Assert.True(Math.Abs(estimate.Mean - exact) <= estimate.HalfWidth, $"{what}: exact {exact:G6}, simulated {estimate.Mean:G6} ± {estimate.HalfWidth:G3}");

    /// <summary>JPH, the fraction of time Unload is blocked, and the fraction Load waits for a carrier.</summary>
    private static (double Jph, double Blocked, double Waiting) Chain(double loadRate, double unloadRate, int buffer, int count, int offLine)
    {
        var states = new List<(int Load, int Level, int Unload)>();
        var index = new Dictionary<(int, int, int), int>();
        var queue = new Queue<(int, int, int)>();
        var transitions = new List<(int From, (int, int, int) To, double Rate)>();
        Add(Settle((Idle, 0, Idle), buffer, count, offLine));
        while (queue.Count > 0)
        {
            (int load, int level, int unload) = queue.Dequeue();
            int from = index[(load, level, unload)];
            if (load == Busy)
            {
                (int, int, int) next = Settle((Blocked, level, unload), buffer, count, offLine);
                Add(next);
                transitions.Add((from, next, loadRate));
            }

            if (unload == Busy)
            {
                (int, int, int) next = Settle((load, level, Blocked), buffer, count, offLine);
                Add(next);
                transitions.Add((from, next, unloadRate));
            }
        }

        int n = states.Count;
        Vector<double> pi = StationaryDistribution.Of(n, transitions.Select(t => (t.From, index[t.To], t.Rate)));
        double busy = 0, blocked = 0, waiting = 0;
        for (int i = 0; i < n; i++)
        {
            busy += states[i].Unload == Busy ? pi[i] : 0;
            blocked += states[i].Unload == Blocked ? pi[i] : 0;
            waiting += states[i].Load == Idle ? pi[i] : 0;
        }

        return (3600 * unloadRate * busy, blocked, waiting);

        void Add((int, int, int) state)
        {
            if (index.TryAdd(state, states.Count))
            {
                states.Add(state);
                queue.Enqueue(state);
            }
        }
    }

    /// <summary>The moves that take no time, to their end: Unload's carrier onto the return, parts on, Load boarding.</summary>
    private static (int, int, int) Settle((int Load, int Level, int Unload) s, int buffer, int count, int offLine)
    {
        while (true)
        {
            int idleCarriers = count - (s.Load == Idle ? 0 : 1) - s.Level - (s.Unload == Idle ? 0 : 1);
            if (s.Unload == Blocked && idleCarriers < offLine)
            {
                s.Unload = Idle;
            }
            else if (s.Unload == Idle && s.Level > 0)
            {
                s = (s.Load, s.Level - 1, Busy);
            }
            else if (s.Unload == Idle && s.Load == Blocked)
            {
                s = (Idle, s.Level, Busy);
            }
            else if (s.Load == Blocked && s.Level < buffer)
            {
                s = (Idle, s.Level + 1, s.Unload);
            }
            else if (s.Load == Idle && idleCarriers > 0)
            {
                s.Load = Busy;
            }
            else
            {
                return s;
            }
        }
    }
}
