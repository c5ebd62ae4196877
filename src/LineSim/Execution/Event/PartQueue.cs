using System.Numerics;

namespace LineSim.Execution.Event;

/// <summary>
/// A first-in first-out queue of ints (part or server ids) in a ring that doubles when full; a struct, kept in arrays
/// and used by reference. Its length is a power of two, so that its ends wrap by a mask rather than a branch the
/// processor would mispredict.
/// </summary>
internal struct PartQueue(int capacity)
{
    private int[] _items = new int[BitOperations.RoundUpToPowerOf2((uint)Math.Max(capacity, 1))];
    private int _head;

    public int Count { get; private set; }

    public void Enqueue(int item)
    {
        if (Count == _items.Length)
        {
            _items = Grow(_items, _head, Count);
            _head = 0;
        }

        _items[(_head + Count) & (_items.Length - 1)] = item;
        Count++;
    }

    public int Dequeue()
    {
        int item = _items[_head];
        _head = (_head + 1) & (_items.Length - 1);

        Count--;
        return item;
    }

    /// <summary>A ring twice as large holding the <paramref name="count"/> items of <paramref name="items"/>, a ring a power of two long, from <paramref name="head"/>, in order from index 0.</summary>
    public static T[] Grow<T>(T[] items, int head, int count)
    {
        var larger = new T[items.Length * 2];
        for (int n = 0; n < count; n++)
        {
            larger[n] = items[(head + n) & (items.Length - 1)];
        }

        return larger;
    }
}
