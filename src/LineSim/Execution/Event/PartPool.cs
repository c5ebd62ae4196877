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
    private int[] _free = new int[InitialParts];
    private int _freeCount;

    public PartPool()
    {
        AddFree(0, InitialParts);
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
            int size = Capacity;
            Array.Resize(ref _entryTime, size * 2);
            Array.Resize(ref _number, size * 2);
            Array.Resize(ref _free, size * 2);
            AddFree(size, 2 * size);
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
