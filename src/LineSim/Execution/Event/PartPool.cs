using System.Globalization;
using LineSim.Execution.Compiled;

namespace LineSim.Execution.Event;

/// <summary>
/// The parts in a line by id: each keeps its entry time and its number in order of entry. Ids are recycled from a free
/// list that doubles when it runs out, so that the event loop allocates nothing once work in process stops growing.
/// </summary>
internal sealed class PartPool
{
    private const int InitialParts = 16;

    private double[] _entryTime = new double[InitialParts];
    private long[] _number = new long[InitialParts];
    private readonly int _mostParts;
    private readonly string _overflow;
    private int[] _free = new int[InitialParts];
    private int _freeCount;

    /// <param name="mostParts">The most parts the line may hold at once (<see cref="Compiled.RunMemory.MostParts"/>).</param>
    /// <param name="overflow">What to say when it would hold more: the model path of the field to change and why, with <c>{0}</c> for the parts held.</param>
    public PartPool(int mostParts, string overflow)
    {
        _mostParts = mostParts;
        _overflow = overflow;
        AddFree(0, InitialParts);
    }

    /// <summary>The pool for a replication of <paramref name="line"/> run with <paramref name="options"/>, holding at most the parts its memory limit leaves room for.</summary>
    public static PartPool For(CompiledLine line, SimulationOptions options)
    {
        int most = RunMemory.MostParts(line, options);
        if (most == int.MaxValue)
        {
            return new PartPool(most, string.Empty);
        }

        // The field is the first unlimited buffer's; the message names the others, since which one grew is not kept.
        var buffers = RunTimeRules.UnlimitedInputBuffers(line.Model).ToList();
        string others = buffers.Count == 1 ? string.Empty : ", or one of the other unlimited input buffers (" + string.Join(", ", buffers.Skip(1).Select(b => b.Path)) + "),";
        long limit = RunMemory.LimitOf(options);
        string overflow = string.Create(CultureInfo.InvariantCulture, $"{buffers[0].Path}: the line held {{0:N0}} parts at once, as many as the memory limit of {RunMemory.Bytes(limit)} leaves for each of {RunMemory.Threads(options)} threads: the unlimited input buffer before '{buffers[0].Station.Name}'{others} fills faster than the line takes its parts. Give the buffer a capacity (the supply then waits), a slower supply, a shorter run or a larger memory limit.");
        return new PartPool(most, overflow);
    }

    /// <summary>How many ids exist; an array an engine keeps per part must be at least this long.</summary>
    public int Capacity => _entryTime.Length;

    /// <summary>Parts that have entered so far; the next part gets this number.</summary>
    public long Entered { get; private set; }

    /// <summary>A new part enters at <paramref name="time"/>; returns its id.</summary>
    public int Enter(double time)
    {
        if (_freeCount == 0)
        {
            // Every id is in use: the line holds Capacity parts.
            int size = Capacity;
            if (size >= _mostParts)
            {
                throw new MemoryLimitExceededException(string.Format(CultureInfo.InvariantCulture, _overflow, size));
            }

            int grown = (int)Math.Min(2L * size, _mostParts);
            Array.Resize(ref _entryTime, grown);
            Array.Resize(ref _number, grown);
            Array.Resize(ref _free, grown);
            AddFree(size, grown);
        }

        int part = _free[--_freeCount];
        _entryTime[part] = time;
        _number[part] = Entered++;
        return part;
    }

    /// <summary>Part <paramref name="part"/> has left the line; its id is free again.</summary>
    public void Leave(int part) => _free[_freeCount++] = part;

    public double EntryTime(int part) => _entryTime[part];

    /// <summary>The part's number in order of entry, from 0.</summary>
    public long Number(int part) => _number[part];

    /// <summary>Frees ids from <paramref name="from"/> to <paramref name="to"/>, the lowest to be taken first.</summary>
    private void AddFree(int from, int to)
    {
        for (int p = to - 1; p >= from; p--)
        {
            _free[_freeCount++] = p;
        }
    }
}
