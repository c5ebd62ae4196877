using FsCheck;
using FsCheck.Xunit;
using LineSim.Experiments.Shards;

namespace LineSim.Tests.Experiments.Shards;

public sealed class ShardTests
{
    [Property(MaxTest = 300)]
    public void Tasks_AllShards_CoverEveryTaskOnceInOrder(byte tasks, PositiveInt shards)
    {
        int count = (shards.Get % 40) + 1;
        int[][] slices = [.. Enumerable.Range(0, count).Select(k => new Shard(k, count).Tasks(tasks))];

        Assert.Equal(Enumerable.Range(0, tasks), slices.SelectMany(s => s).Order());
        Assert.All(slices, s => Assert.True(s.SequenceEqual(s.Order()), "a shard's tasks are in increasing order"));
        Assert.True(slices.Max(s => s.Length) - slices.Min(s => s.Length) <= 1, "strided shards differ by one task at most");
    }

    [Fact]
    public void Tasks_Strided_ShardKTakesEveryNthFromK()
    {
        Assert.Equal([1, 5, 9], new Shard(1, 4).Tasks(12));
        Assert.Equal([3, 7], new Shard(3, 4).Tasks(10));
        Assert.Empty(new Shard(5, 8).Tasks(4));
    }

    [Theory]
    [InlineData("0/1", 0, 1)]
    [InlineData("3/16", 3, 16)]
    public void TryParse_KOfN_IsThatShard(string text, int index, int count)
    {
        Assert.True(Shard.TryParse(text, out Shard shard, out string? problem), problem);
        Assert.Equal((index, count, $"shard-{index}-of-{count}"), (shard.Index, shard.Count, shard.FileName));
    }

    [Theory]
    [InlineData("4/4", "must be from 0 to 3 (of 4 shards), got 4")]
    [InlineData("0/0", "number of shards must be from 1")]
    [InlineData("-1/4", "expected K/N")]
    [InlineData("1 of 4", "expected K/N")]
    [InlineData("1/4/2", "expected K/N")]
    [InlineData("", "expected K/N")]
    public void TryParse_Bad_SaysWhy(string text, string expected)
    {
        Assert.False(Shard.TryParse(text, out _, out string? problem));
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Shard(2, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Shard(0, 0));
    }
}
