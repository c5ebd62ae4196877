using LineSim.RandomNumbers;

namespace LineSim.Tests.RandomNumbers;

public sealed class RandomStreamsTests
{
    [Fact]
    public void SeedFor_AStudysStreams_AreAllDistinct()
    {
        // 2,000 replications x 200 streams: with 32-bit seeds some 4,600 pairs would collide (birthday paradox).
        var seeds = new HashSet<ulong>();
        for (int replication = 0; replication < 2_000; replication++)
        {
            for (ulong stream = 0; stream < 200; stream++)
            {
                Assert.True(seeds.Add(RandomStreams.SeedFor(42, replication, RandomStreams.StreamId($"S{stream}", RandomStreams.Purpose.Processing))));
            }
        }
    }

    [Fact]
    public void StreamRandom_SameSeed_GivesTheStructStreamsNumbers()
    {
        var random = new StreamRandom(12345);
        var stream = new XoshiroStream(12345);
        for (int i = 0; i < 1_000; i++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(stream.NextDouble()), BitConverter.DoubleToInt64Bits(random.NextDouble()));
        }
    }

    [Fact]
    public void StreamRandom_Next_StaysInRangeAndCoversIt()
    {
        var random = new StreamRandom(7);
        var seen = new int[5];
        for (int i = 0; i < 10_000; i++)
        {
            seen[random.Next(5)]++;
            int between = random.Next(-3, 4);
            Assert.InRange(between, -3, 3);
            Assert.InRange(random.Next(), 0, int.MaxValue - 1);
        }

        // Each of 5 values 2,000 times on average; binomial sd 40, so 1,800 is five sd below.
        Assert.All(seen, count => Assert.InRange(count, 1_800, 2_200));
    }
}
