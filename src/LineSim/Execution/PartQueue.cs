using System.Diagnostics;

namespace LineSim.Execution;

/// <summary>A first-in first-out ring of part ids: the parts waiting in one buffer.</summary>
internal sealed class PartQueue
{
    private int[] _items;
    private int _head;

    public PartQueue(int initialCapacity) => _items = new int[Math.Max(1, initialCapacity)];

    public int Count { get; private set; }

    public void Enqueue(int part)
    {
        if (Count == _items.Length)
        {
            Grow();
        }

        int tail = _head + Count;
        if (tail >= _items.Length)
        {
            tail -= _items.Length;
        }

        _items[tail] = part;
        Count++;
    }

    public int Dequeue()
    {
        Debug.Assert(Count > 0, "The queue is empty.");
        int part = _items[_head];
        if (++_head == _items.Length)
        {
            _head = 0;
        }

        Count--;
        return part;
    }

    private void Grow()
    {
        var larger = new int[_items.Length * 2];
        for (int i = 0; i < Count; i++)
        {
            larger[i] = _items[(_head + i) % _items.Length];
        }

        _items = larger;
        _head = 0;
    }
}
