using System.Globalization;

namespace LineSim.Experiments.Shards;

/// <summary>
/// One of <see cref="Count"/> slices of an experiment's tasks, numbered from 0. The slices are strided: shard K takes
/// tasks K, K + N, K + 2N, ..., so that every shard gets a like mix of configurations (and of their costs) whatever
/// order the plan lists them in.
/// </summary>
public readonly record struct Shard
{
    /// <summary>Creates shard <paramref name="index"/> of <paramref name="count"/>.</summary>
    /// <param name="index">The shard's number, from 0 to <paramref name="count"/> - 1.</param>
    /// <param name="count">The number of shards, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1, or <paramref name="index"/> is not in [0, count).</exception>
    public Shard(int index, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
        Index = index;
        Count = count;
    }

    /// <summary>The shard's number, from 0 to <see cref="Count"/> - 1.</summary>
    public int Index { get; }

    /// <summary>The number of shards the tasks are split into.</summary>
    public int Count { get; }

    /// <summary>The name of the shard's file: <c>shard-K-of-N</c>.</summary>
    public string FileName => string.Create(CultureInfo.InvariantCulture, $"shard-{Index}-of-{Count}");

    /// <summary>Parses <c>K/N</c>.</summary>
    /// <param name="text">The text, as <c>3/16</c>.</param>
    /// <param name="shard">The shard, when the text is one.</param>
    /// <param name="problem">What is wrong with the text, when it is not one.</param>
    /// <returns>Whether <paramref name="text"/> is a shard.</returns>
    public static bool TryParse(string? text, out Shard shard, out string? problem)
    {
        shard = default;
        string[] parts = (text ?? string.Empty).Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int index) || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count))
        {
            problem = "expected K/N (shard K of N, K from 0 to N - 1)";
            return false;
        }

        return TryCreate(index, count, out shard, out problem);
    }

    /// <summary>Shard <paramref name="index"/> of <paramref name="count"/>, or what is wrong with them.</summary>
    /// <param name="index">The shard's number.</param>
    /// <param name="count">The number of shards.</param>
    /// <param name="shard">The shard, when both are in range.</param>
    /// <param name="problem">What is out of range, when one is.</param>
    /// <returns>Whether they make a shard.</returns>
    public static bool TryCreate(long index, long count, out Shard shard, out string? problem)
    {
        shard = default;
        problem = count < 1 || count > int.MaxValue
            ? $"the number of shards must be from 1 to {int.MaxValue}, got {count}"
            : index < 0 || index >= count ? $"the shard's number must be from 0 to {count - 1} (of {count} shards), got {index}" : null;
        if (problem is null)
        {
            shard = new Shard((int)index, (int)count);
        }

        return problem is null;
    }

    /// <summary>The tasks of this shard, in increasing order, of an experiment of <paramref name="taskCount"/> tasks.</summary>
    /// <param name="taskCount">The experiment's number of tasks.</param>
    public int[] Tasks(int taskCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(taskCount);
        int count = taskCount <= Index ? 0 : ((taskCount - Index - 1) / Count) + 1;
        var tasks = new int[count];
        for (int k = 0; k < count; k++)
        {
            tasks[k] = Index + (k * Count);
        }

        return tasks;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
