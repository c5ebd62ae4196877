namespace LineSim.Execution;

/// <summary>A first-in first-out queue of ints (part or server ids) in a ring that doubles when full; a struct, kept in arrays and used by reference.</summary>
internal struct PartQueue(int capacity)
{
    private int[] _items = new int[capacity];
    private int _head;

    public int Count { get; private set; }

    public void Enqueue(int item)
    {
        if (Count == _items.Length)
        {
            _items = Grow(_items, _head, Count);
            _head = 0;
        }

        int tail = _head + Count;
        _items[tail >= _items.Length ? tail - _items.Length : tail] = item;
        Count++;
    }

    public int Dequeue()
    {
        int item = _items[_head];
        if (++_head == _items.Length)
        {
            _head = 0;
        }

        Count--;
        return item;
    }

    /// <summary>A ring twice as large holding the <paramref name="count"/> items of <paramref name="items"/> from <paramref name="head"/>, in order from index 0.</summary>
    public static T[] Grow<T>(T[] items, int head, int count)
    {
        var larger = new T[items.Length * 2];
        for (int n = 0; n < count; n++)
        {
            larger[n] = items[(head + n) % items.Length];
        }

        return larger;
    }
}
